// Where a new pod goes: of the Ready, schedulable nodes whose labels match its nodeSelector and whose
// allocatable memory and CPU hold its requests, the one with the least memory requested (ties: the first);
// otherwise the scheduler's FailedScheduling message, counted over the nodes it considered
// ("0/3 nodes are available: 3 Insufficient memory."): those of the pod's world (worlds.ts), the whole cluster
// for a namespace no scenario uses. Claims must exist and be bound first.
import { parseQuantity } from '../analysis/quantity.js';
import type { KubeObject, Pod } from '../k8s/index.js';
import type { ObjectStore } from './store.js';
import { WORLD_LABEL } from './worlds.js';
import { claimClass, claimNames, isBound } from './controllers/volume-binder.js';

interface NodeLike extends KubeObject {
  readonly spec?: { unschedulable?: boolean; taints?: readonly { key: string; effect: string }[] };
  readonly status?: { allocatable?: Record<string, string>; conditions?: readonly { type: string; status: string }[] };
}

export type Placement = { readonly node: string } | { readonly unschedulable: string };

function requests(pod: Pod, resource: 'memory' | 'cpu'): number {
  let sum = 0;
  for (const c of pod.spec.containers) sum += parseQuantity((c.resources?.requests as Record<string, string> | undefined)?.[resource] ?? (c.resources?.limits as Record<string, string> | undefined)?.[resource]) ?? 0;
  return sum;
}

/** Memory requested by the pods bound to a node that still run there. */
function requestedOn(store: ObjectStore, node: string): number {
  let sum = 0;
  for (const e of store.all('pods')) {
    const p = e.obj as Pod;
    if (p.spec.nodeName !== node || p.metadata.deletionTimestamp || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') continue;
    sum += requests(p, 'memory');
  }
  return sum;
}

export function schedule(store: ObjectStore, pod: Pod): Placement {
  if (pod.spec.nodeName) return { node: pod.spec.nodeName };
  const nodes = worldNodes(store, pod);
  if (!nodes.length) return { node: 'training-node' };
  const preemption = `preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`;
  const claims = claimProblem(store, pod);
  if (claims) return { unschedulable: `0/${nodes.length} nodes are available: ${claims}. ${preemption}` };
  const reasons = new Map<string, number>();
  const count = (r: string): void => void reasons.set(r, (reasons.get(r) ?? 0) + 1);
  const selector = pod.spec.nodeSelector ?? {};
  const feasible: { name: string; load: number }[] = [];
  for (const n of nodes) {
    const ready = (n.status?.conditions ?? []).find((c) => c.type === 'Ready');
    if (ready && ready.status !== 'True') { count("node(s) had untolerated taint {node.kubernetes.io/not-ready: }"); continue; }
    if (n.spec?.unschedulable) { count('node(s) were unschedulable'); continue; }
    if (!Object.entries(selector).every(([k, v]) => n.metadata.labels?.[k] === v)) { count("node(s) didn't match Pod's node affinity/selector"); continue; }
    const alloc = n.status?.allocatable ?? {};
    const mem = parseQuantity(alloc['memory']);
    const cpu = parseQuantity(alloc['cpu']);
    if (mem !== undefined && requests(pod, 'memory') > mem) { count('Insufficient memory'); continue; }
    if (cpu !== undefined && requests(pod, 'cpu') > cpu) { count('Insufficient cpu'); continue; }
    feasible.push({ name: n.metadata.name, load: mem ? requestedOn(store, n.metadata.name) / mem : 0 });
  }
  // The default scheduler's LeastAllocated score: the feasible node with the least memory requested wins.
  feasible.sort((a, b) => a.load - b.load);
  if (feasible.length) return { node: feasible[0]!.name };
  const parts = [...reasons.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, n]) => `${n} ${r}`);
  return { unschedulable: `0/${nodes.length} nodes are available: ${parts.join(', ')}. ${preemption}` };
}

/** The nodes of the pod's world (worlds.ts) when its namespace belongs to one, else every node. */
function worldNodes(store: ObjectStore, pod: Pod): NodeLike[] {
  const all = [...store.all('nodes')].map((e) => e.obj as NodeLike);
  const world = store.get('namespaces', undefined, pod.metadata.namespace ?? 'default')?.obj.metadata.labels?.[WORLD_LABEL];
  const mine = world ? all.filter((n) => n.metadata.labels?.[WORLD_LABEL] === world) : [];
  return mine.length ? mine : all;
}

/**
 * The volume binding check: a claim that does not exist, or one left unbound although its class binds
 * immediately (or is missing), keeps the pod off every node. WaitForFirstConsumer claims bind once the
 * pod is placed, so they do not block.
 */
function claimProblem(store: ObjectStore, pod: Pod): string | undefined {
  let unbound = false;
  for (const name of claimNames(pod)) {
    const pvc = store.get('persistentvolumeclaims', pod.metadata.namespace, name)?.obj;
    if (!pvc) return `persistentvolumeclaim "${name}" not found`;
    if (isBound(pvc)) continue;
    if (claimClass(store, pvc).cls?.volumeBindingMode !== 'WaitForFirstConsumer') unbound = true;
  }
  return unbound ? 'pod has unbound immediate PersistentVolumeClaims' : undefined;
}
