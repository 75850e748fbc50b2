// The controllers above a pod: ReplicaSet → Deployment, StatefulSet, DaemonSet, Job → CronJob.
import type { ClusterReader, ReadableKind } from '../contracts/read-port.js';
import type { KubeObject, OwnerReference } from '../k8s/index.js';
import { kubectl, type KubectlTarget } from '../contracts/kubectl-target.js';
import { gapOf } from './gap.js';
import type { Gap } from '../contracts/evidence.js';

const OWNER_KINDS: ReadonlySet<string> = new Set(['ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);

const controllerOf = (o: KubeObject): OwnerReference | undefined =>
  o.metadata.ownerReferences?.find((r) => r.controller) ?? o.metadata.ownerReferences?.[0];

export async function ownerChain(reader: ClusterReader, start: KubeObject, namespace: string, target: KubectlTarget): Promise<{ owners: KubeObject[]; gaps: Gap[] }> {
  const owners: KubeObject[] = [];
  const gaps: Gap[] = [];
  let ref = controllerOf(start);
  while (ref && owners.length < 4) {
    const current = ref;
    if (!OWNER_KINDS.has(current.kind)) break;
    try {
      const owner = await reader.getObject(current.kind as ReadableKind, namespace, current.name);
      owners.push(owner);
      ref = controllerOf(owner);
    } catch (err) {
      gaps.push(gapOf(`owner ${current.kind} ${current.name}`, err, kubectl(target, 'get', current.kind.toLowerCase(), current.name, '-o', 'yaml')));
      break;
    }
  }
  return { owners, gaps };
}
