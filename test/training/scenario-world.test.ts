// Every built-in scenario, served by the training cluster, is a coherent world: its nodes are one fleet and
// explain its scheduler messages, its events agree with its restart counts and back-off, and the times in its
// logs fall within the run that wrote them (`kubectl logs --timestamps`, `--since` and `--previous` agree with
// the container statuses). A new scenario that breaks one of these fails here, naming what is wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { KubeEvent, Pod } from '../../src/k8s/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { findTimes } from '../../src/training/log-clock.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { WORLD_LABEL, worldsOf } from '../../src/training/worlds.js';
import { worldProblems, type NodeObj, type WorldView } from './world-invariants.js';

let cluster: TrainingCluster;
let started: number;

beforeAll(async () => {
  cluster = await startTrainingCluster({ port: 0, static: true });
  started = Date.now();
});

afterAll(async () => {
  await cluster?.close();
});

const get = async <T>(path: string): Promise<T> => (await (await fetch(`${cluster.url}${path}`)).json()) as T;

async function worlds(): Promise<WorldView[]> {
  const [nodes, namespaces, pods, events] = await Promise.all([
    get<{ items: NodeObj[] }>('/api/v1/nodes'),
    get<{ items: { metadata: { name: string; labels?: Record<string, string> } }[] }>('/api/v1/namespaces'),
    get<{ items: Pod[] }>('/api/v1/pods'),
    get<{ items: KubeEvent[] }>('/api/v1/events'),
  ]);
  const names = [...new Set(nodes.items.map((n) => n.metadata.labels?.[WORLD_LABEL] ?? ''))];
  return names.map((name) => {
    const inWorld = new Set(namespaces.items.filter((ns) => ns.metadata.labels?.[WORLD_LABEL] === name).map((ns) => ns.metadata.name));
    const worldNodes = nodes.items.filter((n) => (n.metadata.labels?.[WORLD_LABEL] ?? '') === name);
    const nodeNames = new Set(worldNodes.map((n) => n.metadata.name));
    const members = worldsOf(cluster.scenarios).find((w) => w.name === name)?.scenarios ?? [];
    const mixedFleet = cluster.scenarios.some((s) => members.includes(s.name) && s.meta['mixedFleet'] === true);
    return {
      name: name || '(no world)',
      nodes: worldNodes,
      pods: pods.items.filter((p) => inWorld.has(p.metadata.namespace ?? 'default')),
      events: events.items.filter((e) => (e.involvedObject.kind === 'Node' ? nodeNames.has(e.involvedObject.name ?? '') : inWorld.has(e.metadata.namespace ?? 'default'))),
      now: started,
      mixedFleet,
    };
  });
}

interface Run { startedAt?: string; finishedAt?: string }

/** What is wrong with one container's log as served: stamps and the log's own times outside the run, --since disagreeing. */
async function logProblems(pod: Pod, container: string, previous: boolean, run: Run): Promise<string[]> {
  const where = `${pod.metadata.namespace}/${pod.metadata.name}/${container}${previous ? ' --previous' : ''}`;
  const base = `/api/v1/namespaces/${pod.metadata.namespace}/pods/${pod.metadata.name}/log?container=${container}${previous ? '&previous=true' : ''}`;
  const res = await fetch(`${cluster.url}${base}&timestamps=true`);
  if (!res.ok) return [`${where}: ${res.status} ${await res.text()}`];
  const text = Buffer.from(await res.arrayBuffer()).toString('latin1');
  const lines = text.split('\n').filter((l) => l.length);
  const from = Date.parse(run.startedAt ?? '');
  const to = run.finishedAt ? Date.parse(run.finishedAt) + 999 : Date.now();
  const problems: string[] = [];
  const stamps: number[] = [];
  for (const line of lines) {
    const stamp = Date.parse(line.slice(0, line.indexOf(' ')));
    stamps.push(stamp);
    if (!(stamp >= from && stamp <= to)) problems.push(`${where}: stamp ${line.slice(0, 30)} outside ${run.startedAt} … ${run.finishedAt ?? 'now'}`);
    for (const t of findTimes(line.slice(line.indexOf(' ') + 1), from)) {
      if (!(t.ms >= from && t.ms <= to)) problems.push(`${where}: the line's own time ${new Date(t.ms).toISOString()} outside ${run.startedAt} … ${run.finishedAt ?? 'now'}: ${line.slice(31, 120)}`);
    }
  }
  if (stamps.length > 1) {
    const cut = stamps[Math.floor(stamps.length / 2)]!;
    const since = Math.ceil((Date.now() - cut) / 1000);
    const before = Date.now();
    const partial = (await (await fetch(`${cluster.url}${base}&timestamps=true&sinceSeconds=${since}`)).text()).split('\n').filter((l) => l.length);
    const after = Date.now();
    // The server's now lies between the two readings; the lines it keeps are those stamped after now − since.
    const most = stamps.filter((s) => s >= before - since * 1000).length;
    const least = stamps.filter((s) => s >= after - since * 1000).length;
    if (partial.length < least || partial.length > most) problems.push(`${where}: --since=${since}s gave ${partial.length} lines, the stamps say ${least}…${most}`);
  }
  return problems;
}

