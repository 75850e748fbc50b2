// --forbid VERB:RESOURCE[/SUB] entries: which requests answer 403, checked at start-up against the served API
// so a typo fails loudly instead of silently allowing everything.
import { userError } from '../i18n/user-error.js';
import { RESOURCE_TYPES, VERBS } from './resources.js';

interface Rule {
  readonly verb: string;
  readonly group: string | '*';
  readonly resource: string;
  /** '' = the resource itself; '*' = any subresource too. */
  readonly subresource: string;
}

export interface AccessRequest {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly subresource: string;
}

export type ForbidPolicy = (request: AccessRequest) => boolean;

function parseRule(entry: string): Rule {
  const m = /^([^:]+):(.+)$/.exec(entry.trim());
  if (!m) throw userError('scenario.forbid.shape', { entry, example: 'get:pods/log' }, 2);
  const verb = m[1]!.toLowerCase();
  if (!VERBS.includes(verb)) throw userError('scenario.forbid.verb', { verb: m[1]!, entry, verbs: VERBS.join(', ') }, 2);
  const [resPart, sub = '', extra] = m[2]!.toLowerCase().split('/');
  if (extra !== undefined) throw userError('scenario.forbid.slashes', { entry }, 2);
  if (resPart === '*') return { verb, group: '*', resource: '*', subresource: '*' };
  const dot = resPart!.indexOf('.');
  const name = dot < 0 ? resPart! : resPart!.slice(0, dot);
  const group = dot < 0 ? undefined : resPart!.slice(dot + 1);
  const matches = RESOURCE_TYPES.filter((t) => (t.resource === name || t.shortNames.includes(name)) && (group === undefined || t.group === group));
  const type = matches[0];
  if (!type) throw userError('scenario.forbid.resource', { resource: resPart ?? '', entry }, 2);
  if (sub && sub !== '*' && !type.subresources.includes(sub)) {
    throw userError('scenario.forbid.subresource', { resource: type.resource, sub, entry, subresources: type.subresources.join(', ') }, 2);
  }
  return { verb, group: group ?? (matches.length > 1 ? '*' : type.group), resource: type.resource, subresource: sub };
}

export function parseForbid(entries: readonly string[]): ForbidPolicy {
  const rules = entries.flatMap((e) => e.split(',')).map((e) => e.trim()).filter(Boolean).map(parseRule);
  return (r) =>
    rules.some(
      (rule) =>
        (rule.verb === '*' || rule.verb === r.verb) &&
        (rule.resource === '*' || rule.resource === r.resource) &&
        (rule.group === '*' || rule.group === r.group) &&
        (rule.subresource === '*' || rule.subresource === r.subresource),
    );
}
