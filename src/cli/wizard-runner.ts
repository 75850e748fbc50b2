// The executor the wizard's sessions run plans through: kubectl from PATH (or the API fallback), in the
// session's mode; --read-only refuses anything that changes the cluster. Our own commands (the override, its
// cleanup, the strace capture) run in-process over the same connection. Interactive plans (a shell in the
// override copy) borrow the terminal from the wizard and give it back when the shell exits.
import { createApiFallback, createOwnCommands, createPlanRunner, openKubeApi, runCopyShell, type KubeApi } from '../exec/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import type { Plan, PlanRunner, RunRecord } from '../contracts/plan.js';
import { shellBanner } from '../ui/format/shell-banner.js';
import { createTranslator, resolveLocale } from '../i18n/index.js';
import type { Suspender } from '../ui/suspend.js';
import type { WizardOptions } from './options.js';
import { guarded } from './exit-guard.js';

// Our own commands that create or delete copies: a signal during one is theirs to finish (see exit-guard.ts).
const OWN = new Set(['start-override', 'cleanup-override', 'trace-entrypoint']);

export function makeRunner(options: WizardOptions, target: KubectlTarget, suspender?: Suspender): PlanRunner {
  // The API client is made on first use only: most sessions run nothing kubectl cannot.
  const apis = new Map<string, KubeApi>();
  const apiFor = (t: KubectlTarget): KubeApi => {
    const key = JSON.stringify([t.kubeconfig, t.context, t.namespace]);
    let api = apis.get(key);
    if (!api) apis.set(key, (api = openKubeApi({ ...(t.kubeconfig ? { kubeconfig: t.kubeconfig } : {}), ...(t.context ? { context: t.context } : {}), namespace: t.namespace })));
    return api;
  };
  const t = createTranslator(resolveLocale(options.lang, process.env));
  const own = createOwnCommands({ api: apiFor, runner: (api) => createPlanRunner({ mode: 'run', fallback: createApiFallback(api) }), t });
  const runner = createPlanRunner({
    mode: options.mode,
    readOnly: options.readOnly,
    own,
    fallback: (plan) => createApiFallback(apiFor(plan.intent.target))(plan),
  });
  const kubectlPath = runner.kubectlPath;
  if (!suspender || !kubectlPath || options.mode === 'suggest') return { run: (plan, consent) => (OWN.has(plan.intent.kind) ? guarded(runner.run(plan, consent)) : runner.run(plan, consent)) };
  return {
    async run(plan: Plan, consent): Promise<RunRecord> {
      if (!plan.interactive || plan.intent.kind !== 'exec-shell') return OWN.has(plan.intent.kind) ? guarded(runner.run(plan, consent)) : runner.run(plan, consent);
      const startedAt = Date.now();
      // The shell is the override actor's last leg: every way out deletes the copy or prints its delete command.
      const result = await guarded(suspender.run(() => {
        process.stdout.write(shellBanner(plan, process.stdout.columns ?? 80, t));
        // No typed question on the lent terminal (stdin is still the wizard's): the delete command is printed, and
        // the wizard's own "Delete the copies…" step and quit question offer the delete.
        return runCopyShell(plan, { kubectlPath, runner, out: process.stdout, confirm: async () => false, t });
      }));
      return {
        planId: plan.id,
        argv: result.argv ?? plan.argv,
        startedAt,
        durationMs: Date.now() - startedAt,
        exitCode: result.shellExit,
        output: result.shellExit === null ? t('cleanup.shell.notStarted') : t('cleanup.shell.exited', { code: String(result.shellExit), deleted: result.deleted ? 'yes' : 'no', copy: result.deleted?.name ?? '' }),
        outcome: result.shellExit === null ? 'failed' : 'ran',
        ...(result.deleted ? { deleted: [result.deleted] } : {}),
      };
    },
  };
}
