// Who owns what: the controller owner reference of an object, matched by kind and name (a scenario's uids may
// have been filled in independently, so a name match within the namespace is what counts), and pod readiness.
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ObjectStore } from '../store.js';

export function controllerOf(obj: KubeObject): { kind: string; name: string } | undefined {
  const refs = obj.metadata.ownerReferences ?? [];
  const ref = refs.find((r) => r.controller) ?? refs[0];
  return ref ? { kind: ref.kind, name: ref.name } : undefined;
}

export function ownedBy(store: ObjectStore, storage: string, owner: KubeObject): KubeObject[] {
  const out: KubeObject[] = [];
  const ns = owner.metadata.namespace;
  for (const e of store.all(storage)) {
    if (e.obj.metadata.namespace !== ns) continue;
    const ref = controllerOf(e.obj);
    if (ref && ref.kind === owner.kind && ref.name === owner.metadata.name) out.push(e.obj);
  }
  return out;
}

export const isTerminating = (o: KubeObject): boolean => Boolean(o.metadata.deletionTimestamp);

export const isPodReady = (p: Pod): boolean =>
  !isTerminating(p) && (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

export function ownerRef(owner: KubeObject): { apiVersion: string; kind: string; name: string; uid: string; controller: true; blockOwnerDeletion: true } {
  return { apiVersion: owner.apiVersion ?? 'v1', kind: owner.kind ?? '', name: owner.metadata.name, uid: owner.metadata.uid ?? '', controller: true, blockOwnerDeletion: true };
}

export const randomSuffix = (n = 5): string => {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s;
};
