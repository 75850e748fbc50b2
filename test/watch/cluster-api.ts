// Plain HTTP calls a test makes to the training cluster directly (not through the watcher's proxy).
import type { KubeEvent, Pod } from '../../src/k8s/index.js';

export async function api<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

export const diagnosedEvents = async (base: string): Promise<KubeEvent[]> =>
  (await api<{ items: KubeEvent[] }>(base, 'GET', '/api/v1/events')).items.filter((e) => e.reason === 'Diagnosed');

export const getPod = (base: string, ns: string, name: string): Promise<Pod> => api<Pod>(base, 'GET', `/api/v1/namespaces/${ns}/pods/${name}`);

/** Poll until `check` returns a value (not undefined), or fail after `ms` saying what we waited for. */
export async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A copy of `pod` as a ReplicaSet of deployment `deployment` with template hash `hash` would create it. */
export function replicaOf(pod: Pod, deployment: string, hash: string, suffix: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${deployment}-${hash}-${suffix}`,
      namespace: pod.metadata.namespace,
      labels: { ...pod.metadata.labels, 'pod-template-hash': hash },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${deployment}-${hash}`, uid: `rs-${deployment}-${hash}`, controller: true }],
    },
    spec: { ...pod.spec, nodeName: undefined },
  };
}
