// The pod-template-hash a Deployment gives each ReplicaSet: a stable hash of the template (FNV-1a over its
// canonical JSON), spelled with the apiserver's "safe" alphabet, so equal templates share one ReplicaSet.
import { canonicalJson } from '../patch/index.js';

const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

export function templateHash(template: unknown): string {
  let h = 0x811c9dc5;
  const text = canonicalJson(template);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let out = '';
  let v = h;
  for (let i = 0; i < 10; i++) {
    out += SAFE[v % SAFE.length];
    v = Math.floor(v / SAFE.length) || (h >>> (i + 1)) + i;
  }
  return out;
}

/** The template as the Deployment wrote it: the ReplicaSet's copy minus the hash label. */
export function withoutHashLabel(template: Record<string, unknown> | undefined): unknown {
  if (!template) return {};
  const meta = (template['metadata'] ?? {}) as { labels?: Record<string, string> };
  const { 'pod-template-hash': _h, ...labels } = meta.labels ?? {};
  const metadata: Record<string, unknown> = { ...meta, labels };
  delete metadata['creationTimestamp'];
  if (!Object.keys(labels).length) delete metadata['labels'];
  return { ...template, metadata };
}
