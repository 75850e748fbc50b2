// The workload a pod belongs to, from the pod alone (no reads): a ReplicaSet named `<deployment>-<hash>` whose
// hash is the pod's pod-template-hash label belongs to that Deployment; a Job named `<cronjob>-<digits>`
// stays a Job (its CronJob is one read away and not worth it). A pod without an owner is its own workload.
import type { Pod } from '../k8s/index.js';

export interface Workload {
  readonly namespace: string;
  readonly kind: string;
  readonly name: string;
}

export function workloadOf(pod: Pod): Workload {
  const namespace = pod.metadata.namespace ?? 'default';
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  if (!owner) return { namespace, kind: 'Pod', name: pod.metadata.name };
  const hash = pod.metadata.labels?.['pod-template-hash'];
  if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`)) {
    return { namespace, kind: 'Deployment', name: owner.name.slice(0, -hash.length - 1) };
  }
  return { namespace, kind: owner.kind, name: owner.name };
}

export const workloadKey = (w: Workload): string => `${w.namespace}/${w.kind}/${w.name}`;
