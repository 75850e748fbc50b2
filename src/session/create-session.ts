// The one actor that does the I/O around a flow: gather the evidence, diagnose it, walk the decision machine
// with the user's events, and run plans through the injected runner — reads at once, anything that creates
// or deletes only after an explicit CONFIRM {yes: true}. Enter (NEXT) never runs anything.
import { createActor, type Actor } from 'xstate';
import type { Diagnosis } from '../contracts/diagnosis.js';
import type { Entrypoint } from '../image/index.js';
import type { Evidence } from '../contracts/evidence.js';
import type { MessageRef } from '../errors.js';
import { compileFlow, currentStep, selectFlow, stepById, type Flow, type FlowFacts, type FlowMachine } from '../flow/index.js';
import { podStatusRow } from '../k8s/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import type { Plan, PlanRunner, RunRecord } from '../contracts/plan.js';
import { cleanupPlanFor, createdBy, sameIntent } from './created-resource.js';
import { followEvery, noticeText, rereadFailed, restartsSeen, type Follower } from './follow-pod.js';
import { previewPlan } from './override-preview.js';
import { stepView } from './step-view.js';
import { keepTraces, traceFromRun, withTrace } from './trace-capture.js';
import type { CreatedResource, FollowNotice, Session, SessionEvent, SessionSnapshot } from '../contracts/session.js';

export interface SessionDeps {
  /** "ns/name" of the pod, shown while the evidence is gathered. */
  readonly pod: string;
  /** The session's --context/--kubeconfig, with the pod's namespace: every plan carries it. */
  readonly target: KubectlTarget;
  readonly gather: () => Promise<Evidence>;
  readonly diagnose: (evidence: Evidence) => Diagnosis;
  readonly runner: PlanRunner;
  /**
   * The flows to choose from: the first whose appliesTo holds is walked. A loader is called once, when the
   * evidence is on its way: the wizard's pod list does not wait for flows it may never walk.
   */
  readonly flows: readonly Flow[] | (() => Promise<readonly Flow[]>);
  /** `--flow FILE`: walk this one whatever the pod. */
  readonly flow?: Flow;
  /** --read-only: plans that create or delete are not offered. */
  readonly readOnly?: boolean;
  readonly now?: () => number;
  /**
   * What the container really runs (the image's ENTRYPOINT/CMD/WORKDIR from its registry): read after the
   * evidence, in the background, so a slow registry never holds up the first step.
   */
  readonly lookupEntrypoint?: (evidence: Evidence, container: string) => Promise<Entrypoint>;
  /** Read the pod again this often while it is walked (live AGE, restarts, back-off); off when absent. */
  readonly followMs?: number;
  /** Read the pod again when it changes (a watch): calls `read` on each change, instead of every followMs. */
  readonly follow?: (read: () => Promise<void>) => Follower;
  /** Before asking to create the override copy, run its dry run (diff, server verdict) and show it. */
  readonly previewChanges?: boolean;
}

type Pending = { readonly plan: Plan; readonly onQuit: boolean; readonly preview?: string };

