// The override, end to end: read the pod, build the copy, show the diff and the commands, dry-run it on the
// server, create it after a typed yes, wait until it runs, say what to run inside, and hand over the terminal.
// The original pod and its workload are only ever read.
import { UserError } from '../errors.js';
import { displayCommand } from '../plans/kubectl.js';
import { looksShellless } from '../plans/override-choices.js';
import { ANNOTATION_PREFIX, isOurCopy, type OverrideCopy } from '../plans/override-copy.js';
import { SHELLS } from '../plans/override-plans.js';
import type { Pod } from '../k8s/index.js';
import { runOverrideCleanup } from './override-cleanup.js';
import { readSourcePod, splitPodArg } from './override-context.js';
import { describeCopy, entrypointLines, insideLines, reportForbidden, resultJson } from './override-report.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';
import type { ExecMode, RecordingPlanRunner } from './plan-runner.js';
import { createActor, fromPromise, toPromise } from 'xstate';
import { createAndWait } from './override-create.js';
import { watchSignals, type StopSignal } from './interrupt.js';
import { cleanUpAfterSignal, reportLeftovers } from './override-interrupted.js';
import { overrideRunMachine, type RunOutput } from './override-run-machine.js';
import { Ledger } from './ledger.js';
import { prepareOverride } from './override-prepare.js';
import { handOffTerminal } from './terminal-handoff.js';

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
  const pod = await readSourcePod(api, namespace, name);

  // With --output json, stdout carries only the JSON; progress is left out so a caller can parse it whole.
  const say = (line = ''): void => void (req.output === 'text' && deps.out.write(`${line}\n`));
  const prepared = await prepareOverride(api, pod, { ...req, ...(deps.suffix ? { suffix: deps.suffix } : {}), ...(deps.now ? { now: deps.now } : {}) });
  const { ctx } = prepared;
  let { copy, plans } = prepared;
  const json = (extra: Record<string, unknown>): void => {
    if (req.output === 'json') deps.out.write(`${JSON.stringify(resultJson(ctx, copy, plans, extra), null, 2)}\n`);
  };

  if (req.output === 'text') describeCopy(say, ctx, copy, plans);
  if (!req.command && looksShellless(ctx.image)) {
    say(`Note: ${ctx.image} looks like an image without a shell or sleep: the keep-alive may fail. Then use --command, or the debug container: ${displayCommand(plans.ephemeral.argv)}`);
  }
  if (req.mode === 'suggest') {
    say('Suggest mode: nothing was created. Run these yourself:');
    for (const p of [plans.dryRun, plans.create, plans.watch, plans.exec, plans.cleanup]) say(`  ${displayCommand(p.argv)}${p.manifest ? '   # manifest above on stdin' : ''}`);
    json({ created: false, mode: 'suggest' });
    return 0;
  }

  const dry = await serverDryRun(api, copy);
  if (dry.kind === 'forbidden') {
    reportForbidden(deps, req.output, 'create pods', ctx.namespace, dry.message, plans);
    json({ created: false, error: 'forbidden', permission: `create pods in namespace ${ctx.namespace}` });
    return 1;
  }
  if (dry.kind === 'rejected') throw new UserError(`the API server would reject the copy: ${dry.message}`);
  say(dry.note);

  if (req.dryRun) {
    say('--dry-run: nothing was created.');
    json({ created: false, dryRun: dry.kind });
    return 0;
  }
  if (!req.yes) {
    if (!deps.interactive) throw new UserError('not creating the copy without a yes: run in a terminal to confirm, or pass --yes', 2);
    if (!(await deps.confirm(`Create ${copy.name} in namespace ${ctx.namespace} with \`${displayCommand(plans.create.argv)}\`?`))) {
      say('Nothing was created.');
      return 1;
    }
  }

  // From the first create until the copy runs, a signal must not leave it behind: the ledger records each copy
  // before its create is sent, and a signal deletes whatever it holds (or prints the command).
  const ledger = deps.ledger ?? new Ledger();
  const actor = createActor(
    overrideRunMachine.provide({
      actors: {
        // The abort signal fires when the actor leaves "creating": no further copy is created after that.
        createAndWait: fromPromise(({ signal }) => createAndWait(req, { ...deps, ledger, cancelled: () => signal.aborted }, prepared, say)),
        cleanUpAfterSignal: fromPromise(({ input }: { input: { signal: StopSignal } }) => cleanUpAfterSignal(input.signal, { ...deps, ledger })),
        reportLeftovers: fromPromise(async () => reportLeftovers(deps, ledger)),
      },
    }),
  );
  const signals = watchSignals();
  void signals.received.then((signal) => actor.send({ type: 'SIGNAL', signal }));
  let run: RunOutput;
  try {
    actor.start();
    run = await toPromise(actor);
  } finally {
    signals.dispose();
  }
  if (run.error !== undefined) throw run.error;
  if (run.signal) return run.exitCode ?? 1;
  const started = run.started!;
  if (!started.ok) {
    json({ ...started.json });
    return 1;
  }
  ({ copy, plans } = started.prepared);
  say(`${copy.name} is Running.`);
  say();
  for (const line of [...entrypointLines(ctx.entrypoint), ...insideLines(pod, copy.container)]) say(line);
  say();
  say(`Open a shell:  ${displayCommand(plans.exec.argv)}`);
  say(`No shell in the image? ${displayCommand(plans.ephemeral.argv)}`);
  say('  (ephemeral containers can never be removed from a pod: that is why it targets the copy)');
  say(`Clean up:      ${displayCommand(plans.cleanup.argv)}   (or: kubectl-crashcourse override ${ctx.namespace}/${pod.metadata.name} --cleanup)`);

  if (req.output === 'text' && deps.interactive && deps.runner.kubectlPath) {
    const shells = SHELLS.map((s) => [...plans.exec.argv.slice(0, -1), s]);
    const shell = await handOffTerminal(deps.runner.kubectlPath, shells);
    if (!shell.argv) {
      say(`No shell found in ${copy.container} (tried ${SHELLS.join(', ')}). Look inside with a debug container instead:`);
      say(`  ${displayCommand(plans.ephemeral.argv)}`);
      say(`  (${plans.ephemeral.purpose})`);
    }
    if (await deps.confirm(`Delete the copy ${copy.name} now?`)) {
      await deps.runner.run(plans.cleanup, { confirmed: true });
      deps.ledger?.markCleanedUp(ctx.namespace, copy.name);
      say(`Deleted ${copy.name}.`);
    }
  }
  json({ created: true, running: true });
  return 0;
}

