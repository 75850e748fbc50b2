// Builders for the real-world cases: turn what a bug report shows (`kubectl describe pod` fields, events, logs)
// into the API's JSON shapes, so each case in real-world-cases.ts reads like the report it came from.
import type { CauseId } from '../../src/contracts/causes.js';
import type { Evidence, LogExcerpt } from '../../src/contracts/evidence.js';
import type { Container, ContainerStatus, ContainerStateTerminated, KubeEvent, KubeNode, Pod, PodCondition, Volume } from '../../src/k8s/index.js';
import { sanitize } from '../../src/text/sanitize.js';
import { evidenceOf } from './support/evidence.js';

export interface RealWorldCase {
  /** What the report shows, as a sentence. */
  readonly name: string;
  /** Where the facts come from (issue URL). */
  readonly source: string;
  readonly cause: CauseId;
  /** Other causes the report's resolution makes equally defensible. */
  readonly also?: readonly CauseId[];
  readonly evidence: Evidence;
}

export interface PodShape {
  readonly name: string;
  readonly namespace?: string;
  readonly node?: string;
  readonly containers: readonly Container[];
  readonly init?: readonly Container[];
  readonly statuses?: readonly ContainerStatus[];
  readonly initStatuses?: readonly ContainerStatus[];
  readonly phase?: string;
  readonly startTime: string;
  readonly volumes?: readonly Volume[];
  readonly hostNetwork?: boolean;
  readonly securityContext?: Pod['spec']['securityContext'];
  readonly conditions?: readonly PodCondition[];
  readonly owner?: { kind: string; name: string };
}

const uidOf = (name: string): string => {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const hex = h.toString(16).padStart(8, '0');
  return `${hex}-6b7d-4e8f-9a0b-${hex}${hex.slice(0, 4)}`;
};

export function pod(s: PodShape): Pod {
  const ns = s.namespace ?? 'default';
  const ready = (s.statuses ?? []).every((c) => c.ready) && (s.statuses ?? []).length > 0;
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name: s.name, namespace: ns, uid: uidOf(`${ns}/${s.name}`), creationTimestamp: s.startTime,
      ...(s.owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: s.owner.kind, name: s.owner.name, controller: true }] } : {}),
    },
    spec: {
      containers: s.containers, ...(s.init ? { initContainers: s.init } : {}), restartPolicy: 'Always',
      ...(s.node ? { nodeName: s.node } : {}), ...(s.volumes ? { volumes: s.volumes } : {}),
      ...(s.hostNetwork ? { hostNetwork: true } : {}), ...(s.securityContext ? { securityContext: s.securityContext } : {}),
      serviceAccountName: 'default', terminationGracePeriodSeconds: 30,
    },
    status: {
      phase: s.phase ?? 'Running',
      conditions: s.conditions ?? [
        { type: 'Initialized', status: s.initStatuses && s.initStatuses.some((c) => !c.state?.terminated || c.state.terminated.exitCode !== 0) ? 'False' : 'True', lastTransitionTime: s.startTime },
        { type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: s.startTime },
        { type: 'ContainersReady', status: ready ? 'True' : 'False', lastTransitionTime: s.startTime },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: s.startTime },
      ],
      ...(s.node ? { hostIP: '10.0.0.4', podIP: '10.244.1.23' } : {}), startTime: s.startTime,
      ...(s.statuses ? { containerStatuses: s.statuses } : {}), ...(s.initStatuses ? { initContainerStatuses: s.initStatuses } : {}),
    },
  };
}

type Term = Omit<ContainerStateTerminated, 'startedAt' | 'finishedAt'> & { readonly started: string; readonly finished: string };

const terminated = (t: Term): ContainerStateTerminated => ({
  exitCode: t.exitCode, ...(t.reason ? { reason: t.reason } : {}), ...(t.message ? { message: t.message } : {}),
  startedAt: t.started, finishedAt: t.finished, containerID: 'containerd://5d51a9b0b79d0e3f6a9d2b5c8e1f4a7d0b3c4b6f0c1e9d2a7b3c5e8f1a4d6b9c',
});

