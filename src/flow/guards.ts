// The guard vocabulary's meaning: one pure evaluation over the facts, and the same guard in words for trainers.
import { CONFIDENCE_RANK } from '../contracts/diagnosis.js';
import { confidenceWord } from '../i18n/cause-title.js';
import { ENGLISH, type Translate } from '../i18n/translate.js';
import type { FlowFacts, Guard } from './types.js';

export function holds(guard: Guard, facts: FlowFacts): boolean {
  const d = facts.diagnosis;
  switch (guard.kind) {
    case 'cause':
      return d.cause === guard.cause;
    case 'causeIn':
      return d.cause !== null && guard.causes.includes(d.cause);
    case 'finding':
      return d.findings.some((f) => f.id === guard.finding);
    case 'exitCodeIn':
      return d.exitCode !== null && guard.codes.includes(d.exitCode);
    case 'confidenceAtLeast':
      return d.confidence !== null && CONFIDENCE_RANK[d.confidence] >= CONFIDENCE_RANK[guard.confidence];
    case 'podStatusIn':
      return guard.statuses.includes(facts.podStatus);
    case 'hasInitFailure':
      return facts.podStatus.startsWith('Init:') || d.findings.some((f) => f.id === 'init-container-failing');
    case 'not':
      return !holds(guard.guard, facts);
    case 'all':
      return guard.guards.every((g) => holds(g, facts));
    case 'any':
      return guard.guards.some((g) => holds(g, facts));
  }
}

/** The guard in the reader's words, for `flows show`: the ids stay as the flow file spells them. */
export function describeGuard(guard: Guard, t: Translate = ENGLISH): string {
  const sep = t('flows.show.listSep');
  switch (guard.kind) {
    case 'cause':
      return t('flows.guard.cause', { cause: guard.cause });
    case 'causeIn':
      return t('flows.guard.causeIn', { causes: guard.causes.join(sep) });
    case 'finding':
      return t('flows.guard.finding', { finding: guard.finding });
    case 'exitCodeIn':
      return t('flows.guard.exitCodeIn', { codes: orList(guard.codes.map(String), t) });
    case 'confidenceAtLeast':
      return t('flows.guard.confidenceAtLeast', { confidence: confidenceWord(guard.confidence, t) });
    case 'podStatusIn':
      return t('flows.guard.podStatusIn', { statuses: orList(guard.statuses, t) });
    case 'hasInitFailure':
      return t('flows.guard.hasInitFailure');
    case 'not':
      return t('flows.guard.not', { guard: describeGuard(guard.guard, t) });
    case 'all':
      return joined(guard.guards, 'flows.guard.and', t);
    case 'any':
      return joined(guard.guards, 'flows.guard.or', t);
  }
}

function joined(guards: readonly Guard[], key: 'flows.guard.and' | 'flows.guard.or', t: Translate): string {
  const parts = guards.map((g) => describeGuard(g, t));
  return parts.length === 0 ? '' : parts.reduce((left, right) => t(key, { left, right }));
}

function orList(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('flows.guard.orList', { items: items.slice(0, -1).join(t('flows.show.listSep')), last: items[items.length - 1]! });
}
