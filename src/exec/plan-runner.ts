// The executor with two modes: `run` runs reads as needed and anything that creates or deletes only with the
// caller's confirmation; `suggest` runs nothing that changes the cluster and returns the command as shown.
// kubectl comes from PATH; without it, the API fallback carries out the commands it knows. Every call is recorded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Plan, PlanRunner, RunRecord } from '../contracts/plan.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { sanitize } from '../text/sanitize.js';
import { findOnPath } from './find-program.js';
import { runArgv } from './run-argv.js';
import { handOffTerminal } from './terminal-handoff.js';
import { SHELLS } from '../plans/override-plans.js';

export type ExecMode = 'run' | 'suggest';

/** Carries out a plan through the API when kubectl is missing; undefined when it does not know the plan. */
export type ApiFallback = (plan: Plan) => Promise<{ readonly exitCode: number; readonly output: string }> | undefined;

export interface PlanRunnerOptions {
  readonly mode: ExecMode;
  readonly readOnly?: boolean;
  /** Path of kubectl; undefined: look on PATH; null: behave as if it were missing. */
  readonly kubectl?: string | null;
  readonly fallback?: ApiFallback;
  readonly timeoutMs?: number;
  /** How to run our own CLI for `kubectl-crashcourse …` plans (the wizard's override step): node + this script. */
  readonly selfCli?: string;
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

  const record = (plan: Plan, startedAt: number, outcome: RunRecord['outcome'], exitCode: number | null, output: string): RunRecord => {
    const r: RunRecord = { planId: plan.id, argv: plan.argv, startedAt, durationMs: now() - startedAt, exitCode, output: sanitize(output), outcome };
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
      const changes = plan.risk !== 'read';
      if (changes && options.readOnly) return record(plan, startedAt, 'failed', null, `read-only mode: not running ${displayCommand(plan.argv)}`);
      if (changes && options.mode === 'suggest') return record(plan, startedAt, 'shown', null, displayCommand(plan.argv));
      if (plan.interactive && changes && !consent.confirmed) return record(plan, startedAt, 'declined', null, '');
      if (plan.interactive) {
        if (!options.terminal || !kubectlPath || plan.argv[0] !== 'kubectl') return record(plan, startedAt, 'shown', null, displayCommand(plan.argv));
        await options.terminal.release();
        try {
          const r = await handOffTerminal(kubectlPath, shellFallbacks(plan.argv));
          const note = r.argv ? `ran ${displayCommand(r.argv)}` : 'no shell found in the container (tried sh, /bin/sh, /busybox/sh)';
          return record(plan, startedAt, 'ran', r.exitCode, note);
        } finally {
          await options.terminal.reclaim();
        }
      }
      if (changes && !consent.confirmed) return record(plan, startedAt, 'declined', null, '');
      if (plan.argv[0] === 'kubectl' && kubectlPath) {
        const stdin = plan.manifest !== undefined && pipesManifest(plan.argv) ? plan.manifest : undefined;
        const result = await runArgv([kubectlPath, ...plan.argv.slice(1)], { ...(stdin !== undefined ? { stdin } : {}), timeoutMs: options.timeoutMs ?? 60_000 });
        if (result.startError) return record(plan, startedAt, 'failed', null, result.startError);
        const output = result.timedOut ? `${result.output}\ntimed out` : result.output;
        return record(plan, startedAt, 'ran', result.exitCode, output);
      }
      if (plan.argv[0] === 'kubectl-crashcourse') {
        const cli = options.selfCli ?? defaultSelfCli();
        if (!cli) return record(plan, startedAt, 'failed', null, `cannot find the kubectl-crashcourse CLI (dist/cli.js): build it with npm run build, or run: ${displayCommand(plan.argv)}`);
        const result = await runArgv([process.execPath, cli, ...plan.argv.slice(1)], { timeoutMs: options.timeoutMs ?? 180_000 });
        if (result.startError) return record(plan, startedAt, 'failed', null, result.startError);
        return record(plan, startedAt, 'ran', result.exitCode, result.output);
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
      const why = plan.argv[0] === 'kubectl' ? 'kubectl is not on PATH and this command has no API route' : `${plan.argv[0]} is not run by kubectl-crashcourse`;
      return record(plan, startedAt, 'failed', null, `${why}; run it yourself: ${displayCommand(plan.argv)}`);
    },
  };
}

function defaultSelfCli(): string | undefined {
  try {
    const cli = join(packageRoot(), 'dist', 'cli.js');
    return existsSync(cli) ? cli : undefined;
  } catch {
    return undefined;
  }
}

/** `kubectl exec -it … -- sh` tries the other usual shell paths when the image has no `sh` on its PATH. */
function shellFallbacks(argv: readonly string[]): readonly (readonly string[])[] {
  const last = argv[argv.length - 1];
  if (!argv.includes('exec') || argv[argv.length - 2] !== '--' || !last || !SHELLS.includes(last)) return [argv];
  return SHELLS.map((sh) => [...argv.slice(0, -1), sh]);
}

const pipesManifest = (argv: readonly string[]): boolean => argv.some((a, i) => a === '-f' && argv[i + 1] === '-');
