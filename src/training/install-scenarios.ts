// Puts loaded scenarios into the store: every timestamp shifted by (start − recordedAt) so ages read as
// recorded, uids filled in (events keep pointing at their pod), namespaces and nodes that objects refer to
// created, and logs registered. Nothing from a scenario is ever executed.
import { randomUUID } from 'node:crypto';
import { userError } from '../i18n/user-error.js';
import type { KubeEvent, KubeObject, Pod } from '../k8s/index.js';
import type { Scenario } from '../scenario/index.js';
import { impliedObjects } from './implied-objects.js';
import type { LogBook } from './log-book.js';
import { typeForObject } from './resources.js';
import type { ObjectStore } from './store.js';
import { withWorldLabel, worldsOf, type World } from './worlds.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function shiftTime(text: string, delta: number): string {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return text;
  const iso = new Date(ms + delta).toISOString();
  const frac = /\.(\d+)/.exec(text)?.[1];
  if (!frac) return iso.replace(/\.\d{3}Z$/, 'Z');
  return iso.replace(/\.(\d{3})Z$/, (_m, millis: string) => `.${(millis + '0'.repeat(9)).slice(0, frac.length)}Z`);
}

export function shiftTimestamps<T>(value: T, delta: number): T {
  if (typeof value === 'string') return (RFC3339.test(value) ? shiftTime(value, delta) : value) as T;
  if (Array.isArray(value)) return value.map((v) => shiftTimestamps(v, delta)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = shiftTimestamps(v, delta);
    return out as T;
  }
  return value;
}

