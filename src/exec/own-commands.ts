// kubectl-crashcourse's own commands as a plan runs them: in this process, with structured results (the copy
// made, the copies deleted), never by spawning our CLI and reading JSON back out of mixed output.
import { Writable } from 'node:stream';
import { processArgv } from '../image/index.js';
import { STRACE_OPTIONS } from '../plans/strace-capture.js';
import { planOf } from '../plans/plan-argv.js';
import type { PlanIntent } from '../contracts/plan.js';
import { readSourcePod, gatherOverrideContext } from './override-context.js';
import { runOverrideFlow, type OverrideDeps, type OverrideRequest } from './override.js';
import { reportLeftovers } from './override-interrupted.js';
import type { KubeApi } from './kube-api.js';
import { Ledger } from './ledger.js';
import { fileLedgerStore } from './ledger-file.js';
import type { OwnCommands, OwnResult, RecordingPlanRunner } from './plan-runner.js';
import { ENGLISH, type Translate } from '../i18n/translate.js';

export interface OwnCommandDeps {
  /** The API of the plan's target (the same connection as the reads). */
  readonly api: (target: PlanIntent['target']) => KubeApi;
  /** Runs the override's own kubectl plans (create, delete, exec): kubectl from PATH, else the API. */
  readonly runner: (api: KubeApi) => RecordingPlanRunner;
  /** Where the override's ledger is kept; default the file every override run shares. */
  readonly ledger?: (api: KubeApi, sourcePod: string) => Ledger;
  /** Where a signal's leftovers are named (the wizard is exiting, its screen is gone); default stderr. */
  readonly interruptedOut?: NodeJS.WritableStream;
  /** The words of what the commands print, in the wizard's language (default English). */
  readonly t?: Translate;
}

/** Collects what a command writes, in order, for the run's record. */
function collector(): { stream: NodeJS.WritableStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join('').trimEnd() };
}

export function createOwnCommands(deps: OwnCommandDeps): OwnCommands {
  const ledgerFor = deps.ledger ?? ((api: KubeApi, source: string) => new Ledger(fileLedgerStore(api.server, source)));
  const t = deps.t ?? ENGLISH;
  async function override(intent: PlanIntent & { readonly pod: string }, req: Partial<OverrideRequest>): Promise<OwnResult> {
    const api = deps.api(intent.target);
    const ledger = ledgerFor(api, intent.pod);
    const log = collector();
    // Consent was the wizard's typed yes; no terminal of its own, so no question is asked here.
    const flowDeps: OverrideDeps = { api, runner: deps.runner(api), out: log.stream, err: log.stream, interactive: false, confirm: async () => false, ledger, t };
    const exitCode = await runOverrideFlow(
      { pod: `${intent.target.namespace}/${intent.pod}`, sameNode: false, keepInitContainers: true, dryRun: false, yes: true, cleanup: false, output: 'text', mode: 'run', ...req },
      flowDeps,
    );
    // Stopped by a signal with a copy its cleanup could not delete: the log above is never shown (the wizard is
    // exiting), so the copy's delete command goes where the person will see it.
    if (exitCode >= 128) reportLeftovers({ ...flowDeps, err: deps.interruptedOut ?? process.stderr }, ledger);
    const left = ledger.pending().map((c) => ({ namespace: c.namespace, name: c.name }));
    const gone = ledger.list().filter((c) => c.cleanedUp).map((c) => ({ namespace: c.namespace, name: c.name }));
    return { exitCode, output: log.text(), ...(left.length ? { created: left } : {}), ...(gone.length ? { deleted: gone } : {}) };
  }
  return {
    'start-override': (intent) => override(intent, { container: intent.container, dryRun: intent.dryRun }),
    'cleanup-override': (intent) => override(intent, { cleanup: true }),
    async 'trace-entrypoint'(intent) {
      const api = deps.api(intent.target);
      const source = await readSourcePod(api, intent.target.namespace, intent.pod);
      const ctx = await gatherOverrideContext(api, source, intent.container);
      const process = processArgv(ctx.entrypoint);
      if (process.length === 0) return { exitCode: 1, output: t('cleanup.trace.noEntrypoint', { container: ctx.container.name }) };
      const trace = planOf('strace-capture', 'trace', { target: intent.target, kind: 'exec-trace', pod: intent.copy, container: ctx.container.name, command: ['strace', ...STRACE_OPTIONS, '--', ...process] }, '', 'read');
      const r = await deps.runner(api).run(trace, { confirmed: false });
      return { exitCode: r.exitCode ?? 1, output: r.output };
    },
  };
}
