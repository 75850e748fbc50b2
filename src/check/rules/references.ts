// With --cluster: ConfigMaps, Secrets, PVCs and StorageClasses the manifests name must exist in the cluster
// or be deployed in the same input; otherwise the pod waits in CreateContainerConfigError or Pending.
import { said } from '../finding-words.js';
import type { CheckFinding, CheckRule, ManifestDoc, PodTemplate, RuleContext, YamlPath } from '../types.js';
import { isObject } from '../manifest-docs.js';
import { containersOf, objectName } from '../workloads.js';

type RefKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'StorageClass';
interface Ref { readonly kind: RefKind; readonly name: string; readonly path: YamlPath }

function podRefs(t: PodTemplate): Ref[] {
  const refs: Ref[] = [];
  (t.spec.volumes ?? []).forEach((v, i) => {
    const at = [...t.specPath, 'volumes', i];
    if (v.configMap && !v.configMap.optional) refs.push({ kind: 'ConfigMap', name: v.configMap.name, path: [...at, 'configMap', 'name'] });
    if (v.secret && !v.secret.optional) refs.push({ kind: 'Secret', name: v.secret.secretName, path: [...at, 'secret', 'secretName'] });
    if (v.persistentVolumeClaim) refs.push({ kind: 'PersistentVolumeClaim', name: v.persistentVolumeClaim.claimName, path: [...at, 'persistentVolumeClaim', 'claimName'] });
  });
  for (const { container: c, path } of containersOf(t)) {
    (c.env ?? []).forEach((e, i) => {
      const cm = e.valueFrom?.configMapKeyRef;
      const s = e.valueFrom?.secretKeyRef;
      if (cm && !cm.optional) refs.push({ kind: 'ConfigMap', name: cm.name, path: [...path, 'env', i, 'valueFrom', 'configMapKeyRef', 'name'] });
      if (s && !s.optional) refs.push({ kind: 'Secret', name: s.name, path: [...path, 'env', i, 'valueFrom', 'secretKeyRef', 'name'] });
    });
    (c.envFrom ?? []).forEach((e, i) => {
      if (e.configMapRef && !e.configMapRef.optional) refs.push({ kind: 'ConfigMap', name: e.configMapRef.name, path: [...path, 'envFrom', i, 'configMapRef', 'name'] });
      if (e.secretRef && !e.secretRef.optional) refs.push({ kind: 'Secret', name: e.secretRef.name, path: [...path, 'envFrom', i, 'secretRef', 'name'] });
    });
  }
  return refs;
}

/** A StatefulSet's volumeClaimTemplates and every PVC in the input name StorageClasses. */
function storageClassRefs(doc: ManifestDoc): Ref[] {
  const o = doc.object;
  const spec = isObject(o['spec']) ? o['spec'] : {};
  if (o['kind'] === 'PersistentVolumeClaim' && typeof spec['storageClassName'] === 'string' && spec['storageClassName'] !== '') {
    return [{ kind: 'StorageClass', name: spec['storageClassName'], path: ['spec', 'storageClassName'] }];
  }
  if (o['kind'] === 'StatefulSet' && Array.isArray(spec['volumeClaimTemplates'])) {
    return spec['volumeClaimTemplates'].flatMap((v, i) => {
      const name = isObject(v) && isObject(v['spec']) ? v['spec']['storageClassName'] : undefined;
      return typeof name === 'string' && name !== '' ? [{ kind: 'StorageClass' as const, name, path: ['spec', 'volumeClaimTemplates', i, 'spec', 'storageClassName'] }] : [];
    });
  }
  return [];
}

const nameOf = (d: ManifestDoc): string => (isObject(d.object['metadata']) && typeof d.object['metadata']['name'] === 'string' ? d.object['metadata']['name'] : '');
const nsOf = (d: ManifestDoc): string => (isObject(d.object['metadata']) && typeof d.object['metadata']['namespace'] === 'string' ? d.object['metadata']['namespace'] : 'default');

/** true/false, or undefined when the cluster's objects of that kind are unknown. */
function exists(ctx: Omit<RuleContext, 'template'>, kind: RefKind, namespace: string, name: string): boolean | undefined {
  const key = kind === 'StorageClass' ? name : `${namespace}/${name}`;
  const known = ctx.facts.cluster?.existing[kind];
  if (known?.has(key)) return true;
  if (ctx.docs.some((d) => d.object['kind'] === kind && nameOf(d) === name && (kind === 'StorageClass' || nsOf(d) === namespace))) return true;
  return known ? false : undefined;
}

export const missingReference: CheckRule = {
  id: 'missing-reference', cause: 'missing-config', severity: 'error', needs: 'cluster',
  description: 'a ConfigMap, Secret, PersistentVolumeClaim or StorageClass the manifest names exists neither in the cluster nor in the input',
  run: (ctx) => {
    const t = ctx.template;
    const out: Omit<CheckFinding, 'rule' | 'cause' | 'severity'>[] = [];
    for (const r of podRefs(t)) {
      if (exists(ctx, r.kind, t.namespace, r.name) !== false) continue;
      out.push({ object: objectName(t), file: t.doc.file, line: t.doc.lineOf(r.path),
        ...said('check.missingReference', { kind: r.kind, namespace: t.namespace, name: `${r.name}`, state: r.kind === 'PersistentVolumeClaim' ? 'Pending' : 'CreateContainerConfigError' }) });
    }
    return out;
  },
};

/** Runs once per document rather than per pod: PVCs are not workloads. */
export function missingStorageClasses(ctx: Omit<RuleContext, 'template'>): Omit<CheckFinding, 'rule' | 'cause' | 'severity'>[] {
  if (!ctx.facts.cluster) return [];
  return ctx.docs.flatMap((doc) => storageClassRefs(doc)
    .filter((r) => exists(ctx, 'StorageClass', '', r.name) === false)
    .map((r) => ({ object: `${String(doc.object['kind'])}/${nameOf(doc)}`, file: doc.file, line: doc.lineOf(r.path),
      ...said('check.missingStorageClass', { name: r.name }) })));
}
