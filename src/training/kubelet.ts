// The simulated kubelet: crash-looping containers restart on the real back-off (10 s doubling to 5 min, reset
// after 10 min running), with restartCount, lastState, the waiting message and growing events, all written to
// the store so watches see them; pods created through the API start, and deleted pods go after their grace.
import { randomBytes } from 'node:crypto';
import type { Container, ContainerStatus, KubeEvent, Pod } from '../k8s/index.js';
import { BehaviourCatalog, behaviourFromStatus, isKeepAlive, type Behaviour } from './container-behaviour.js';
import type { PodLifecycle } from './cluster-state.js';
import { EventRecorder, rfc3339 } from './kubelet-events.js';
import type { LogBook } from './log-book.js';
import { backoffFor, goDuration, MAX_BACKOFF_MS, RESET_AFTER_MS, TERMINATED_VISIBLE_MS } from './kubelet-backoff.js';
import { refreshConditions, type MPod, type Mutable } from './pod-conditions.js';
import type { ObjectStore } from './store.js';
import { schedule } from './scheduler.js';
import { decideFate, type FateContext } from './needs/container-fate.js';
import { attachBlocker, mountTimeout } from './volume-attach.js';

type MStatus = Mutable<ContainerStatus>;

type Kind = 'containers' | 'initContainers' | 'ephemeralContainers';
const STATUS_FIELD = { containers: 'containerStatuses', initContainers: 'initContainerStatuses', ephemeralContainers: 'ephemeralContainerStatuses' } as const;

interface Sim {
  readonly ns: string;
  readonly pod: string;
  readonly uid: string;
  readonly name: string;
  readonly kind: Kind;
  behaviour: Behaviour;
  step: number;
}

const BLOCKED_RETRY_MS = 10_000;
/** How long the kubelet waits for a volume before it says it timed out (FailedMount). */
const MOUNT_TIMEOUT_MS = 120_000;
/** How long a finishing program (a Job's) runs before it exits 0. */
const JOB_RUN_MS = 2000;

const containerId = (): string => `containerd://${randomBytes(32).toString('hex')}`;

export interface KubeletOptions {
  readonly speed: number;
  /** Scenario pods keep their snapshot; pods created through the API still start. */
  readonly frozen: boolean;
  readonly catalog: BehaviourCatalog;
  /** Decides each start from the image's declared needs; absent: the behaviour recorded or matched. */
  readonly fate?: FateContext;
}

export { backoffFor, goDuration } from './kubelet-backoff.js';

/** A scheduled pod whose containers all still wait in ContainerCreating, none ever run. */
function neverStarted(pod: Pod): boolean {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return Boolean(pod.spec.nodeName) && pod.status?.phase === 'Pending' && statuses.length > 0 && statuses.every((c) => c.state?.waiting?.reason === 'ContainerCreating' && !c.lastState?.terminated);
}

export class SimulatedKubelet implements PodLifecycle {
  private readonly timers = new Map<string, Set<NodeJS.Timeout>>();
  private readonly events: EventRecorder;
  private closed = false;

  constructor(private readonly store: ObjectStore, private readonly logs: LogBook, private readonly options: KubeletOptions) {
    this.events = new EventRecorder(store);
  }

  private after(podKey: string, simMs: number, fn: () => void): void {
    if (this.closed) return;
    const set = this.timers.get(podKey) ?? new Set();
    this.timers.set(podKey, set);
    const t = setTimeout(() => {
      set.delete(t);
      fn();
    }, Math.max(0, simMs / this.options.speed));
    set.add(t);
  }

  private cancel(podKey: string): void {
    for (const t of this.timers.get(podKey) ?? []) clearTimeout(t);
    this.timers.delete(podKey);
  }

  close(): void {
    this.closed = true;
    for (const k of [...this.timers.keys()]) this.cancel(k);
  }

