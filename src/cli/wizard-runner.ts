// The executor the wizard's sessions run plans through: kubectl from PATH (or the API fallback for the override's
// own commands), in the session's mode; --read-only refuses anything that changes the cluster. Interactive plans
// (a shell in the override copy) borrow the terminal from the wizard and give it back when the shell exits.
import { createApiFallback, createPlanRunner, handOffTerminal, openKubeApi } from '../exec/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import type { Plan, PlanRunner, RunRecord } from '../contracts/plan.js';
import { shellBanner } from '../ui/format/shell-banner.js';
import { createTranslator, resolveLocale } from '../i18n/index.js';
import type { Suspender } from '../ui/suspend.js';
import type { WizardOptions } from './options.js';

// Images differ in where their shell lives; kubectl exec exits 126/127 when it is not there.
const SHELLS = ['sh', '/bin/sh', '/busybox/sh'];

export function makeRunner(options: WizardOptions, target: KubectlTarget, suspender?: Suspender): PlanRunner {
  let fallback: ReturnType<typeof createApiFallback> | undefined;
  const runner = createPlanRunner({
    mode: options.mode,
    readOnly: options.readOnly,
    // The API client is made on first use only: most sessions run nothing kubectl cannot.
    fallback: (plan) => {
      fallback ??= createApiFallback(openKubeApi({ ...(target.kubeconfig ? { kubeconfig: target.kubeconfig } : {}), ...(target.context ? { context: target.context } : {}), namespace: target.namespace }));
      return fallback(plan);
    },
  });
  const kubectlPath = runner.kubectlPath;
  if (!suspender || !kubectlPath || options.mode === 'suggest') return runner;
  return {
    async run(plan: Plan, consent): Promise<RunRecord> {
      if (!plan.interactive || plan.argv[0] !== 'kubectl' || plan.argv[plan.argv.length - 1] !== 'sh') return runner.run(plan, consent);
      const startedAt = Date.now();
      const argvs = SHELLS.map((sh) => [...plan.argv.slice(0, -1), sh]);
      const result = await suspender.run(() => {
        process.stdout.write(shellBanner(plan, process.stdout.columns ?? 80, createTranslator(resolveLocale(options.lang, process.env))));
        return handOffTerminal(kubectlPath, argvs);
      });
      return {
        planId: plan.id,
        argv: result.argv ?? plan.argv,
        startedAt,
        durationMs: Date.now() - startedAt,
        exitCode: result.exitCode,
        output: result.exitCode === null ? 'the shell could not be started' : `the shell exited with status ${result.exitCode}`,
        outcome: result.exitCode === null ? 'failed' : 'ran',
      };
    },
  };
}