describe('every built-in scenario is a coherent world in the training cluster', () => {
  it('serves one world per group of scenarios sharing namespaces or nodes, and every node belongs to one', async () => {
    const all = await worlds();
    expect(all.map((w) => w.name)).not.toContain('(no world)');
    expect(all.length).toBeGreaterThan(10);
  });

  it('nodes of one fleet that explain the scheduler, events that name them, counts and times that fit the restarts', async () => {
    const problems = (await worlds()).flatMap(worldProblems);
    expect(problems).toEqual([]);
  });

  it('the --synthetic-pods fleet is a world of its own that explains its Pending pods', async () => {
    const big = await startTrainingCluster({ port: 0, static: true, syntheticPods: 300, scenarios: [join(builtinScenariosDir(), 'unknown-flag')] });
    try {
      const read = async <T>(path: string): Promise<T> => (await (await fetch(`${big.url}${path}`)).json()) as T;
      const nodes = (await read<{ items: NodeObj[] }>('/api/v1/nodes')).items.filter((n) => n.metadata.labels?.[WORLD_LABEL] === 'synthetic');
      const pods = (await read<{ items: Pod[] }>('/api/v1/pods')).items.filter((p) => p.metadata.namespace?.startsWith('synthetic-'));
      const events = (await read<{ items: KubeEvent[] }>('/api/v1/events')).items.filter((e) => e.metadata.namespace?.startsWith('synthetic-'));
      expect(events.some((e) => e.reason === 'FailedScheduling')).toBe(true);
      expect(worldProblems({ name: 'synthetic', nodes, pods, events, now: Date.now() })).toEqual([]);
    } finally {
      await big.close();
    }
  });

  it('node addresses are unique across the cluster', async () => {
    const nodes = (await get<{ items: NodeObj[] }>('/api/v1/nodes')).items;
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const n of nodes) {
      for (const a of n.status?.addresses ?? []) {
        if (a.type !== 'InternalIP') continue;
        const other = seen.get(a.address);
        if (other) dup.push(`${a.address}: ${other} and ${n.metadata.name}`);
        seen.set(a.address, n.metadata.name);
      }
    }
    expect(dup).toEqual([]);
  });

  it('log lines and the times in them fall within their run; --previous exists exactly when a run terminated; --since agrees', async () => {
    const pods = (await get<{ items: Pod[] }>('/api/v1/pods')).items;
    const problems: string[] = [];
    const logged = new Set(cluster.scenarios.flatMap((s) => s.logs.map((l) => `${l.namespace}/${l.pod}/${l.container}/${l.previous}`)));
    for (const pod of pods) {
      for (const cs of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
        const key = `${pod.metadata.namespace}/${pod.metadata.name}/${cs.name}`;
        const last = cs.lastState?.terminated;
        if (logged.has(`${key}/true`) && !last) problems.push(`${key}: a previous log but no terminated run to show it`);
        if (last && logged.has(`${key}/true`)) problems.push(...(await logProblems(pod, cs.name, true, last)));
        const current = cs.state?.running ?? cs.state?.terminated ?? (cs.state?.waiting && last ? last : undefined);
        if (current && logged.has(`${key}/false`)) problems.push(...(await logProblems(pod, cs.name, false, current)));
        if (!last) {
          const refused = await fetch(`${cluster.url}/api/v1/namespaces/${pod.metadata.namespace}/pods/${pod.metadata.name}/log?container=${cs.name}&previous=true`);
          if (refused.status !== 400) problems.push(`${key}: --previous answered ${refused.status} without a terminated run`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
