// The training cluster serves every scenario at once, but each scenario was recorded in its own cluster: its
// pods ran on its nodes, and its scheduler counted only those ("0/3 nodes are available"). A world is the
// scenarios that share a namespace or a node, with the nodes they show; its namespaces and nodes carry the
// same WORLD_LABEL, and the scheduler places a pod of that namespace only on that world's nodes, so a fix
// lands where the scenario's pods run and a wrong fix is refused in the scenario's own words.
import type { KubeEvent, KubeObject, Pod } from '../k8s/index.js';
import type { Scenario } from '../scenario/index.js';
import { typeForObject } from './resources.js';

export const WORLD_LABEL = 'training.crashcourse.dev/world';

export interface World {
  /** The label value: the first of its scenarios' names, made a valid label value. */
  readonly name: string;
  readonly scenarios: readonly string[];
  readonly namespaces: ReadonlySet<string>;
  readonly nodes: ReadonlySet<string>;
}

/** The node names a scenario shows: its Node objects, where its pods run, and the hosts its events name. */
export function nodesOf(objects: readonly KubeObject[]): Set<string> {
  const out = new Set<string>();
  for (const o of objects) {
    if (o.kind === 'Node') out.add(o.metadata.name);
    if (o.kind === 'Pod' && (o as Pod).spec?.nodeName) out.add((o as Pod).spec.nodeName!);
    if (o.kind === 'Event') {
      const ev = o as KubeEvent;
      if (ev.involvedObject?.kind === 'Node' && ev.involvedObject.name) out.add(ev.involvedObject.name);
      if (ev.source?.host) out.add(ev.source.host);
    }
  }
  return out;
}

/** Namespaces a scenario's namespaced objects live in; events about a node (recorded in "default") do not count. */
function namespacesOf(objects: readonly KubeObject[]): Set<string> {
  const out = new Set<string>();
  for (const o of objects) {
    if (!typeForObject(o.apiVersion, o.kind)?.namespaced) continue;
    if (o.kind === 'Event' && (o as KubeEvent).involvedObject?.kind === 'Node') continue;
    out.add(o.metadata.namespace ?? 'default');
  }
  return out;
}

const labelValue = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '') || 'world';

/** Scenarios joined by shared namespaces or nodes (union-find), in name order. */
export function worldsOf(scenarios: readonly Scenario[]): World[] {
  const sorted = [...scenarios].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parent = sorted.map((_s, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  sorted.forEach((s, i) => {
    const keys = [...[...namespacesOf(s.objects)].map((n) => `ns/${n}`), ...[...nodesOf(s.objects)].map((n) => `node/${n}`)];
    for (const k of keys) {
      const other = owner.get(k);
      if (other === undefined) owner.set(k, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Scenario[]>();
  sorted.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  return [...groups.values()].map((group) => ({
    name: labelValue(group[0]!.name),
    scenarios: group.map((s) => s.name),
    namespaces: new Set(group.flatMap((s) => [...namespacesOf(s.objects)])),
    nodes: new Set(group.flatMap((s) => [...nodesOf(s.objects)])),
  }));
}

/** The object with the world label added, when it belongs to one. */
export function withWorldLabel<T extends KubeObject>(obj: T, world: string | undefined): T {
  if (!world) return obj;
  return { ...obj, metadata: { ...obj.metadata, labels: { ...(obj.metadata.labels ?? {}), [WORLD_LABEL]: world } } };
}
