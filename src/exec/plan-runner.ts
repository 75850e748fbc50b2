// The executor with two modes: `run` runs reads as needed and anything that creates or deletes only with the
// caller's confirmation; `suggest` runs nothing that changes the cluster and returns the command as shown.
// What runs is decided by the plan's intent, never by its argv: kubectl from PATH runs the derived argv; without
// it, the API fallback carries out the intents it knows; our own commands (override, cleanup, strace) run
// in this process. Every call is recorded.
import type { IntentKind, Plan, PlanIntent, PlanRunner, RunRecord } from '../contracts/plan.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { planArgv } from '../plans/plan-argv.js';
import { sanitize } from '../text/sanitize.js';
import { findOnPath } from './find-program.js';
import { runArgv } from './run-argv.js';
import { handOffTerminal } from './terminal-handoff.js';

export type ExecMode = 'run' | 'suggest';

/** Carries out a plan through the API when kubectl is missing; undefined when it does not know the intent. */
export type ApiFallback = (plan: Plan) => Promise<{ readonly exitCode: number; readonly output: string }> | undefined;

/** The intents that are kubectl-crashcourse's own commands: carried out in-process, never by spawning our CLI. */
export const OWN_KINDS = ['start-override', 'cleanup-override', 'trace-entrypoint'] as const satisfies readonly IntentKind[];
export type OwnKind = (typeof OWN_KINDS)[number];
const isOwn = (kind: IntentKind): kind is OwnKind => (OWN_KINDS as readonly IntentKind[]).includes(kind);

export interface OwnResult {
  readonly exitCode: number;
  readonly output: string;
  readonly created?: RunRecord['created'];
  readonly deleted?: RunRecord['deleted'];
}
export type OwnCommands = { readonly [K in OwnKind]: (intent: Extract<PlanIntent, { kind: K }>) => Promise<OwnResult> };

export interface PlanRunnerOptions {
  readonly mode: ExecMode;
  readonly readOnly?: boolean;
  /** Path of kubectl; undefined: look on PATH; null: behave as if it were missing. */
  readonly kubectl?: string | null;
  readonly fallback?: ApiFallback;
  readonly timeoutMs?: number;
  /** Our own commands, in-process (the wizard's override step, its cleanup, the strace capture). */
  readonly own?: OwnCommands;
  readonly onRecord?: (record: RunRecord) => void;
  /**
   * Given, interactive plans (`kubectl exec -it`) get the terminal: `release` before (the UI unmounts or leaves
   * raw mode), `reclaim` after the program exits. Without it they are only shown.
   */
  readonly terminal?: { readonly release: () => void | Promise<void>; readonly reclaim: () => void | Promise<void> };
  readonly now?: () => number;
}

export interface RecordingPlanRunner extends PlanRunner {
  readonly records: readonly RunRecord[];
  readonly mode: ExecMode;
  /** Where kubectl was found, or undefined. */
  readonly kubectlPath: string | undefined;
}

export function createPlanRunner(options: PlanRunnerOptions): RecordingPlanRunner {
  const records: RunRecord[] = [];
  const now = options.now ?? Date.now;
  const kubectlPath = options.kubectl === null ? undefined : (options.kubectl ?? findOnPath('kubectl'));

  const record = (plan: Plan, startedAt: number, outcome: RunRecord['outcome'], exitCode: number | null, output: string, made: Partial<Pick<RunRecord, 'created' | 'deleted'>> = {}): RunRecord => {
    const r: RunRecord = { planId: plan.id, argv: plan.argv, startedAt, durationMs: now() - startedAt, exitCode, output: sanitize(output), outcome, ...made };
    records.push(r);
    options.onRecord?.(r);
    return r;
  };

  return {
    records,
    mode: options.mode,
    kubectlPath,
    async run(plan, consent) {
      const startedAt = now();
      const intent = plan.intent;
      const changes = plan.risk !== 'read';
      if (changes && options.readOnly) return record(plan, startedAt, 'failed', null, `read-only mode: not running ${displayCommand(plan.argv)}`);
      if (changes && options.mode === 'suggest') return record(plan, startedAt, 'shown', null, displayCommand(plan.argv));
      if (changes && !consent.confirmed) return record(plan, startedAt, 'declined', null, '');
      if (plan.interactive) {
        if (!options.terminal || !kubectlPath || isOwn(intent.kind)) return record(plan, startedAt, 'shown', null, displayCommand(plan.argv));
        await options.terminal.release();
        try {
          const r = await handOffTerminal(kubectlPath, shellArgvs(plan));
          const note = r.argv ? `ran ${displayCommand(r.argv)}` : `no shell found in the container (tried ${intent.kind === 'exec-shell' ? intent.shells.join(', ') : 'it'})`;
          return record(plan, startedAt, 'ran', r.exitCode, note);
        } finally {
          await options.terminal.reclaim();
        }
      }
      if (isOwn(intent.kind)) {
        const own = options.own?.[intent.kind] as ((i: PlanIntent) => Promise<OwnResult>) | undefined;
        if (!own) return record(plan, startedAt, 'failed', null, `not run here; run it yourself: ${displayCommand(plan.argv)}`);
        try {
          const r = await own(intent);
          return record(plan, startedAt, 'ran', r.exitCode, r.output, { ...(r.created ? { created: r.created } : {}), ...(r.deleted ? { deleted: r.deleted } : {}) });
        } catch (err) {
          return record(plan, startedAt, 'failed', null, err instanceof Error ? err.message : String(err));
        }
      }
      if (kubectlPath) {
        const stdin = intent.kind === 'create-copy' ? plan.manifest : undefined;
        const result = await runArgv([kubectlPath, ...plan.argv.slice(1)], { ...(stdin !== undefined ? { stdin } : {}), timeoutMs: options.timeoutMs ?? 60_000 });
        if (result.startError) return record(plan, startedAt, 'failed', null, result.startError);
        const output = result.timedOut ? `${result.output}\ntimed out` : result.output;
        return record(plan, startedAt, 'ran', result.exitCode, output);
      }
      const viaApi = options.fallback?.(plan);
      if (viaApi) {
        try {
          const r = await viaApi;
          return record(plan, startedAt, 'ran', r.exitCode, r.output);
        } catch (err) {
          return record(plan, startedAt, 'failed', null, (err as Error).message);
        }
      }
      return record(plan, startedAt, 'failed', null, `kubectl is not on PATH and this command has no API route; run it yourself: ${displayCommand(plan.argv)}`);
    },
  };
}

/** The argvs to try for an interactive plan: a shell in each place images keep one (kubectl exec exits 126/127 when it is not there). */
export function shellArgvs(plan: Plan): readonly (readonly string[])[] {
  const intent = plan.intent;
  if (intent.kind !== 'exec-shell') return [plan.argv];
  return intent.shells.map((sh) => planArgv({ ...intent, shells: [sh] }));
}
