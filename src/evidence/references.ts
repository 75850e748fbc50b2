// The ConfigMaps, Secrets, PVCs and ServiceAccount a pod spec names, and how each is used.
import type { Container, Pod } from '../k8s/index.js';
import type { ReferencedObject } from '../contracts/evidence.js';

export type RefKind = ReferencedObject['kind'];

export interface Reference {
  readonly kind: RefKind;
  readonly name: string;
  readonly usedBy: string;
  readonly optional: boolean;
}

export function podReferences(pod: Pod): Reference[] {
  const refs = new Map<string, { kind: RefKind; name: string; usedBy: string[]; optional: boolean }>();
  const add = (kind: RefKind, name: string | undefined, usedBy: string, optional = false): void => {
    if (!name) return;
    const key = `${kind}/${name}`;
    const cur = refs.get(key);
    if (cur) {
      if (!cur.usedBy.includes(usedBy)) cur.usedBy.push(usedBy);
      // Optional only if every use is optional: one required use is enough to break the pod.
      cur.optional = cur.optional && optional;
    } else refs.set(key, { kind, name, usedBy: [usedBy], optional });
  };

  const containers: Container[] = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  for (const c of containers) {
    for (const e of c.env ?? []) {
      const cm = e.valueFrom?.configMapKeyRef;
      const sec = e.valueFrom?.secretKeyRef;
      if (cm) add('ConfigMap', cm.name, `container ${c.name} env ${e.name} (key ${cm.key})`, cm.optional === true);
      if (sec) add('Secret', sec.name, `container ${c.name} env ${e.name} (key ${sec.key})`, sec.optional === true);
    }
    for (const f of c.envFrom ?? []) {
      if (f.configMapRef) add('ConfigMap', f.configMapRef.name, `container ${c.name} envFrom`, f.configMapRef.optional === true);
      if (f.secretRef) add('Secret', f.secretRef.name, `container ${c.name} envFrom`, f.secretRef.optional === true);
    }
  }
  for (const v of pod.spec.volumes ?? []) {
    if (v.configMap) add('ConfigMap', v.configMap.name, `volume ${v.name}`, v.configMap.optional === true);
    if (v.secret) add('Secret', v.secret.secretName, `volume ${v.name}`, v.secret.optional === true);
    if (v.persistentVolumeClaim) add('PersistentVolumeClaim', v.persistentVolumeClaim.claimName, `volume ${v.name}`);
    const sources = (v.projected as { sources?: readonly Record<string, { name?: string; optional?: boolean } | undefined>[] } | undefined)?.sources ?? [];
    for (const s of sources) {
      if (s['configMap']) add('ConfigMap', s['configMap'].name, `projected volume ${v.name}`, s['configMap'].optional === true);
      if (s['secret']) add('Secret', s['secret'].name, `projected volume ${v.name}`, s['secret'].optional === true);
    }
  }
  const sa = pod.spec.serviceAccountName ?? (pod.spec['serviceAccount'] as string | undefined) ?? 'default';
  add('ServiceAccount', sa, 'spec.serviceAccountName');
  return [...refs.values()].map((r) => ({ kind: r.kind, name: r.name, usedBy: r.usedBy.join('; '), optional: r.optional }));
}
