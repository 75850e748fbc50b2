// Endpoints follow the pods a Service selects: ready pods' IPs in addresses, the rest in notReadyAddresses,
// with the Service's ports (targetPort when numeric) — what `kubectl get endpoints` and describe show.
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { isPodReady, isTerminating } from './owned.js';
import { servicePods, serviceSpec, targetPort } from './service-pods.js';

export function reconcileEndpoints(state: ClusterState, svc: KubeObject): void {
  const selected = servicePods(state, svc);
  if (!selected) return;
  const spec = serviceSpec(svc);
  const ns = svc.metadata.namespace ?? 'default';
  const pods = selected.filter((p) => !isTerminating(p));
  const address = (p: Pod) => ({ ip: p.status!.podIP!, ...(p.spec.nodeName ? { nodeName: p.spec.nodeName } : {}), targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid } });
  const ready = pods.filter(isPodReady).map(address);
  const notReady = pods.filter((p) => !isPodReady(p)).map(address);
  const ports = (spec.ports ?? []).map((p) => ({ ...(p.name ? { name: p.name } : {}), port: targetPort(p), protocol: p.protocol ?? 'TCP' }));
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