export function createSession(deps: SessionDeps): Session {
  const now = deps.now ?? Date.now;
  const listeners = new Set<(s: SessionSnapshot) => void>();
  let phase: SessionSnapshot['phase'] = 'gathering';
  let error: string | undefined;
  let errorRef: MessageRef | undefined;
  let evidence: Evidence | undefined;
  let diagnosis: Diagnosis | undefined;
  let flow: Flow | undefined;
  let actor: Actor<FlowMachine> | undefined;
  let runs: RunRecord[] = [];
  let created: CreatedResource[] = [];
  let pending: Pending | undefined;
  let quitAfterRun = false;
  let stopped = false;
  let entrypoint: Entrypoint | undefined;
  let notice: FollowNotice | undefined;
  let follower: Follower | undefined;
  let snapshot = build();

  function build(): SessionSnapshot {
    const machine = actor?.getSnapshot();
    const here = machine ? currentStep(machine) : undefined;
    const step = flow && here ? stepById(flow, here) : undefined;
    const trail = machine && flow ? [...machine.context.history, ...(step ? [step.id] : [])] : [];
    const copy = [...created].reverse().find((c) => !c.cleanedUp)?.name;
    return {
      phase,
      pod: deps.pod,
      ...(error !== undefined ? { error } : {}),
      ...(errorRef ? { errorRef } : {}),
      ...(evidence ? { evidence } : {}),
      ...(diagnosis ? { diagnosis } : {}),
      ...(entrypoint ? { entrypoint } : {}),
      ...(notice ? { notice: noticeText(notice), noticeSaid: notice } : {}),
      ...(flow && step && evidence && phase !== 'done'
        ? { step: stepView(flow, step, { pod: evidence.pod, container: diagnosis?.container ?? null, target: deps.target, readOnly: deps.readOnly ?? false, ...(copy ? { copy } : {}), ...(entrypoint ? { entrypoint } : {}) }) }
        : {}),
      breadcrumb: trail.map((id) => ({ id, title: (flow && stepById(flow, id)?.title) ?? id })),
      runs,
      created,
      ...(pending ? { pendingConfirmation: pending.plan } : {}),
      ...(pending?.preview !== undefined ? { pendingPreview: pending.preview } : {}),
    };
  }

  function publish(): void {
    if (stopped) return;
    snapshot = build();
    for (const listener of listeners) listener(snapshot);
  }

  async function start(): Promise<void> {
    try {
      const flows = deps.flow ? [] : typeof deps.flows === 'function' ? deps.flows() : deps.flows;
      const [gathered, choices] = await Promise.all([deps.gather(), flows]);
      // Quit (or stopped) while the evidence was on its way: nothing left to walk.
      if (stopped || phase === 'done') return;
      const diagnosed = deps.diagnose(gathered);
      const facts: FlowFacts = { diagnosis: diagnosed, podStatus: podStatusRow(gathered.pod, gathered.collectedAt).status };
      flow = deps.flow ?? selectFlow(choices, facts);
      evidence = gathered;
      diagnosis = diagnosed;
      actor = createActor(compileFlow(flow), { input: facts }).start();
      phase = 'walking';
      follower = deps.follow ? deps.follow(refresh) : deps.followMs ? followEvery(deps.followMs, refresh) : undefined;
      const container = diagnosed.container ?? gathered.pod.spec.containers[0]?.name;
      if (deps.lookupEntrypoint && container) {
        deps.lookupEntrypoint(gathered, container).then(
          (found) => {
            entrypoint = found;
            publish();
          },
          () => undefined,
        );
      }
    } catch (err) {
      phase = 'error';
      error = err instanceof Error ? err.message : String(err);
      errorRef = (err as { ref?: MessageRef } | null)?.ref;
    }
    publish();
  }

  async function refresh(): Promise<void> {
    if (stopped || phase !== 'walking' || !evidence) return;
    try {
      const gathered = await deps.gather();
      if (stopped || !evidence) return;
      // The walk stays where it is: the new evidence and diagnosis feed the panels, not the path taken.
      notice = restartsSeen(evidence, gathered) ?? (notice?.kind === 'reread-failed' ? undefined : notice);
      evidence = keepTraces(evidence, gathered);
      diagnosis = deps.diagnose(evidence);
    } catch (err) {
      notice = rereadFailed(err);
    }
    publish();
  }

  /** Runs the dry run, records it like any read, then asks for the yes with its output on screen. */
  async function previewThenAsk(plan: Plan, preview: Plan): Promise<void> {
    phase = 'running';
    publish();
    let output: string;
    try {
      const result = await deps.runner.run(preview, { confirmed: false });
      runs = [...runs, result];
      output = result.output;
    } catch (err) {
      output = `the dry run could not be made: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (stopped) return;
    phase = 'walking';
    pending = { plan, onQuit: false, preview: output };
    publish();
  }

  function record(plan: Plan, outcome: RunRecord['outcome']): RunRecord {
    return { planId: plan.id, argv: plan.argv, startedAt: now(), durationMs: 0, exitCode: null, output: '', outcome };
  }

  async function run(plan: Plan, confirmed: boolean): Promise<void> {
    phase = 'running';
    publish();
    let result: RunRecord;
    try {
      result = await deps.runner.run(plan, { confirmed });
    } catch (err) {
      result = { ...record(plan, 'failed'), output: err instanceof Error ? err.message : String(err) };
    }
    runs = [...runs, result];
    const trace = evidence ? traceFromRun(plan, result) : undefined;
    if (evidence && trace) {
      // The walk stays where it is: the capture feeds the diagnosis the steps and the report quote.
      evidence = withTrace(evidence, trace);
      diagnosis = deps.diagnose(evidence);
    }
    created = [...created, ...createdBy(plan, result, deps.target.namespace)];
    if (plan.risk === 'delete' && result.outcome === 'ran' && result.exitCode === 0) {
      created = created.map((c) => (sameIntent(c.cleanupIntent, plan.intent) ? { ...c, cleanedUp: true } : c));
    }
    // A run that says what it deleted (the shell hand-off's "Delete the copy now?") settles those copies too.
    for (const gone of result.deleted ?? []) {
      created = created.map((c) => (c.namespace === gone.namespace && c.name === gone.name ? { ...c, cleanedUp: true } : c));
    }
    phase = 'walking';
    if (quitAfterRun) quit();
    publish();
  }

  function quit(): void {
    quitAfterRun = false;
    const cleanup = deps.readOnly ? undefined : cleanupPlanFor(created);
    if (cleanup && !pending?.onQuit) {
      if (pending) runs = [...runs, record(pending.plan, 'declined')];
      pending = { plan: cleanup, onQuit: true };
      return;
    }
    if (pending) runs = [...runs, record(pending.plan, 'declined')];
    pending = undefined;
    actor?.send({ type: 'QUIT' });
    phase = 'done';
  }

  function confirm(yes: boolean): void {
    if (!pending) return;
    const { plan, onQuit } = pending;
    pending = undefined;
    if (!yes) {
      runs = [...runs, record(plan, 'declined')];
      if (onQuit) quit();
      return;
    }
    quitAfterRun = onQuit;
    void run(plan, true);
  }

  function send(event: SessionEvent): void {
    if (stopped || phase === 'done') return;
    if (phase === 'running') {
      if (event.type === 'QUIT') quitAfterRun = true;
      return;
    }
    if (event.type === 'QUIT') {
      quit();
      publish();
      return;
    }
    if (phase !== 'walking' || !actor) return;
    switch (event.type) {
      case 'CONFIRM':
        confirm(event.yes === true);
        break;
      case 'BACK':
        // With a question open, BACK (Esc) withdraws it; otherwise it walks back.
        if (pending) confirm(false);
        else actor.send(event);
        break;
      case 'NEXT':
      case 'SKIP':
      case 'CHOOSE':
        if (!pending) actor.send(event);
        break;
      case 'RUN': {
        const plan = pending ? undefined : snapshot.step?.plans.find((p) => p.id === event.plan);
        if (!plan) return;
        if (plan.risk === 'read') {
          void run(plan, false);
          return;
        }
        const preview = deps.previewChanges ? previewPlan(plan) : undefined;
        if (preview) {
          void previewThenAsk(plan, preview);
          return;
        }
        pending = { plan, onQuit: false };
        break;
      }
    }
    publish();
  }

  void start();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send,
    stop() {
      stopped = true;
      follower?.stop();
      actor?.stop();
      listeners.clear();
    },
  };
}
