// `kubectl-crashcourse override`: wires the real cluster API, the executor (kubectl from PATH, else the API) and
// the terminal into the override flow.
import { confirmTyped } from '../exec/confirm.js';
import { createApiFallback } from '../exec/api-fallback.js';
import { openKubeApi } from '../exec/kube-api.js';
import { Ledger } from '../exec/ledger.js';
import { fileLedgerStore } from '../exec/ledger-file.js';
import { splitPodArg } from '../exec/override-context.js';
import { runOverrideFlow } from '../exec/override.js';
import { createPlanRunner } from '../exec/plan-runner.js';
import { createTranslator } from '../i18n/translate.js';
import type { OverrideOptions } from './options.js';

export async function runOverride(options: OverrideOptions): Promise<number> {
  const api = openKubeApi(options);
  const runner = createPlanRunner({ mode: options.mode, fallback: createApiFallback(api) });
  const t = createTranslator(options.locale ?? 'en');
  if (!runner.kubectlPath && options.output === 'text') {
    process.stderr.write(`${t('out.override.noKubectl')}\n`);
  }
  return runOverrideFlow(
    {
      ...(options.pod ? { pod: options.pod } : {}),
      ...(options.container ? { container: options.container } : {}),
      ...(options.command ? { command: options.command } : {}),
      sameNode: options.sameNode,
      keepInitContainers: options.keepInitContainers,
      dryRun: options.dryRun,
      yes: options.yes,
      cleanup: options.cleanup,
      output: options.output,
      mode: options.mode,
    },
    {
      api,
      runner,
      out: process.stdout,
      err: process.stderr,
      interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
      confirm: (q) => confirmTyped(q, undefined, t),
      t,
      ledger: new Ledger(options.pod ? fileLedgerStore(api.server, splitPodArg(options.pod, api.namespace).name) : undefined),
    },
  );
}
