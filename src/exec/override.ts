// The override, end to end: read the pod, build the copy, show the diff and the commands, dry-run it on the
// server, create it after a typed yes, wait until it runs, say what to run inside, hand over the terminal and
// ask whether to delete the copy. The life cycle is the actor in override-machine.ts; this file supplies its
// effects. The original pod and its workload are only ever read.
import { userError } from '../i18n/user-error.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { looksShellless } from '../plans/override-choices.js';
import { SHELLS } from '../plans/override-plans.js';
import { createActor, fromPromise, toPromise } from 'xstate';
import { runOverrideCleanup } from './override-cleanup.js';
import { readSourcePod, splitPodArg } from './override-context.js';
import { createAndWait } from './override-create.js';
import { serverDryRun } from './override-dry-run.js';
import { cleanUpAfterSignal, reportLeftovers } from './override-interrupted.js';
import { overrideMachine, type CreateOutcome, type OverrideOutput, type PlanDecision } from './override-machine.js';
import { type PreparedOverride, prepareOverride } from './override-prepare.js';
import { describeCopy, entrypointLines, insideLines, reportForbidden, resultJson } from './override-report.js';
import { watchSignals, type StopSignal } from './interrupt.js';
import type { KubeApi } from './kube-api.js';
import { Ledger } from './ledger.js';
import type { ExecMode, RecordingPlanRunner } from './plan-runner.js';
import { endShell, handOffTerminal, type ShellHolder } from './terminal-handoff.js';
import type { Pod } from '../k8s/index.js';
import { ENGLISH, type Translate } from '../i18n/translate.js';

export interface OverrideRequest {
  readonly pod?: string;
  readonly container?: string;
  readonly command?: string;
  readonly sameNode: boolean;
  readonly keepInitContainers: boolean;
  readonly dryRun: boolean;
  readonly yes: boolean;
  readonly cleanup: boolean;
  readonly output: 'text' | 'json';
  readonly mode: ExecMode;
}

export interface OverrideDeps {
  readonly api: KubeApi;
  readonly runner: RecordingPlanRunner;
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  /** stdin and stdout are a terminal: prompts, the spinner and the shell hand-off are possible. */
  readonly interactive: boolean;
  readonly confirm: (question: string) => Promise<boolean>;
  readonly ledger?: Ledger;
  /** The words of the text output (default English; JSON is never worded). */
  readonly t?: Translate;
  readonly suffix?: () => string;
  readonly now?: () => Date;
  readonly waitTimeoutMs?: number;
  /** Set once a signal has stopped the run: no further copy may be created. */
  readonly cancelled?: () => boolean;
}

export async function runOverrideFlow(req: OverrideRequest, deps: OverrideDeps): Promise<number> {
  const { api } = deps;
  const { namespace, name } = splitPodArg(req.pod, api.namespace);
  // Cleanup finds copies by label alone: the source pod may be long gone (its ReplicaSet replaced it).
  if (req.cleanup) return runOverrideCleanup(req, deps, { metadata: { name, namespace }, spec: { containers: [] } });
  const ledger = deps.ledger ?? new Ledger();
  const actor = createActor(overrideMachine.provide({ actors: overrideEffects(req, { ...deps, ledger }, namespace, name) }), { input: { from: 'plan' } });
  // Installed for the whole life cycle: from here on a signal is an event of the actor, never a sudden death.
  const signals = watchSignals();
  void signals.received.then((signal) => actor.send({ type: 'SIGNAL', signal }));
  let run: OverrideOutput;
  try {
    actor.start();
    run = await toPromise(actor);
  } finally {
    signals.dispose();
  }
  if (run.error !== undefined) throw run.error;
  return run.exitCode;
}

