// The wizard command. Ink is imported only after we know there is a terminal, so `kubectl-triage < /dev/null`
// answers with one line instead of a raw-mode crash.
import { UserError } from '../errors.js';
import type { WizardOptions } from './options.js';

const NOT_A_TERMINAL =
  'kubectl-triage: the wizard needs an interactive terminal; use `kubectl-triage diagnose POD` or `kubectl-triage scan` instead\n';

export async function runWizard(_options: WizardOptions): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(NOT_A_TERMINAL);
    return 2;
  }
  throw new UserError('the wizard cannot reach a cluster in this build yet: use `kubectl-triage diagnose POD`');
}
