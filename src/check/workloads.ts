// Where pod specs live in each workload kind. A Pod owned by a controller whose template is also in the input
// (or a ReplicaSet owned by a Deployment in it) is skipped: the template is what gets deployed, and checking
// both would report everything twice.
import type { PodSpec } from '../k8s/index.js';
import { isObject } from './manifest-docs.js';
import type { ContainerRef, ManifestDoc, PodTemplate, YamlPath } from './types.js';

const SPEC_PATHS: Readonly<Record<string, YamlPath>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
};

export function podTemplates(docs: readonly ManifestDoc[]): PodTemplate[] {
  const hasControllers = docs.some((d) => d.object['kind'] !== 'Pod' && typeof d.object['kind'] === 'string' && d.object['kind'] in SPEC_PATHS);
  const present = new Set(docs.map((d) => `${String(d.object['kind'])}/${String(isObject(d.object['metadata']) ? d.object['metadata']['name'] : '')}`));
  const out: PodTemplate[] = [];
  for (const doc of docs) {
    const kind = doc.object['kind'];
    if (typeof kind !== 'string' || !(kind in SPEC_PATHS)) continue;
    const meta = isObject(doc.object['metadata']) ? doc.object['metadata'] : {};
    const owners = Array.isArray(meta['ownerReferences']) ? meta['ownerReferences'].filter(isObject) : [];
    if (owners.length > 0 && ((kind === 'Pod' && hasControllers) || owners.some((o) => present.has(`${String(o['kind'])}/${String(o['name'])}`)))) continue;
    const specPath = SPEC_PATHS[kind]!;
    const spec = specPath.reduce<unknown>((v, k) => (isObject(v) ? v[k as string] : undefined), doc.object);
    if (!isObject(spec) || !Array.isArray(spec['containers'])) continue;
    const top = isObject(doc.object['spec']) ? doc.object['spec'] : {};
    out.push({
      doc, kind, specPath, spec: spec as unknown as PodSpec,
      name: typeof meta['name'] === 'string' ? meta['name'] : '(unnamed)',
      namespace: typeof meta['namespace'] === 'string' ? meta['namespace'] : 'default',
      replicas: typeof top['replicas'] === 'number' ? top['replicas'] : 1,
    });
  }
  return out;
}

export function containersOf(t: PodTemplate): ContainerRef[] {
  const list = (key: 'containers' | 'initContainers', init: boolean): ContainerRef[] =>
    (t.spec[key] ?? []).filter(isObject).map((container, i) => ({ container, path: [...t.specPath, key, i], init }));
  return [...list('initContainers', true), ...list('containers', false)];
}

export const objectName = (t: PodTemplate): string => `${t.kind}/${t.name}`;
