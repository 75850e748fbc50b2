// Before the typed yes for the override copy: the same command with --dry-run, which prints the copy's diff
// against the original and the API server's verdict on it (a server-side dry run), and creates nothing. The
// confirmation then shows what would be made, not only the command that makes it.
import type { Plan } from '../contracts/plan.js';

/** The dry-run argv for a plan that creates an override copy; undefined for any other plan. */
export function previewArgv(plan: Plan): readonly string[] | undefined {
  const argv = plan.argv;
  if (plan.risk !== 'create' || argv[0] !== 'kubectl-crashcourse' || argv[1] !== 'override' || argv.includes('--cleanup')) return undefined;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--yes') continue;
    if (a === '--output' || a === '-o') {
      i++;
      continue;
    }
    out.push(a);
  }
  return [...out, '--dry-run'];
}

export function previewPlan(plan: Plan, argv: readonly string[]): Plan {
  return {
    id: `${plan.id}:preview`,
    title: `Preview: ${plan.title}`,
    argv,
    purpose: 'The copy, its diff against the original and a server-side dry run; creates nothing.',
    risk: 'read',
  };
}