  private current(sim: Sim): Pod | undefined {
    const p = this.store.get('pods', sim.ns, sim.pod)?.obj as Pod | undefined;
    return p && p.metadata.uid === sim.uid && !p.metadata.deletionTimestamp ? p : undefined;
  }

  private update(sim: Sim, fn: (pod: MPod, cs: MStatus) => void): Pod | undefined {
    const pod = this.current(sim);
    if (!pod) return undefined;
    const next = structuredClone(pod) as MPod;
    next.status ??= {};
    const field = STATUS_FIELD[sim.kind];
    const list = (next.status[field] ??= []);
    let cs = list.find((c) => c.name === sim.name);
    if (!cs) list.push((cs = { name: sim.name, ready: false, restartCount: 0, image: this.spec(next as Pod, sim)?.image ?? '', imageID: '', started: false }));
    fn(next, cs);
    refreshConditions(next);
    return this.store.put('pods', next as Pod).obj as Pod;
  }

  private spec(pod: Pod, sim: Sim): Container | undefined {
    return (pod.spec[sim.kind] ?? []).find((c) => c.name === sim.name);
  }

  private fieldPath = (sim: Sim): string => `spec.${sim.kind}{${sim.name}}`;
  private podKey = (sim: { ns: string; pod: string }): string => `${sim.ns}/${sim.pod}`;

  /** Scenario pods: keep crash-looping from where the snapshot left off. */
  /** Stops simulating a pod (its objects are about to be replaced by a reset). */
  forget(namespace: string, name: string): void {
    this.cancel(`${namespace}/${name}`);
  }

  adoptScenarioPods(events: readonly KubeEvent[], only?: (pod: Pod) => boolean): void {
    const byPod = new Map<string, KubeEvent[]>();
    for (const e of events) {
      const k = e.involvedObject.uid ?? '';
      byPod.set(k, [...(byPod.get(k) ?? []), e]);
    }
    for (const entry of [...this.store.all('pods')]) {
      const pod = entry.obj as Pod;
      if (only && !only(pod)) continue;
      const ns = pod.metadata.namespace ?? 'default';
      // Placed but never started (waiting for a volume): it starts once its volumes can attach.
      if (!this.options.frozen && neverStarted(pod)) this.after(this.podKey({ ns, pod: pod.metadata.name }), BLOCKED_RETRY_MS, () => this.attachThenStart(ns, pod.metadata.name, pod.metadata.uid ?? '', BLOCKED_RETRY_MS));
      for (const kind of ['initContainers', 'containers'] as const) {
        for (const cs of pod.status?.[STATUS_FIELD[kind]] ?? []) {
          const container = (pod.spec[kind] ?? []).find((c) => c.name === cs.name);
          const log = this.logs.get(ns, pod.metadata.name, cs.name)?.previous;
          const behaviour = behaviourFromStatus(container, cs, byPod.get(pod.metadata.uid ?? '') ?? [], log);
          if (container) this.options.catalog.learn(container, behaviour);
          if (this.options.frozen) continue;
          if (cs.state?.waiting?.reason === 'CreateContainerConfigError' && container) {
            const sim: Sim = { ns, pod: pod.metadata.name, uid: pod.metadata.uid ?? '', name: cs.name, kind, behaviour: { kind: 'blocked', reason: 'CreateContainerConfigError', message: cs.state.waiting.message ?? '' }, step: 0 };
            this.after(this.podKey(sim), BLOCKED_RETRY_MS, () => this.run(sim, false));
            continue;
          }
          if (behaviour.kind !== 'crash') continue;
          const sim: Sim = { ns, pod: pod.metadata.name, uid: pod.metadata.uid ?? '', name: cs.name, kind, behaviour, step: cs.restartCount };
          this.resume(sim, cs);
        }
      }
    }
  }

