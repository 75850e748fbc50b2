// The live scheduler keeps to a scenario's world: a pod created in the ml namespace is placed on, or refused by,
// the three nodes the scenario shows ("0/3 nodes are available"), never on another scenario's nodes; a
// namespace no scenario uses is scheduled over the whole cluster.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeEvent, Pod } from '../../src/k8s/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
beforeAll(async () => {
  cluster = await startTrainingCluster({ port: 0, speed: 100, scenarios: ['unschedulable-insufficient-memory', 'configmap-not-found'].map((s) => join(builtinScenariosDir(), s)) });
});
afterAll(async () => cluster?.close());

const api = (path: string, init?: RequestInit): Promise<Response> => fetch(`${cluster.url}${path}`, init);
async function create(ns: string, name: string, memory: string): Promise<void> {
  const body = { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'registry.example.com/ml/feature-store:0.8.1', resources: { requests: { memory } } }] } };
  expect((await api(`/api/v1/namespaces/${ns}/pods`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status).toBe(201);
}
async function settled<T>(read: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('not settled');
}
const nodeOf = (ns: string, name: string) => settled(async () => ((await (await api(`/api/v1/namespaces/${ns}/pods/${name}`)).json()) as Pod).spec.nodeName);
const refusal = (ns: string, name: string) =>
  settled(async () => ((await (await api(`/api/v1/namespaces/${ns}/events?fieldSelector=${encodeURIComponent(`involvedObject.name=${name}`)}`)).json()) as { items: KubeEvent[] }).items.find((e) => e.reason === 'FailedScheduling')?.message);

describe('scheduling within a world', () => {
  it('counts and places within the scenario\'s own nodes', async () => {
    await create('ml', 'too-big', '48Gi');
    expect(await refusal('ml', 'too-big')).toBe('0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.');
    await create('ml', 'fits', '1Gi');
    expect(await nodeOf('ml', 'fits')).toMatch(/^ip-10-30-\d+-\d+\.us-west-2\.compute\.internal$/);
    await create('payments', 'fits', '1Gi');
    expect(await nodeOf('payments', 'fits')).toMatch(/\.eu-west-1\.compute\.internal$/);
  });

  it('schedules a namespace no scenario uses over every node', async () => {
    expect((await api('/api/v1/namespaces', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ metadata: { name: 'sandbox' } }) })).status).toBe(201);
    await create('sandbox', 'too-big', '64Gi');
    const all = ((await (await api('/api/v1/nodes')).json()) as { items: unknown[] }).items.length;
    expect(all).toBe(4);
    expect(await refusal('sandbox', 'too-big')).toMatch(new RegExp(`^0/${all} nodes are available: ${all} Insufficient memory\\.`));
  });
});
