// What the apiserver's Service REST storage does on create: a ClusterIP from the service range and a nodePort from
// 30000–32767 for each port of a NodePort/LoadBalancer Service, neither ever given to two Services at once. A
// client that names its own address or port gets it only when it is free and in range (422 otherwise, as the
// allocators answer). ExternalName and headless (`clusterIP: None`) Services get no address.
import type { KubeObject } from '../k8s/index.js';
import { invalid } from './api-status.js';
import type { ObjectStore } from './store.js';

/** kube-apiserver's default --service-cluster-ip-range; 10.96.0.1 is the `kubernetes` Service's, 10.96.0.10 DNS's. */
const RANGE_BASE = (10 << 24) | (96 << 16);
const RANGE_SIZE = 1 << 20;
const RESERVED = new Set(['10.96.0.1', '10.96.0.10']);
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

interface ServicePort { port?: number; nodePort?: number; protocol?: string; targetPort?: number | string; [k: string]: unknown }
interface ServiceSpec { type?: string; clusterIP?: string; clusterIPs?: string[]; ports?: ServicePort[]; [k: string]: unknown }

const ipText = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

function ipNumber(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function inUse(store: ObjectStore, self?: KubeObject): { ips: Set<string>; ports: Set<number> } {
  const ips = new Set(RESERVED);
  const ports = new Set<number>();
  for (const { obj } of store.all('services')) {
    if (self && obj.metadata.namespace === self.metadata.namespace && obj.metadata.name === self.metadata.name) continue;
    const spec = (obj['spec'] ?? {}) as ServiceSpec;
    for (const ip of [spec.clusterIP, ...(spec.clusterIPs ?? [])]) if (ip && ip !== 'None') ips.add(ip);
    for (const p of spec.ports ?? []) if (p.nodePort) ports.add(p.nodePort);
  }
  return { ips, ports };
}

/** Random like the apiserver's allocator (so addresses do not hint at creation order), retried until free. */
function pick<T>(draw: () => T, taken: (v: T) => boolean, tries: number): T | undefined {
  for (let i = 0; i < tries; i++) {
    const v = draw();
    if (!taken(v)) return v;
  }
  return undefined;
}

/** The Service as stored: addresses and nodePorts allocated, what the apiserver defaults on every port filled. */
export function allocateServiceAddresses(store: ObjectStore, svc: KubeObject, self?: KubeObject): KubeObject {
  const spec: ServiceSpec = { ...((svc['spec'] ?? {}) as ServiceSpec) };
  const name = svc.metadata.name;
  const type = spec.type ?? 'ClusterIP';
  const { ips, ports } = inUse(store, self);
  const result: ServiceSpec = { ...spec, type, sessionAffinity: spec['sessionAffinity'] ?? 'None' };
  if (type !== 'ExternalName') {
    const asked = spec.clusterIP || spec.clusterIPs?.[0] || '';
    let ip = asked;
    const selfSpec = (self?.['spec'] ?? {}) as ServiceSpec;
    // An address a Service already holds stays valid (a scenario recorded on another cluster's range).
    if (asked && asked !== 'None' && asked !== selfSpec.clusterIP) {
      const n = ipNumber(asked);
      if (n === undefined || n < RANGE_BASE || n >= RANGE_BASE + RANGE_SIZE) {
        throw invalid('Service', '', name, 'spec.clusterIPs', asked, `failed to allocate IP ${asked}: provided IP is not in the valid range. The range of valid IPs is 10.96.0.0/12`);
      }
      if (ips.has(asked)) throw invalid('Service', '', name, 'spec.clusterIPs', asked, `failed to allocate IP ${asked}: provided IP is already allocated`);
    } else if (!asked) {
      ip = pick(() => ipText(RANGE_BASE + 1 + Math.floor(Math.random() * (RANGE_SIZE - 2))), (v) => ips.has(v), 1000) ?? '';
      if (!ip) throw invalid('Service', '', name, 'spec.clusterIPs', '', 'failed to allocate a serviceIP: range is full');
    }
    Object.assign(result, { clusterIP: ip, clusterIPs: [ip], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: spec['internalTrafficPolicy'] ?? 'Cluster' });
  }
  const wantsNodePorts = type === 'NodePort' || type === 'LoadBalancer';
  const given = new Set<number>();
  result.ports = (spec.ports ?? []).map((p, i) => {
    const port: ServicePort = { protocol: 'TCP', ...p, targetPort: p.targetPort ?? p.port };
    if (!wantsNodePorts) return port;
    const held = ((self?.['spec'] ?? {}) as ServiceSpec).ports?.some((b) => b.nodePort === p.nodePort);
    if (p.nodePort) {
      if (!held && (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX)) {
        throw invalid('Service', '', name, `spec.ports[${i}].nodePort`, String(p.nodePort), `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`);
      }
      if (ports.has(p.nodePort) || given.has(p.nodePort)) throw invalid('Service', '', name, `spec.ports[${i}].nodePort`, String(p.nodePort), 'provided port is already allocated');
      given.add(p.nodePort);
      return port;
    }
    const span = NODE_PORT_MAX - NODE_PORT_MIN + 1;
    const nodePort = pick(() => NODE_PORT_MIN + Math.floor(Math.random() * span), (v) => ports.has(v) || given.has(v), 10_000);
    if (nodePort === undefined) throw invalid('Service', '', name, `spec.ports[${i}].nodePort`, '', 'range is full');
    given.add(nodePort);
    return { ...port, nodePort };
  });
  if (type === 'NodePort' || type === 'LoadBalancer') result['externalTrafficPolicy'] = spec['externalTrafficPolicy'] ?? 'Cluster';
  return { ...svc, spec: result, ...(self ? {} : { status: { loadBalancer: {} } }) } as KubeObject;
}

/**
 * An update keeps what was allocated (a replace without clusterIP or nodePort keeps them, as the apiserver's
 * patchAllocatedValues does), refuses a changed ClusterIP, and allocates node ports for a Service that became
 * NodePort or LoadBalancer; one that became ClusterIP gives its node ports back.
 */
export function reallocateServiceAddresses(store: ObjectStore, old: KubeObject, next: KubeObject): KubeObject {
  const before = (old['spec'] ?? {}) as ServiceSpec;
  const spec: ServiceSpec = { ...((next['spec'] ?? {}) as ServiceSpec) };
  const type = spec.type ?? 'ClusterIP';
  if (type !== 'ExternalName' && before.clusterIP) {
    const asked = spec.clusterIP || spec.clusterIPs?.[0] || '';
    if (asked && asked !== before.clusterIP) {
      throw invalid('Service', '', old.metadata.name, 'spec.clusterIPs[0]', asked, 'may not change once set');
    }
    Object.assign(spec, { clusterIP: before.clusterIP, clusterIPs: before.clusterIPs ?? [before.clusterIP] });
  }
  const keepsNodePorts = type === 'NodePort' || type === 'LoadBalancer';
  spec.ports = (spec.ports ?? []).map((p) => {
    const { nodePort, ...rest } = p;
    if (!keepsNodePorts) return rest;
    if (nodePort) return p;
    const was = before.ports?.find((b) => b.port === p.port && (b.protocol ?? 'TCP') === (p.protocol ?? 'TCP'))?.nodePort;
    return was ? { ...p, nodePort: was } : rest;
  });
  return allocateServiceAddresses(store, { ...next, spec } as KubeObject, old);
}