  private resume(sim: Sim, cs: ContainerStatus): void {
    const now = Date.now();
    const b = sim.behaviour;
    if (b.kind !== 'crash') return;
    if (cs.state?.running) {
      const started = Date.parse(cs.state.running.startedAt ?? '') || now;
      this.after(this.podKey(sim), Math.max(1000, b.runMs - (now - started)), () => this.crash(sim));
    } else if (cs.state?.terminated) {
      this.after(this.podKey(sim), TERMINATED_VISIBLE_MS, () => this.backOff(sim, Date.parse(cs.state!.terminated!.startedAt ?? '') || now));
    } else {
      const finished = Date.parse(cs.lastState?.terminated?.finishedAt ?? '') || now;
      const wait = backoffFor(sim.step - 1) - (now - finished);
      this.after(this.podKey(sim), Math.max(1000, Math.min(wait, MAX_BACKOFF_MS)), () => this.run(sim, true));
    }
  }

  private run(sim: Sim, restart: boolean): void {
    const now = Date.now();
    const pod = this.current(sim);
    if (!pod) return;
    const container = this.spec(pod, sim);
    if (this.options.fate && container && sim.kind !== 'ephemeralContainers') sim.behaviour = decideFate(this.options.fate, pod, container, sim.behaviour);
    const b = sim.behaviour;
    const image = container?.image ?? '';
    if (b.kind === 'blocked') return this.blocked(sim, b, restart, now);
    if (b.kind === 'crash') {
      if (restart) this.logs.restarted(sim.ns, sim.pod, sim.name, b.log);
      else if (b.log) this.logs.set(sim.ns, sim.pod, sim.name, 'current', b.log);
    }
    this.events.record(pod, this.fieldPath(sim), 'Normal', 'Pulled', `Container image "${image}" already present on machine`, now);
    if (b.kind === 'crash' && b.neverRuns) {
      this.events.record(pod, this.fieldPath(sim), 'Warning', 'Failed', `Error: ${b.message ?? b.reason}`, now);
      this.update(sim, (_p, cs) => {
        if (restart) cs.restartCount += 1;
        cs.state = { terminated: { exitCode: b.exitCode, reason: b.reason, ...(b.message ? { message: b.message } : {}), startedAt: rfc3339(0), finishedAt: rfc3339(now), containerID: containerId() } };
        cs.ready = false;
        cs.started = false;
      });
      if (!this.restarts(sim, b.exitCode)) return this.settle(sim);
      this.after(this.podKey(sim), TERMINATED_VISIBLE_MS, () => this.backOff(sim, now));
      return;
    }
    this.events.record(pod, this.fieldPath(sim), 'Normal', 'Created', `Created container: ${sim.name}`, now);
    this.events.record(pod, this.fieldPath(sim), 'Normal', 'Started', `Started container ${sim.name}`, now);
    const id = containerId();
    this.update(sim, (p, cs) => {
      if (restart) cs.restartCount += 1;
      cs.state = { running: { startedAt: rfc3339(now) } };
      cs.containerID = id;
      cs.ready = sim.kind !== 'initContainers' && !this.spec(p as Pod, sim)?.readinessProbe;
      cs.started = true;
      if (p.status!.phase === 'Pending' && sim.kind === 'containers') p.status!.phase = 'Running';
    });
    if (b.kind !== 'crash') {
      if (sim.kind === 'initContainers') this.after(this.podKey(sim), 500, () => this.complete(sim));
      else if (b.kind === 'healthy' && sim.kind === 'containers' && this.finishes(pod, container)) this.after(this.podKey(sim), JOB_RUN_MS, () => this.exitZero(sim));
      else if (b.kind === 'healthy' && container?.readinessProbe && !b.neverReady) {
        const afterMs = b.readyAfterMs ?? ((container.readinessProbe.initialDelaySeconds ?? 0) + 1) * 1000;
        this.after(this.podKey(sim), afterMs, () => this.update(sim, (_p, cs) => { if (cs.state?.running) cs.ready = true; }));
      }
      return;
    }
    if (b.probe) {
      const { periodMs, threshold } = b.probe;
      const period = Math.min(periodMs, b.runMs / (threshold + 1));
      for (let i = 0; i < threshold; i++) {
        this.after(this.podKey(sim), b.runMs - (threshold - i) * period, () => {
          const p = this.current(sim);
          if (p) this.events.record(p, this.fieldPath(sim), 'Warning', 'Unhealthy', b.probe!.message, Date.now());
        });
      }
    }
    this.after(this.podKey(sim), b.runMs, () => this.crash(sim));
  }

