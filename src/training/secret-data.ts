// The apiserver folds a Secret's write-only stringData into data (base64; stringData wins on a shared key)
// and never stores or returns stringData: readers (kubectl, the kubelet's envFrom) see only data.
import type { KubeObject } from '../k8s/index.js';

export function foldStringData<T extends KubeObject>(storage: string, obj: T): T {
  const stringData = obj['stringData'] as Record<string, unknown> | undefined;
  if (storage !== 'secrets' || !stringData || typeof stringData !== 'object') return obj;
  const data = { ...((obj['data'] ?? {}) as Record<string, string>) };
  for (const [k, v] of Object.entries(stringData)) data[k] = Buffer.from(String(v), 'utf8').toString('base64');
  const { stringData: _dropped, ...rest } = obj as Record<string, unknown>;
  return { ...rest, data } as unknown as T;
}
