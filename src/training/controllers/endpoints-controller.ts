// Endpoints follow the pods a Service selects: ready pods' IPs in addresses, the rest in notReadyAddresses,
// with the Service's ports (targetPort when numeric) — what `kubectl get endpoints` and describe show.
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { isPodReady, isTerminating } from './owned.js';

interface ServiceSpec {
  selector?: Record<string, string>;
  ports?: { name?: string; port: number; targetPort?: number | string; protocol?: string }[];
}

export function reconcileEndpoints(state: ClusterState, svc: KubeObject): void {
  const spec = (svc['spec'] ?? {}) as ServiceSpec;
  const selector = spec.selector;
  if (!selector || !Object.keys(selector).length) return;
  const ns = svc.metadata.namespace ?? 'default';
  const pods: Pod[] = [];
  for (const e of state.store.all('pods')) {
    const p = e.obj as Pod;
    if ((p.metadata.namespace ?? 'default') !== ns || isTerminating(p) || !p.status?.podIP) continue;
    if (Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v)) pods.push(p);
  }
  pods.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  const address = (p: Pod) => ({ ip: p.status!.podIP!, ...(p.spec.nodeName ? { nodeName: p.spec.nodeName } : {}), targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid } });
  const ready = pods.filter(isPodReady).map(address);
  const notReady = pods.filter((p) => !isPodReady(p)).map(address);
  const ports = (spec.ports ?? []).map((p) => ({ ...(p.name ? { name: p.name } : {}), port: typeof p.targetPort === 'number' ? p.targetPort : p.port, protocol: p.protocol ?? 'TCP' }));
  const subsets = ready.length || notReady.length ? [{ ...(ready.length ? { addresses: ready } : {}), ...(notReady.length ? { notReadyAddresses: notReady } : {}), ports }] : [];
  const current = state.store.get('endpoints', ns, svc.metadata.name)?.obj;
  const strip = (v: unknown): string => canonicalJson(JSON.parse(JSON.stringify(v ?? []), (k, x) => (k === 'uid' ? undefined : x)));
  if (current && strip(current['subsets']) === strip(subsets)) return;
  state.store.put('endpoints', {
    apiVersion: 'v1',
    kind: 'Endpoints',
    ...(current ?? {}),
    metadata: { ...(current?.metadata ?? { creationTimestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') }), name: svc.metadata.name, namespace: ns, labels: svc.metadata.labels ?? {} },
    subsets,
  });
}