  /** CreateContainerConfigError: stay waiting, say why, and try again as the kubelet does. */
  private blocked(sim: Sim, b: { reason: string; message: string }, restart: boolean, now: number): void {
    const pod = this.update(sim, (_p, cs) => {
      cs.state = { waiting: { reason: b.reason, message: b.message } };
      cs.ready = false;
    });
    if (!pod) return;
    this.events.record(pod, this.fieldPath(sim), 'Warning', 'Failed', `Error: ${b.message}`, now);
    this.after(this.podKey(sim), BLOCKED_RETRY_MS, () => this.run(sim, restart));
  }

  private crash(sim: Sim): void {
    const b = sim.behaviour;
    if (b.kind !== 'crash') return;
    const now = Date.now();
    const pod = this.current(sim);
    if (!pod) return;
    if (b.probe) this.events.record(pod, this.fieldPath(sim), 'Normal', 'Killing', `Container ${sim.name} failed liveness probe, will be restarted`, now);
    let startedAt = now;
    this.update(sim, (_p, cs) => {
      startedAt = Date.parse(cs.state?.running?.startedAt ?? '') || now;
      cs.state = { terminated: { exitCode: b.exitCode, reason: b.reason, ...(b.message ? { message: b.message } : {}), startedAt: rfc3339(startedAt), finishedAt: rfc3339(now), ...(cs.containerID ? { containerID: cs.containerID } : {}) } };
      cs.ready = false;
      cs.started = false;
    });
    if (!this.restarts(sim, b.exitCode)) return this.settle(sim);
    this.after(this.podKey(sim), TERMINATED_VISIBLE_MS, () => this.backOff(sim, startedAt));
  }

  /** restartPolicy: Never never restarts, OnFailure only after a failure; init containers always retry. */
  private restarts(sim: Sim, exitCode: number): boolean {
    if (sim.kind !== 'containers') return true;
    const policy = this.current(sim)?.spec.restartPolicy ?? 'Always';
    return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
  }

  /** Every container has ended for good: the pod Succeeded, or Failed if any exited non-zero. */
  private settle(sim: Sim): void {
    const pod = this.current(sim);
    const statuses = pod?.status?.containerStatuses ?? [];
    if (!pod || !statuses.length || !statuses.every((c) => c.state?.terminated)) return;
    const failed = statuses.some((c) => c.state!.terminated!.exitCode !== 0);
    this.update(sim, (p) => {
      p.status!.phase = failed ? 'Failed' : 'Succeeded';
    });
  }

  /** A program that is not kept alive, in a pod that does not restart it, finishes (a Job's pod). */
  private finishes(pod: Pod, container: Container | undefined): boolean {
    if (!container || (pod.spec.restartPolicy ?? 'Always') === 'Always') return false;
    const image = this.options.catalog.image(container.image);
    const argv = [...(container.command ?? image?.entrypoint ?? []), ...(container.args ?? (container.command ? [] : image?.cmd ?? []))];
    return argv.length > 0 && !isKeepAlive(argv);
  }

  private exitZero(sim: Sim): void {
    const now = Date.now();
    this.update(sim, (_p, cs) => {
      const started = cs.state?.running?.startedAt ?? rfc3339(now);
      cs.state = { terminated: { exitCode: 0, reason: 'Completed', startedAt: started, finishedAt: rfc3339(now), ...(cs.containerID ? { containerID: cs.containerID } : {}) } };
      cs.ready = false;
      cs.started = false;
    });
    this.settle(sim);
  }

