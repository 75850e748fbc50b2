// Secret values never enter the product: at the boundary a Secret keeps its metadata, type and data keys only.
import type { KubeObject } from '../k8s/index.js';

export function redactSecret(obj: KubeObject): KubeObject {
  const { data, stringData, ...rest } = obj as KubeObject & { data?: unknown; stringData?: unknown };
  const keys = [...keysOf(data), ...keysOf(stringData)];
  return { ...rest, metadata: withoutLastApplied(rest.metadata), data: Object.fromEntries(keys.map((k) => [k, ''])) };
}

const keysOf = (v: unknown): string[] => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);

// kubectl apply stores the whole manifest, values included, in this annotation.
function withoutLastApplied(meta: KubeObject['metadata']): KubeObject['metadata'] {
  const ann = meta.annotations;
  if (!ann || !('kubectl.kubernetes.io/last-applied-configuration' in ann)) return meta;
  const { 'kubectl.kubernetes.io/last-applied-configuration': _dropped, ...others } = ann;
  return { ...meta, annotations: others };
}