const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** `worlds`: of every scenario served (a reset installs a few but labels them as the whole cluster does). */
export function installScenarios(store: ObjectStore, logs: LogBook, scenarios: readonly Scenario[], start: number, worlds: readonly World[] = worldsOf(scenarios)): KubeEvent[] {
  const owner = new Map<string, string>();
  const objects: { storage: string; obj: KubeObject }[] = [];
  for (const s of scenarios) {
    const delta = start - s.recordedAt;
    for (const raw of s.objects) {
      const type = typeForObject(raw.apiVersion, raw.kind);
      if (!type || !type.storage) continue;
      const namespace = type.namespaced ? raw.metadata.namespace ?? 'default' : undefined;
      const id = `${type.kind}/${namespace ?? ''}/${raw.metadata.name}`;
      const claimed = owner.get(id);
      // Nodes and namespaces are shared ground: several scenarios may describe the same one; the first wins.
      if (claimed && !type.namespaced) continue;
      if (claimed && claimed !== s.dir) {
        throw userError('scenario.training.sameObject', { kind: type.kind, name: `${namespace ? `${namespace}/` : ''}${raw.metadata.name}`, a: claimed, b: s.dir });
      }
      owner.set(id, s.dir);
      const shifted = shiftTimestamps(raw, delta);
      objects.push({
        storage: type.storage,
        obj: { ...shifted, apiVersion: type.group ? `${type.group}/${type.version}` : type.version, kind: type.kind, metadata: { ...shifted.metadata, ...(namespace ? { namespace } : {}) } },
      });
    }
    for (const log of s.logs) {
      const run = runOf(s, log.namespace, log.pod, log.container, log.previous);
      const at = (t: string | undefined): number | undefined => (t && Date.parse(t) > 0 ? Date.parse(shiftTimestamps(t, delta)) : undefined);
      const runStart = at(run?.startedAt);
      const runEnd = at(run?.finishedAt);
      const clock = { shiftMs: delta, ...(runStart !== undefined ? { runStart } : {}), ...(runStart !== undefined && runEnd !== undefined ? { runEnd } : {}) };
      logs.set(log.namespace, log.pod, log.container, log.previous ? 'previous' : 'current', { path: log.path, size: log.size, ...(log.offset === undefined ? {} : { offset: log.offset }), clock });
    }
  }
  objects.push(...impliedObjects(objects, new Date(start - 30 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')));
  fillUids(objects);
  const namespaces = new Set(SYSTEM_NAMESPACES);
  const nodes = new Set<string>();
  for (const { storage, obj } of objects) {
    if (obj.metadata.namespace) namespaces.add(obj.metadata.namespace);
    if (storage === 'pods' && (obj as Pod).spec?.nodeName) nodes.add((obj as Pod).spec.nodeName!);
  }
  const stamp = new Date(start - 30 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const ns of namespaces) {
    if (!objects.some((o) => o.storage === 'namespaces' && o.obj.metadata.name === ns)) {
      objects.push({ storage: 'namespaces', obj: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, uid: randomUUID(), creationTimestamp: stamp, labels: { 'kubernetes.io/metadata.name': ns } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } } });
    }
  }
  if (!nodes.size && !objects.some((o) => o.storage === 'nodes')) nodes.add('training-node');
  let made = 0;
  for (const node of nodes) {
    if (!objects.some((o) => o.storage === 'nodes' && o.obj.metadata.name === node)) objects.push({ storage: 'nodes', obj: syntheticNode(node, stamp, `10.0.0.${10 + (made++ % 240)}`) });
  }
  const worldOfNamespace = new Map(worlds.flatMap((w) => [...w.namespaces].map((ns) => [ns, w.name] as const)));
  const worldOfNode = new Map(worlds.flatMap((w) => [...w.nodes].map((n) => [n, w.name] as const)));
  for (const { storage, obj } of objects) {
    const world = storage === 'namespaces' ? worldOfNamespace.get(obj.metadata.name) : storage === 'nodes' ? worldOfNode.get(obj.metadata.name) : undefined;
    store.put(storage, withWorldLabel(obj, world));
  }
  return objects.filter((o) => o.storage === 'events').map((o) => o.obj as KubeEvent);
}

/** The run a log file belongs to, as recorded: the last terminated one for a previous log, else the current one (a waiting container's current log is its last run's). */
function runOf(s: Scenario, ns: string, name: string, container: string, previous: boolean): { startedAt?: string; finishedAt?: string } | undefined {
  const pod = s.objects.find((o) => o.kind === 'Pod' && (o.metadata.namespace ?? 'default') === ns && o.metadata.name === name) as Pod | undefined;
  const cs = [...(pod?.status?.containerStatuses ?? []), ...(pod?.status?.initContainerStatuses ?? [])].find((c) => c.name === container);
  const last = cs?.lastState?.terminated;
  if (previous) return last;
  return cs?.state?.running ?? cs?.state?.terminated ?? last;
}

/** Pods without a uid adopt the one their events name (describe matches events by uid), else get a fresh one. */
function fillUids(objects: { storage: string; obj: KubeObject }[]): void {
  const eventUid = new Map<string, string>();
  for (const { storage, obj } of objects) {
    const ref = (obj as KubeEvent).involvedObject;
    if (storage === 'events' && ref?.uid && ref.name) eventUid.set(`${ref.kind}/${ref.namespace ?? 'default'}/${ref.name}`, ref.uid);
  }
  const uidOf = new Map<string, string>();
  for (const o of objects) {
    const k = `${o.obj.kind}/${o.obj.metadata.namespace ?? 'default'}/${o.obj.metadata.name}`;
    const uid = o.obj.metadata.uid ?? eventUid.get(k) ?? randomUUID();
    uidOf.set(k, uid);
    if (!o.obj.metadata.uid) o.obj = { ...o.obj, metadata: { ...o.obj.metadata, uid } };
  }
  for (const o of objects) {
    const ev = o.obj as KubeEvent;
    if (o.storage !== 'events' || !ev.involvedObject || ev.involvedObject.uid) continue;
    const uid = uidOf.get(`${ev.involvedObject.kind}/${ev.involvedObject.namespace ?? 'default'}/${ev.involvedObject.name}`);
    if (uid) o.obj = { ...ev, involvedObject: { ...ev.involvedObject, uid } };
  }
}

/** A node a scenario's pods name but do not describe; `address` keeps each one's InternalIP its own. */
export function syntheticNode(name: string, created: string, address = '10.0.0.10'): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, uid: randomUUID(), creationTimestamp: created, labels: { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64' } },
    spec: {},
    status: {
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: created, lastTransitionTime: created }],
      addresses: [{ type: 'InternalIP', address }, { type: 'Hostname', address: name }],
      capacity: { cpu: '4', memory: '16Gi', pods: '110' },
      allocatable: { cpu: '4', memory: '16Gi', pods: '110' },
      nodeInfo: { architecture: 'amd64', operatingSystem: 'linux', osImage: 'Ubuntu 22.04.4 LTS', kubeletVersion: 'v1.32.4', containerRuntimeVersion: 'containerd://1.7.22', kernelVersion: '6.8.0' },
    },
  };
}