/** Waiting in CrashLoopBackOff after the run in `last`, as `kubectl describe` shows it. */
export function crashLoop(podName: string, ns: string, name: string, image: string, last: Term, restarts: number, backoff = '5m0s'): ContainerStatus {
  return {
    name, image, imageID: `${image.split(':')[0]}@sha256:ae258fed5002316f26fd06f3d7e285b4e8f4487eb3d942ab6b355e0e0c6fa5c4`, ready: false, restartCount: restarts, started: false,
    state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backoff} restarting failed container=${name} pod=${podName}_${ns}(${uidOf(`${ns}/${podName}`)})` } },
    lastState: { terminated: terminated(last) },
  };
}

/** Running again after the run in `last` ended. */
export function runningAfter(name: string, image: string, since: string, last: Term, restarts: number, ready = false): ContainerStatus {
  return { name, image, ready, restartCount: restarts, started: true, state: { running: { startedAt: since } }, lastState: { terminated: terminated(last) } };
}

export function waiting(name: string, image: string, reason: string, message?: string, restarts = 0): ContainerStatus {
  return { name, image, ready: false, restartCount: restarts, started: false, state: { waiting: { reason, ...(message ? { message } : {}) } }, lastState: {} };
}

export function runningOk(name: string, image: string, since: string): ContainerStatus {
  return { name, image, ready: true, restartCount: 0, started: true, state: { running: { startedAt: since } }, lastState: {} };
}

let seq = 0;
/** An event about the pod (or one of its containers), as `kubectl get events -o json` returns it. */
export function podEvent(p: Pod, reason: string, message: string, o: { type?: string; count?: number; container?: string; init?: boolean; last: string; first?: string; component?: string }): KubeEvent {
  seq++;
  return {
    apiVersion: 'v1', kind: 'Event',
    metadata: { name: `${p.metadata.name}.17a71c191e${seq.toString(16).padStart(6, '0')}`, namespace: p.metadata.namespace ?? 'default', creationTimestamp: o.first ?? o.last },
    involvedObject: {
      kind: 'Pod', namespace: p.metadata.namespace ?? 'default', name: p.metadata.name, uid: p.metadata.uid ?? '', apiVersion: 'v1',
      ...(o.container ? { fieldPath: `spec.${o.init ? 'initContainers' : 'containers'}{${o.container}}` } : {}),
    },
    reason, message, type: o.type ?? 'Warning', count: o.count ?? 1, firstTimestamp: o.first ?? o.last, lastTimestamp: o.last,
    source: { component: o.component ?? (reason === 'FailedScheduling' ? 'default-scheduler' : 'kubelet'), ...(p.spec.nodeName ? { host: p.spec.nodeName } : {}) },
  };
}

export function nodeOf(name: string, arch: string): KubeNode {
  return {
    apiVersion: 'v1', kind: 'Node', metadata: { name, uid: uidOf(name), labels: { 'kubernetes.io/arch': arch, 'kubernetes.io/hostname': name } },
    status: {
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
      nodeInfo: { architecture: arch, operatingSystem: 'linux', kubeletVersion: 'v1.24.3', containerRuntimeVersion: 'containerd://1.6.6', bootID: '6b1d2a4e-9c3f-4e58-8a7b-2f0c9d1e3a56' },
    },
  };
}

/** The crashed run's log (`kubectl logs --previous`), indentation of the report kept. */
export const previousLog = (container: string, text: string, init = false): LogExcerpt =>
  ({ container, init, kind: 'previous', text: sanitize(text.replace(/^\n/, '')), truncated: false });

export function realCase(c: Omit<RealWorldCase, 'evidence'> & { pod: Pod; events?: KubeEvent[]; logs?: LogExcerpt[]; node?: KubeNode; collectedAt: string }): RealWorldCase {
  return {
    name: c.name, source: c.source, cause: c.cause, ...(c.also ? { also: c.also } : {}),
    evidence: evidenceOf({ pod: c.pod, events: c.events ?? [], logs: c.logs ?? [], ...(c.node ? { node: c.node } : {}), collectedAt: c.collectedAt }),
  };
}
