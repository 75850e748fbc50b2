// `kubectl-crashcourse training-cluster reset [SCENARIO]`: asks the running training cluster, over loopback and
// with the admin token it wrote beside its kubeconfig, to restore a scenario's objects and clock.
import { userError } from '../i18n/user-error.js';
import { createTranslator } from '../i18n/translate.js';
import type { Locale } from '../i18n/locale.js';
import { trainingAdmin } from './training-admin.js';

export interface ResetOptions {
  readonly scenario?: string;
  readonly kubeconfig?: string;
  readonly locale?: Locale;
}

export async function runTrainingClusterReset(options: ResetOptions): Promise<number> {
  const kubeconfig = options.kubeconfig ?? process.env['KUBECONFIG']?.split(':')[0];
  if (!kubeconfig) throw userError('scenario.admin.whichCluster');
  const reset = await (await trainingAdmin(kubeconfig)).reset(options.scenario);
  process.stdout.write(`${createTranslator(options.locale ?? 'en')('out.reset.done', { scenarios: reset.join(', ') })}\n`);
  return 0;
}
