// Before the typed yes for the override copy: the same override as a dry run, which shows the copy's diff
// against the original and the API server's verdict on it (a server-side dry run), and creates nothing. The
// confirmation then shows what would be made, not only the command that makes it.
import type { Plan } from '../contracts/plan.js';
import { planOf } from '../plans/plan-argv.js';

/** The preview of a plan that starts an override copy; undefined for any other plan. */
export function previewPlan(plan: Plan): Plan | undefined {
  const intent = plan.intent;
  if (intent.kind !== 'start-override' || intent.dryRun) return undefined;
  return planOf(`${plan.id}:preview`, `Preview: ${plan.title}`, { ...intent, dryRun: true },
    'The copy, its diff against the original and a server-side dry run; creates nothing.', 'read');
}
