// ReplicaSet: keeps spec.replicas pods of its template alive (a deleted or terminating pod is replaced at
// once, extra pods go, the least ready first) and reports in status what its pods are doing.
import { randomUUID } from 'node:crypto';
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { createPod } from '../write-objects.js';
import { isPodReady, isTerminating, ownedBy, ownerRef, randomSuffix } from './owned.js';

interface Template {
  readonly metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  readonly spec?: Pod['spec'];
}

const nowText = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export function podFromTemplate(owner: KubeObject, template: Template, name: string): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: owner.metadata.namespace ?? 'default',
      uid: randomUUID(),
      creationTimestamp: nowText(),
      ...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      generateName: `${owner.metadata.name}-`,
      ownerReferences: [ownerRef(owner)],
    },
    spec: structuredClone(template.spec ?? { containers: [] }) as Pod['spec'],
  };
}

/**
 * The wall-clock ms at which a ready pod counts as available: Ready for minReadySeconds of simulated time
 * (--speed divides it). The Ready condition's lastTransitionTime has whole seconds, as the apiserver's has, so
 * the pod is taken to have become Ready at the end of that second: never available early, at most 1 s late.
 */
export function availableAt(pod: Pod, minReadySeconds: number, speed: number): number | undefined {
  if (!isPodReady(pod)) return undefined;
  if (minReadySeconds <= 0) return 0;
  const since = Date.parse(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime ?? '');
  return (Number.isNaN(since) ? 0 : since + 999) + (minReadySeconds * 1000) / speed;
}

/** Returns the pods it counts as its own (not terminating). `speed`: the cluster's --speed, for minReadySeconds. */
export function reconcileReplicaSet(state: ClusterState, rs: KubeObject, scalePods: boolean, speed = 1): void {
  const spec = (rs['spec'] ?? {}) as { replicas?: number; template?: Template; minReadySeconds?: number };
  const want = spec.replicas ?? 1;
  let pods = (ownedBy(state.store, 'pods', rs) as Pod[]).filter((p) => !isTerminating(p));
  if (scalePods) {
    for (let i = pods.length; i < want; i++) {
      const pod = podFromTemplate(rs, spec.template ?? {}, `${rs.metadata.name}-${randomSuffix()}`);
      if (!pod.spec.containers?.length) break;
      createPod(state, pod);
    }
    if (pods.length > want) {
      const extra = [...pods].sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b))).slice(0, pods.length - want);
      for (const p of extra) state.kubelet.deletePod(p, undefined);
    }
    pods = (ownedBy(state.store, 'pods', rs) as Pod[]).filter((p) => !isTerminating(p));
  }
  const ready = pods.filter(isPodReady).length;
  const now = Date.now();
  const available = pods.filter((p) => (availableAt(p, spec.minReadySeconds ?? 0, speed) ?? Infinity) <= now).length;
  const status = {
    replicas: pods.length,
    fullyLabeledReplicas: pods.length,
    readyReplicas: ready,
    availableReplicas: available,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  const old = (rs['status'] ?? {}) as Record<string, unknown>;
  const next = { ...old, ...status };
  if (!ready) delete (next as Record<string, unknown>)['readyReplicas'];
  if (!available) delete (next as Record<string, unknown>)['availableReplicas'];
  if (canonicalJson(next) === canonicalJson(old)) return;
  const current = state.store.get('replicasets', rs.metadata.namespace, rs.metadata.name);
  if (current) state.store.put('replicasets', { ...current.obj, status: next });
}
