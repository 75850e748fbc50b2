// The pods a Service selects (same namespace, every selector label matching, an IP assigned), by name: what
// both the Endpoints and the EndpointSlice controllers publish.
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';

export interface ServicePort {
  readonly name?: string;
  readonly port: number;
  readonly targetPort?: number | string;
  readonly protocol?: string;
}

export interface ServiceSpec {
  readonly selector?: Record<string, string>;
  readonly ports?: readonly ServicePort[];
}

export const serviceSpec = (svc: KubeObject): ServiceSpec => (svc['spec'] ?? {}) as ServiceSpec;

/** The Service's pods with an IP, terminating ones included; undefined for a Service without a selector. */
export function servicePods(state: ClusterState, svc: KubeObject): Pod[] | undefined {
  const selector = serviceSpec(svc).selector;
  if (!selector || !Object.keys(selector).length) return undefined;
  const ns = svc.metadata.namespace ?? 'default';
  const pods: Pod[] = [];
  for (const e of state.store.all('pods')) {
    const p = e.obj as Pod;
    if ((p.metadata.namespace ?? 'default') !== ns || !p.status?.podIP) continue;
    if (Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v)) pods.push(p);
  }
  return pods.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

/** The port a Service's traffic reaches on the pod: a numeric targetPort, else the Service port. */
export const targetPort = (p: ServicePort): number => (typeof p.targetPort === 'number' ? p.targetPort : p.port);
