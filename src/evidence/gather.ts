// Everything about one pod, read in parallel once the pod is known. Only the pod itself must be readable:
// every other failed or forbidden read becomes a Gap carrying the kubectl command that would show it.
import type { ClusterReader } from '../contracts/read-port.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import type { KubeEvent, KubeNode, KubeObject, Pod } from '../k8s/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { gapOf, said } from './gap.js';
import { gatherLogs } from './gather-logs.js';
import { listAll } from './list-all.js';
import { ownerChain } from './owner-chain.js';
import { podReadError } from './pod-read-error.js';
import { podReferences, type Reference } from './references.js';
import type { Evidence, Gap, PodMetrics, ReferencedObject } from '../contracts/evidence.js';
import { commandOf } from '../plans/plan-argv.js';
import type { MessageRef } from '../errors.js';

export interface GatherOptions {
  readonly tailLines: number;
  readonly limitBytes: number;
  /** The evidence clock; default: the reader's clock, else the wall clock. */
  readonly now?: number;
  /** Context/kubeconfig carried by the commands in gaps; default: just the namespace. */
  readonly target?: KubectlTarget;
}

export async function gatherEvidence(reader: ClusterReader, namespace: string, name: string, options: GatherOptions): Promise<Evidence> {
  const target = options.target ?? { namespace };
  let pod: Pod;
  try {
    pod = await reader.getPod(namespace, name);
  } catch (err) {
    throw podReadError(err, namespace, name);
  }
  const collectedAt = options.now ?? reader.now?.() ?? Date.now();
  // Reads run at once and fail in any order: each gap takes the slot of its read, so the gaps (and the JSON that
  // lists them) come in the same order on every run.
  const slots: (Gap | undefined)[] = [];
  const slot = (): ((gap: Gap) => void) => {
    const at = slots.push(undefined) - 1;
    return (gap) => {
      slots[at] = gap;
    };
  };
  const attempt = async <T>(what: MessageRef, command: readonly string[], read: () => Promise<T>, fallback: T): Promise<T> => {
    const record = slot();
    try {
      return await read();
    } catch (err) {
      record(gapOf(what, err, command));
      return fallback;
    }
  };

  const nodeName = pod.spec.nodeName;
  const [events, logs, owners, node, nodeEvents, references, services, limitRanges, quotas, metrics] = await Promise.all([
    attempt(said('evidence.gap.what.podEvents'), commandOf(target, { kind: 'read-events', pod: name }), () => podEvents(reader, pod), [] as KubeEvent[]),
    gatherLogs(reader, pod, options, target),
    ownerChain(reader, pod, namespace, target),
    nodeName ? attempt(said('evidence.gap.what.node', { node: nodeName }), commandOf(target, { kind: 'get-yaml', resource: 'node', name: nodeName }), () => reader.getNode(nodeName), undefined as KubeNode | undefined) : undefined,
    nodeName
      ? attempt(said('evidence.gap.what.nodeEvents', { node: nodeName }), commandOf(target, { kind: 'list', resources: 'events', allNamespaces: true, fieldSelector: `involvedObject.kind=Node,involvedObject.name=${nodeName}` }), () => nodeEventsOf(reader, nodeName), [] as KubeEvent[])
      : ([] as KubeEvent[]),
    Promise.all(podReferences(pod).map((ref) => readReference(reader, namespace, ref, target, slot()))),
    attempt(said('evidence.gap.what.services'), commandOf(target, { kind: 'list', resources: 'services' }), () => listAll((o) => reader.listObjects('Service', namespace, o)), [] as KubeObject[]),
    attempt(said('evidence.gap.what.limitRanges'), commandOf(target, { kind: 'list', resources: 'limitranges', output: 'yaml' }), () => listAll((o) => reader.listObjects('LimitRange', namespace, o)), [] as KubeObject[]),
    attempt(said('evidence.gap.what.quotas'), commandOf(target, { kind: 'list', resources: 'resourcequotas', output: 'yaml' }), () => listAll((o) => reader.listObjects('ResourceQuota', namespace, o)), [] as KubeObject[]),
    attempt(said('evidence.gap.what.metrics'), commandOf(target, { kind: 'top-pod', pod: name }), () => reader.getPodMetrics(namespace, name), undefined),
  ]);

  return {
    pod,
    events: sortOldestFirst(events),
    logs: logs.logs,
    owners: owners.owners,
    ...(node ? { node } : {}),
    nodeEvents: sortOldestFirst(nodeEvents),
    references,
    services,
    limitRanges,
    quotas,
    ...(metrics ? { metrics: toPodMetrics(metrics) } : {}),
    gaps: [...logs.gaps, ...owners.gaps, ...slots.filter((g): g is Gap => g !== undefined)],
    collectedAt,
    source: reader.source,
  };
}

