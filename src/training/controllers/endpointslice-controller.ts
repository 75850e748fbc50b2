// EndpointSlices (discovery.k8s.io/v1) follow the pods a Service selects, as the endpointslice controller
// keeps them: one IPv4 slice per Service, every selected pod with an IP as an endpoint whose conditions say
// ready / serving / terminating, the node and its zone, and the Service's target ports. A Service with no
// such pod keeps an empty slice, which kubectl prints as ENDPOINTS <unset>. A slice is dated with its Service,
// which is when the controller made it, so a recorded scenario's slices are as old as its Services.
import { createHash } from 'node:crypto';
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { isPodReady, isTerminating, ownerRef } from './owned.js';
import { servicePods, serviceSpec, targetPort } from './service-pods.js';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const CONTROLLER = 'endpointslice-controller.k8s.io';
const ZONE = 'topology.kubernetes.io/zone';

const nowText = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A generateName-style suffix, fixed per Service so a restarted cluster names its slices the same. */
function suffixFor(svc: KubeObject): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const digest = createHash('sha256').update(`${svc.metadata.namespace}/${svc.metadata.name}/${svc.metadata.uid ?? ''}`).digest();
  return [...digest.subarray(0, 5)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** The slices this controller keeps for a Service (normally one). */
export function slicesOf(state: ClusterState, ns: string, service: string): KubeObject[] {
  const out: KubeObject[] = [];
  for (const e of state.store.all('endpointslices')) {
    const l = e.obj.metadata.labels ?? {};
    if (e.obj.metadata.namespace === ns && l[SERVICE_NAME_LABEL] === service && l[MANAGED_BY] === CONTROLLER) out.push(e.obj);
  }
  return out;
}

function endpoint(state: ClusterState, ns: string, p: Pod): Record<string, unknown> {
  const zone = p.spec.nodeName ? state.store.get('nodes', undefined, p.spec.nodeName)?.obj.metadata.labels?.[ZONE] : undefined;
  const ready = isPodReady(p);
  return {
    addresses: [p.status!.podIP!],
    // serving is readiness regardless of termination; ready is never true for a terminating pod.
    conditions: { ready, serving: (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'), terminating: isTerminating(p) },
    ...(p.spec.nodeName ? { nodeName: p.spec.nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid },
    ...(zone ? { zone } : {}),
  };
}

export function reconcileEndpointSlice(state: ClusterState, svc: KubeObject): void {
  const pods = servicePods(state, svc);
  const ns = svc.metadata.namespace ?? 'default';
  const existing = slicesOf(state, ns, svc.metadata.name);
  if (!pods) {
    // A Service without a selector has its slices written by whoever manages it, not by this controller.
    for (const s of existing) state.store.remove('endpointslices', ns, s.metadata.name);
    return;
  }
  const [current, ...extra] = existing;
  for (const s of extra) state.store.remove('endpointslices', ns, s.metadata.name);
  const endpoints = pods.map((p) => endpoint(state, ns, p));
  const ports = (serviceSpec(svc).ports ?? []).map((p) => ({ name: p.name ?? '', port: targetPort(p), protocol: p.protocol ?? 'TCP' }));
  const strip = (v: unknown): string => canonicalJson(JSON.parse(JSON.stringify(v ?? null), (k, x) => (k === 'uid' ? undefined : x)));
  if (current && strip(current['endpoints'] ?? []) === strip(endpoints) && strip(current['ports']) === strip(ports)) return;
  state.store.put('endpointslices', {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      ...(current?.metadata ?? { name: `${svc.metadata.name}-${suffixFor(svc)}`, generateName: `${svc.metadata.name}-`, creationTimestamp: svc.metadata.creationTimestamp ?? nowText(), generation: 0 }),
      namespace: ns,
      labels: { ...(svc.metadata.labels ?? {}), [SERVICE_NAME_LABEL]: svc.metadata.name, [MANAGED_BY]: CONTROLLER },
      annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': nowText() },
      ownerReferences: [{ ...ownerRef({ ...svc, apiVersion: 'v1', kind: 'Service' }) }],
      generation: Number(current?.metadata.generation ?? 0) + 1,
    },
    addressType: 'IPv4',
    // A live apiserver writes `endpoints: null` for none; clients read an absent list the same way.
    ...(endpoints.length ? { endpoints } : {}),
    ports,
  });
}