/** The machine's effects for one run; they share what planning found (the pod, the copy, its plans). */
function overrideEffects(req: OverrideRequest, deps: OverrideDeps & { readonly ledger: Ledger }, namespace: string, name: string) {
  // With --output json, stdout carries only the JSON; progress is left out so a caller can parse it whole.
  const say = (line = ''): void => void (req.output === 'text' && deps.out.write(`${line}\n`));
  const t = deps.t ?? ENGLISH;
  const shell: ShellHolder = {};
  let pod: Pod | undefined;
  let prepared: PreparedOverride | undefined;
  const now = (): PreparedOverride => prepared!;
  const json = (extra: Record<string, unknown>): void => {
    const { ctx, copy, plans } = now();
    if (req.output === 'json') deps.out.write(`${JSON.stringify(resultJson(ctx, copy, plans, extra), null, 2)}\n`);
  };
  return {
    plan: fromPromise<PlanDecision>(async () => {
      pod = await readSourcePod(deps.api, namespace, name);
      prepared = await prepareOverride(deps.api, pod, { ...req, t, ...(deps.suffix ? { suffix: deps.suffix } : {}), ...(deps.now ? { now: deps.now } : {}) });
      const { ctx, copy, plans } = prepared;
      if (req.output === 'text') describeCopy(say, ctx, copy, plans, t);
      if (!req.command && looksShellless(ctx.image)) {
        say(t('override.shellless', { image: ctx.image ?? '', command: displayCommand(plans.ephemeral.argv) }));
      }
      if (req.mode === 'suggest') {
        say(t('out.override.suggest'));
        for (const p of [plans.dryRun, plans.create, plans.watch, plans.exec, plans.cleanup]) say(`  ${displayCommand(p.argv)}${p.manifest ? `   ${t('out.override.manifestOnStdin')}` : ''}`);
        json({ created: false, mode: 'suggest' });
        return { next: 'stop', exitCode: 0 };
      }
      const dry = await serverDryRun(deps.api, copy, deps.ledger);
      if (dry.kind === 'forbidden') {
        reportForbidden(deps, req.output, 'create pods', ctx.namespace, dry.message, plans);
        json({ created: false, error: 'forbidden', permission: `create pods in namespace ${ctx.namespace}` });
        return { next: 'stop', exitCode: 1 };
      }
      if (dry.kind === 'rejected') throw userError('fail.exec.dryRunRejected', { why: dry.message });
      say(t(dry.note.key, dry.note.values));
      if (req.dryRun) {
        say(t('out.override.dryRunDone'));
        json({ created: false, dryRun: dry.kind });
        return { next: 'stop', exitCode: 0 };
      }
      if (req.yes) return { next: 'create' };
      if (!deps.interactive) throw userError('fail.exec.createNeedsYes', {}, 2);
      return { next: 'ask' };
    }),
    askConsent: fromPromise<boolean>(async () => {
      const { ctx, copy, plans } = now();
      const yes = await deps.confirm(t('override.ask.create', { copy: copy.name, namespace: ctx.namespace, command: displayCommand(plans.create.argv) }));
      if (!yes) say(t('out.override.nothingCreated'));
      return yes;
    }),
    // The abort signal fires when the actor leaves "creating": no further copy is created after that.
    createAndWait: fromPromise<CreateOutcome>(async ({ signal }) => {
      const started = await createAndWait(req, { ...deps, cancelled: () => signal.aborted }, now(), say);
      if (!started.ok) {
        json({ ...started.json });
        return { running: false };
      }
      prepared = started.prepared;
      return { running: true, handOff: req.output === 'text' && deps.interactive && Boolean(deps.runner.kubectlPath) };
    }),
    announce: fromPromise<void>(async () => {
      const { ctx, copy, plans } = now();
      say(t('out.override.running', { copy: copy.name }));
      say();
      for (const line of [...entrypointLines(ctx.entrypoint, t), ...insideLines(pod!, copy.container, t)]) say(line);
      say();
      say(t('out.override.openShell', { command: displayCommand(plans.exec.argv) }));
      say(t('out.override.noShellInImage', { command: displayCommand(plans.ephemeral.argv) }));
      say(`  ${t('out.override.ephemeralWhy')}`);
      say(t('out.override.cleanUp', { command: displayCommand(plans.cleanup.argv), alternative: `kubectl-crashcourse override ${ctx.namespace}/${pod!.metadata.name} --cleanup` }));
      json({ created: true, running: true });
    }),
    handOff: fromPromise<void>(async () => {
      const { copy, plans } = now();
      const shells = SHELLS.map((s) => [...plans.exec.argv.slice(0, -1), s]);
      const result = await handOffTerminal(deps.runner.kubectlPath!, shells, shell);
      if (!result.argv) {
        say(t('cleanup.shell.noneFoundDebug', { container: copy.container, shells: SHELLS.join(', ') }));
        say(`  ${displayCommand(plans.ephemeral.argv)}`);
        say(`  ${t('cleanup.shell.ephemeralWhy', { source: pod!.metadata.name })}`);
      }
    }),
    endShell: fromPromise<void, { signal: StopSignal }>(async ({ input }) => endShell(shell, input.signal)),
    askCleanup: fromPromise<boolean>(async () => deps.confirm(t('cleanup.shell.askDelete', { copy: now().copy.name }))),
    deleteCopy: fromPromise<boolean>(async () => {
      const { ctx, copy, plans } = now();
      const r = await deps.runner.run(plans.cleanup, { confirmed: true });
      if (r.outcome !== 'ran' || r.exitCode !== 0) {
        deps.err.write(`${t('cleanup.deleteFailed', { copy: copy.name, why: (r.output || r.outcome).split('\n')[0]! })}\n`);
        return false;
      }
      deps.ledger.markCleanedUp(ctx.namespace, copy.name);
      say(t('out.override.deleted', { copy: copy.name }));
      return true;
    }),
    cleanUpAfterSignal: fromPromise<unknown, { signal: StopSignal }>(async ({ input }) => cleanUpAfterSignal(input.signal, deps)),
    // Only prints; a failing stream must not turn into an undeclared copy's silent exit.
    declare: fromPromise<void>(async () => {
      try {
        reportLeftovers(deps, deps.ledger);
      } catch {
        /* stderr itself is gone: the ledger on disk still names the copy for --cleanup */
      }
    }),
  };
}
