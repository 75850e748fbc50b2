// What a create plan left behind and the question to clean it up on quit. The copy's name comes from the run's
// own structured record (the in-process override knows what it made), else from the plan's description.
import type { Plan, PlanIntent, RunRecord } from '../contracts/plan.js';
import type { CreatedResource } from '../contracts/session.js';
import { planOf } from '../plans/plan-argv.js';

export function createdBy(plan: Plan, record: RunRecord, namespace: string): CreatedResource[] {
  if (plan.risk !== 'create' || !plan.undo || !plan.undoIntent || record.outcome !== 'ran') return [];
  const cleanup = { cleanup: plan.undo, cleanupIntent: plan.undoIntent, cleanedUp: false };
  if (record.created) return record.created.map((c) => ({ kind: 'Pod', namespace: c.namespace, name: c.name, ...cleanup }));
  if (record.exitCode !== 0) return [];
  return [{ kind: 'Pod', namespace, name: plan.creates ?? plan.title, ...cleanup }];
}

/** Two intents that do the same thing (the cleanup a created resource names, and a step's cleanup plan). */
export const sameIntent = (a: PlanIntent | undefined, b: PlanIntent): boolean => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** The question asked on quit while copies are left: one delete, since cleanup finds every copy by label. */
export function cleanupPlanFor(created: readonly CreatedResource[]): Plan | undefined {
  const left = created.filter((c) => !c.cleanedUp && c.cleanupIntent);
  const first = left[0];
  if (!first?.cleanupIntent) return undefined;
  const resources = left.map((c) => `${c.namespace}/${c.name}`).join(', ');
  return {
    ...planOf('cleanup', `Delete what this session created: ${resources}`, first.cleanupIntent, 'Removes the copies made while looking inside, so nothing is left running in the cluster.', 'delete'),
    titleMessage: { key: 'plan.cleanup', values: { resources } },
  };
}
