// The controllers above a pod: ReplicaSet → Deployment, StatefulSet, DaemonSet, Job → CronJob.
import type { ClusterReader, ReadableKind } from '../contracts/read-port.js';
import type { KubeObject, OwnerReference } from '../k8s/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { gapOf, said } from './gap.js';
import type { Gap } from '../contracts/evidence.js';
import { commandOf } from '../plans/plan-argv.js';

const OWNER_KINDS: ReadonlySet<string> = new Set(['ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);

const controllerOf = (o: KubeObject): OwnerReference | undefined =>
  o.metadata.ownerReferences?.find((r) => r.controller) ?? o.metadata.ownerReferences?.[0];

/**
 * A Deployment names its ReplicaSets NAME-<pod-template-hash>, and the pod carries that hash: the Deployment can be
 * asked for at once, beside its ReplicaSet, instead of one round trip later. It is used only if the ReplicaSet
 * really names it as its controller.
 */
function likelyDeployment(reader: ClusterReader, start: KubeObject, namespace: string): { name: string; read: Promise<KubeObject> } | undefined {
  const ref = controllerOf(start);
  const hash = start.metadata.labels?.['pod-template-hash'];
  if (ref?.kind !== 'ReplicaSet' || !hash || !ref.name.endsWith(`-${hash}`)) return undefined;
  const name = ref.name.slice(0, -hash.length - 1);
  const read = reader.getObject('Deployment', namespace, name);
  read.catch(() => undefined); // unused, or its failure reported below when it is used
  return { name, read };
}

export async function ownerChain(reader: ClusterReader, start: KubeObject, namespace: string, target: KubectlTarget): Promise<{ owners: KubeObject[]; gaps: Gap[] }> {
  const owners: KubeObject[] = [];
  const gaps: Gap[] = [];
  const early = likelyDeployment(reader, start, namespace);
  let ref = controllerOf(start);
  while (ref && owners.length < 4) {
    const current = ref;
    if (!OWNER_KINDS.has(current.kind)) break;
    try {
      const owner = await (early && current.kind === 'Deployment' && current.name === early.name
        ? early.read
        : reader.getObject(current.kind as ReadableKind, namespace, current.name));
      owners.push(owner);
      ref = controllerOf(owner);
    } catch (err) {
      gaps.push(gapOf(said('evidence.gap.what.owner', { kind: current.kind, name: current.name }), err, commandOf(target, { kind: 'get-yaml', resource: current.kind.toLowerCase(), name: current.name })));
      break;
    }
  }
  return { owners, gaps };
}