type DryRun = { kind: 'admitted' | 'unsupported'; note: string } | { kind: 'forbidden'; message: string } | { kind: 'rejected'; message: string };

/** POST ?dryRun=All; a server that ignores dryRun has created the pod, so we find it and delete it again. */
async function serverDryRun(api: KubeApi, copy: OverrideCopy): Promise<DryRun> {
  const ns = copy.pod.metadata.namespace!;
  const res = await api.request('POST', `${podsPath(ns)}?dryRun=All`, copy.pod);
  if (res.status === 403) return { kind: 'forbidden', message: statusMessage(res) };
  if (res.status === 400 && /dry ?run/i.test(statusMessage(res))) return { kind: 'unsupported', note: `The server does not support dry runs (${statusMessage(res)}); continuing without one.` };
  if (res.status === 404 || res.status === 405 || res.status === 415) return { kind: 'unsupported', note: `The server did not do a dry run (HTTP ${res.status}); continuing without one.` };
  if (res.status >= 300) return { kind: 'rejected', message: statusMessage(res) };
  const check = await api.request('GET', podsPath(ns, copy.name));
  if (check.status < 300 && isOurCopy(check.body as Pod, copy.pod.metadata.annotations?.[`${ANNOTATION_PREFIX}source-pod`] ?? '')) {
    await api.request('DELETE', `${podsPath(ns, copy.name)}?gracePeriodSeconds=0`);
    // The real create reuses the name: wait (bounded) until the accidental one is gone, or it would be a 409.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await api.request('GET', podsPath(ns, copy.name))).status !== 404) await new Promise((r) => setTimeout(r, 200));
    return { kind: 'unsupported', note: 'The server ignored dryRun and created the copy; it was deleted again at once.' };
  }
  return { kind: 'admitted', note: 'Server-side dry run: the API server would admit this copy.' };
}
