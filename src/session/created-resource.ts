// What a create plan left behind and the question to clean it up on quit: the copy's name comes from the
// override's JSON output when it printed one, else from the plan's own description.
import type { Plan, RunRecord } from '../contracts/plan.js';
import type { CreatedResource } from '../contracts/session.js';

export function createdBy(plan: Plan, record: RunRecord, namespace: string): CreatedResource | null {
  if (plan.risk !== 'create' || !plan.undo || record.outcome !== 'ran' || record.exitCode !== 0) return null;
  const named = copyNamed(record.output);
  return {
    kind: 'Pod',
    namespace: named?.namespace ?? namespace,
    name: named?.name ?? plan.creates ?? plan.title,
    cleanup: plan.undo,
    cleanedUp: false,
  };
}

/** `{"copy": "web-crashcourse-x1"}`, `{"copy": "ns/web-crashcourse-x1"}` or `{"copy": {"name", "namespace"}}`. */
function copyNamed(output: string): { name: string; namespace?: string } | undefined {
  // The JSON document starts on a line of its own; progress lines may come before it.
  const start = output.startsWith('{') ? 0 : output.indexOf('\n{') + 1;
  if (start === 0 && !output.startsWith('{')) return undefined;
  // stderr follows stdout in a run's output (a runtime warning, say): the document ends at the first
  // closing brace on a line of its own that makes it parse.
  let parsed: unknown;
  for (let end = output.indexOf('\n}', start); end !== -1 && parsed === undefined; end = output.indexOf('\n}', end + 2)) {
    try {
      parsed = JSON.parse(output.slice(start, end + 2));
    } catch {
      // not yet the end of the document
    }
  }
  if (parsed === undefined) {
    try {
      parsed = JSON.parse(output.slice(start));
    } catch {
      return undefined;
    }
  }
  const copy = (parsed as { copy?: unknown } | null)?.copy;
  if (typeof copy === 'string' && copy !== '') {
    const [a, b] = copy.split('/');
    return b ? { namespace: a!, name: b } : { name: a! };
  }
  if (copy && typeof copy === 'object') {
    const { name, namespace } = copy as { name?: unknown; namespace?: unknown };
    if (typeof name === 'string') return { name, ...(typeof namespace === 'string' ? { namespace } : {}) };
  }
  return undefined;
}

export const sameArgv = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The question asked on quit while copies are left: one delete, since cleanup finds every copy by label. */
export function cleanupPlanFor(created: readonly CreatedResource[]): Plan | undefined {
  const left = created.filter((c) => !c.cleanedUp);
  const first = left[0];
  if (!first) return undefined;
  return {
    id: 'cleanup',
    title: `Delete what this session created: ${left.map((c) => `${c.namespace}/${c.name}`).join(', ')}`,
    argv: first.cleanup,
    purpose: 'Removes the copies made while looking inside, so nothing is left running in the cluster.',
    risk: 'delete',
  };
}