// Events by uid are exact (a pod re-created with the same name has other events); some sources do not index
// uid or record none, so fall back to the name.
async function podEvents(reader: ClusterReader, pod: Pod): Promise<KubeEvent[]> {
  const ns = pod.metadata.namespace ?? 'default';
  const uid = pod.metadata.uid;
  if (uid) {
    const byUid = await listAll((o) => reader.listEvents(ns, o), { fieldSelector: `involvedObject.uid=${uid}` }, () => true, 1000);
    if (byUid.length > 0) return byUid;
  }
  return listAll((o) => reader.listEvents(ns, o), { fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${pod.metadata.name}` }, () => true, 1000);
}

// The kubelet records node events in "default"; reading every namespace needs a cluster-wide grant that many
// users lack, so a refusal there falls back to "default".
async function nodeEventsOf(reader: ClusterReader, nodeName: string): Promise<KubeEvent[]> {
  const options = { fieldSelector: `involvedObject.kind=Node,involvedObject.name=${nodeName}` };
  try {
    return await listAll((o) => reader.listEvents(undefined, o), options, () => true, 500);
  } catch (err) {
    if (!(err instanceof ClusterError && err.kind === 'forbidden')) throw err;
    return listAll((o) => reader.listEvents('default', o), options, () => true, 500);
  }
}

async function readReference(reader: ClusterReader, namespace: string, ref: Reference, target: KubectlTarget, record: (gap: Gap) => void): Promise<ReferencedObject> {
  try {
    const obj = await reader.getObject(ref.kind, namespace, ref.name);
    return { ...ref, exists: true, ...details(obj) };
  } catch (err) {
    if (err instanceof ClusterError && err.kind === 'not-found') return { ...ref, exists: false };
    record(gapOf(said('evidence.gap.what.object', { kind: ref.kind, name: ref.name }), err, commandOf(target, { kind: 'list', resources: ref.kind.toLowerCase(), name: ref.name })));
    return { ...ref };
  }
}

function details(obj: KubeObject): Pick<ReferencedObject, 'keys' | 'phase' | 'accessModes'> {
  const o = obj as KubeObject & { data?: Record<string, unknown>; binaryData?: Record<string, unknown>; status?: { phase?: string }; spec?: { accessModes?: string[] } };
  if (obj.kind === 'PersistentVolumeClaim' || o.spec?.accessModes) {
    return { ...(o.status?.phase ? { phase: o.status.phase } : {}), ...(o.spec?.accessModes ? { accessModes: o.spec.accessModes } : {}) };
  }
  if (o.data || o.binaryData) return { keys: [...Object.keys(o.data ?? {}), ...Object.keys(o.binaryData ?? {})] };
  return {};
}

const when = (e: KubeEvent): number => Date.parse(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? '') || 0;
const sortOldestFirst = (events: readonly KubeEvent[]): KubeEvent[] => [...events].sort((a, b) => when(a) - when(b));

function toPodMetrics(m: { containers: { name: string; usage: Record<string, string> }[] }): PodMetrics {
  return {
    containers: m.containers.map((c) => ({ name: c.name, ...(c.usage['cpu'] ? { cpu: c.usage['cpu'] } : {}), ...(c.usage['memory'] ? { memory: c.usage['memory'] } : {}) })),
  };
}