  private backOff(sim: Sim, runStartedAt: number): void {
    const now = Date.now();
    if (now - runStartedAt >= RESET_AFTER_MS / this.options.speed) sim.step = 0;
    const delay = backoffFor(sim.step);
    sim.step++;
    const pod = this.update(sim, (p, cs) => {
      if (cs.state?.terminated) cs.lastState = { terminated: cs.state.terminated };
      cs.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(delay)} restarting failed container=${sim.name} pod=${p.metadata.name}_${sim.ns}(${sim.uid})` } };
    });
    if (!pod) return;
    this.events.record(pod, this.fieldPath(sim), 'Warning', 'BackOff', `Back-off restarting failed container ${sim.name} in pod ${sim.pod}_${sim.ns}(${sim.uid})`, now);
    this.after(this.podKey(sim), delay, () => this.run(sim, true));
  }

  private complete(sim: Sim): void {
    const now = Date.now();
    this.update(sim, (_p, cs) => {
      const started = cs.state?.running?.startedAt ?? rfc3339(now);
      cs.state = { terminated: { exitCode: 0, reason: 'Completed', startedAt: started, finishedAt: rfc3339(now), ...(cs.containerID ? { containerID: cs.containerID } : {}) } };
      cs.ready = true;
    });
    const pod = this.current(sim);
    if (pod) this.startNext(pod);
  }

  /** Init containers one at a time, then every app container. */
  private startNext(pod: Pod): void {
    const ns = pod.metadata.namespace ?? 'default';
    const base = { ns, pod: pod.metadata.name, uid: pod.metadata.uid ?? '', step: 0 };
    for (const c of pod.spec.initContainers ?? []) {
      const cs = pod.status?.initContainerStatuses?.find((s) => s.name === c.name);
      if (cs?.state?.terminated?.exitCode === 0) continue;
      const sim: Sim = { ...base, name: c.name, kind: 'initContainers', behaviour: this.options.catalog.forCreated(c) };
      this.update(sim, (_p, s) => { s.state = { waiting: { reason: 'PodInitializing' } }; });
      this.run(sim, false);
      return;
    }
    for (const c of pod.spec.containers) {
      this.run({ ...base, name: c.name, kind: 'containers', behaviour: this.options.catalog.forCreated(c) }, false);
    }
  }

  podCreated(pod: Pod): void {
    const ns = pod.metadata.namespace ?? 'default';
    const key = `${ns}/${pod.metadata.name}`;
    const now = Date.now();
    const placement = schedule(this.store, pod);
    if ('unschedulable' in placement) return this.unschedulable(pod, placement.unschedulable, now);
    const node = placement.node;
    const waiting = (c: Container): MStatus => ({ name: c.name, ready: false, restartCount: 0, image: c.image ?? '', imageID: '', started: false, state: { waiting: { reason: (pod.spec.initContainers?.length ? 'PodInitializing' : 'ContainerCreating') } } });
    const scheduled: MPod = structuredClone(pod) as MPod;
    scheduled.spec.nodeName = node;
    scheduled.status = {
      phase: 'Pending',
      qosClass: pod.status?.qosClass ?? 'BestEffort',
      hostIP: '10.0.0.10',
      podIP: `10.244.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`,
      startTime: rfc3339(now),
      conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: rfc3339(now) }],
      ...(pod.spec.initContainers?.length ? { initContainerStatuses: pod.spec.initContainers.map((c) => ({ ...waiting(c), state: { waiting: { reason: 'PodInitializing' } } })) } : {}),
      containerStatuses: pod.spec.containers.map(waiting),
    };
    refreshConditions(scheduled);
    const stored = this.store.put('pods', scheduled as Pod).obj as Pod;
    this.events.record(stored, '', 'Normal', 'Scheduled', `Successfully assigned ${ns}/${pod.metadata.name} to ${node}`, now, 'default-scheduler');
    this.after(key, 300, () => this.attachThenStart(ns, pod.metadata.name, pod.metadata.uid ?? '', 0));
  }

  /** Starts the pod once its volumes can attach to its node; until then ContainerCreating, retried. */
  private attachThenStart(ns: string, name: string, uid: string, waitedMs: number): void {
    const p = this.store.get('pods', ns, name)?.obj as Pod | undefined;
    if (!p || p.metadata.uid !== uid || p.metadata.deletionTimestamp) return;
    const block = attachBlocker(this.store, p);
    if (!block) return this.startNext(p);
    const now = Date.now();
    // Said when the wait starts, then every time the kubelet's two-minute mount wait runs out (not every retry).
    const timedOut = waitedMs > 0 && waitedMs % MOUNT_TIMEOUT_MS === 0;
    if (waitedMs === 0 || timedOut) this.events.record(p, '', 'Warning', 'FailedAttachVolume', `Multi-Attach error for volume "${block.volume}" Volume is already used by pod(s) ${block.holders.join(', ')}`, now, 'attachdetach-controller');
    if (timedOut) this.events.record(p, '', 'Warning', 'FailedMount', mountTimeout(p, block), now);
    this.after(`${ns}/${name}`, BLOCKED_RETRY_MS, () => this.attachThenStart(ns, name, uid, waitedMs + BLOCKED_RETRY_MS));
  }

  /** Pending with PodScheduled=False, as the scheduler leaves a pod no node can take. */
  private unschedulable(pod: Pod, message: string, now: number): void {
    const pending: MPod = structuredClone(pod) as MPod;
    pending.status = { phase: 'Pending', qosClass: pod.status?.qosClass ?? 'BestEffort', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message, lastTransitionTime: rfc3339(now) }] };
    const stored = this.store.put('pods', pending as Pod).obj as Pod;
    this.events.record(stored, '', 'Warning', 'FailedScheduling', message, now, 'default-scheduler');
  }

  ephemeralAdded(pod: Pod, names: readonly string[]): void {
    const ns = pod.metadata.namespace ?? 'default';
    for (const name of names) {
      const sim: Sim = { ns, pod: pod.metadata.name, uid: pod.metadata.uid ?? '', name, kind: 'ephemeralContainers', behaviour: { kind: 'healthy' }, step: 0 };
      this.update(sim, (_p, cs) => { cs.state = { waiting: { reason: 'ContainerCreating' } }; });
      this.after(`${ns}/${pod.metadata.name}`, 500, () => this.run(sim, false));
    }
  }

  deletePod(pod: Pod, graceSeconds: number | undefined): void {
    const ns = pod.metadata.namespace ?? 'default';
    const key = `${ns}/${pod.metadata.name}`;
    const grace = graceSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    const remove = (): void => {
      this.cancel(key);
      const current = this.store.get('pods', ns, pod.metadata.name)?.obj;
      if (current?.metadata.uid !== pod.metadata.uid) return;
      this.store.remove('pods', ns, pod.metadata.name);
      this.logs.forgetPod(ns, pod.metadata.name);
    };
    if (grace <= 0) return remove();
    if (pod.metadata.deletionTimestamp) return;
    this.cancel(key);
    const now = Date.now();
    const running = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].filter((c) => c.state?.running);
    const terminating: Pod = { ...pod, metadata: { ...pod.metadata, deletionTimestamp: rfc3339(now + grace * 1000), deletionGracePeriodSeconds: grace } };
    this.store.put('pods', terminating);
    for (const c of running) this.events.record(terminating, `spec.containers{${c.name}}`, 'Normal', 'Killing', `Stopping container ${c.name}`, now);
    // Nothing left to stop: the kubelet confirms the deletion almost at once.
    this.after(key, running.length ? grace * 1000 : 1000, remove);
  }
}
