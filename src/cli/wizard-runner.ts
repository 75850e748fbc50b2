// The executor the wizard's sessions run plans through: kubectl from PATH (or the API fallback for the override's
// own commands), in the session's mode; --read-only refuses anything that changes the cluster.
import { createApiFallback, createPlanRunner, openKubeApi } from '../exec/index.js';
import type { KubectlTarget } from '../plans/kubectl.js';
import type { PlanRunner } from '../plans/types.js';
import type { WizardOptions } from './options.js';

export function makeRunner(options: WizardOptions, target: KubectlTarget): PlanRunner {
  let fallback: ReturnType<typeof createApiFallback> | undefined;
  return createPlanRunner({
    mode: options.mode,
    readOnly: options.readOnly,
    // The API client is made on first use only: most sessions run nothing kubectl cannot.
    fallback: (plan) => {
      fallback ??= createApiFallback(openKubeApi({ ...(target.kubeconfig ? { kubeconfig: target.kubeconfig } : {}), ...(target.context ? { context: target.context } : {}), namespace: target.namespace }));
      return fallback(plan);
    },
  });
}
