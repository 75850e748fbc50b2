import { ApiException, CoreV1Api, KubeConfig, type V1Status } from '@kubernetes/client-node';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { writeDrillScenario } from './fixture-scenario.js';

let cluster: TrainingCluster;
let core: CoreV1Api;
let drillDir: string;

async function apiError(p: Promise<unknown>): Promise<{ code: number; status: V1Status }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiException) return { code: e.code, status: JSON.parse(e.body as string) as V1Status };
    throw e;
  }
  throw new Error('expected the request to fail');
}

beforeAll(async () => {
  drillDir = await writeDrillScenario();
  cluster = await startTrainingCluster({ scenarios: [drillDir], port: 0, static: true, syntheticPods: 1200, forbid: ['get:pods/log', 'delete:configmaps'], quiet: true });
  const kc = new KubeConfig();
  kc.loadFromString(cluster.kubeconfig);
  core = kc.makeApiClient(CoreV1Api);
});

afterAll(async () => {
  await cluster?.close();
  await rm(drillDir, { recursive: true, force: true });
});

describe('the training cluster read with client-node', () => {
  it('serves a scenario pod with its timestamps shifted so its age reads as recorded', async () => {
    const pod = await core.readNamespacedPod({ name: 'crasher', namespace: 'drill' });
    expect(pod.status?.containerStatuses?.[0]?.lastState?.terminated?.exitCode).toBe(3);
    const finished = pod.status!.containerStatuses![0]!.lastState!.terminated!.finishedAt!.getTime();
    // recordedAt is the last crash; after shifting, it happened "just now".
    expect(Math.abs(Date.now() - finished)).toBeLessThan(60_000);
    expect(pod.metadata?.resourceVersion).toMatch(/^\d+$/);
  });

  it('filters events by involvedObject and type with =, == and !=', async () => {
    const all = await core.listNamespacedEvent({ namespace: 'drill', fieldSelector: 'involvedObject.name=crasher' });
    expect(all.items.map((e) => e.reason).sort()).toEqual(['BackOff', 'Scheduled']);
    const warnings = await core.listNamespacedEvent({ namespace: 'drill', fieldSelector: 'involvedObject.name==crasher,type!=Normal' });
    expect(warnings.items.map((e) => e.reason)).toEqual(['BackOff']);
    const byUid = await core.listNamespacedEvent({ namespace: 'drill', fieldSelector: `involvedObject.uid=${(await core.readNamespacedPod({ name: 'crasher', namespace: 'drill' })).metadata!.uid}` });
    expect(byUid.items).toHaveLength(2);
  });

  it('rejects an unsupported field selector with a 400 rather than an empty list', async () => {
    const { code, status } = await apiError(core.listNamespacedPod({ namespace: 'drill', fieldSelector: 'spec.bogus=1' }));
    expect(code).toBe(400);
    expect(status.message).toContain('field label not supported: spec.bogus');
  });

  it('filters pods by label selector set operators', async () => {
    const names = async (labelSelector: string) => (await core.listNamespacedPod({ namespace: 'drill', labelSelector })).items.map((p) => p.metadata!.name);
    expect(await names('app in (crasher, nope)')).toEqual(['crasher']);
    expect(await names('app notin (crasher),tier')).toEqual(['sidecars']);
    expect(await names('!tier')).toEqual([]);
    expect(await names('app!=crasher')).toEqual(['sidecars']);
  });

  it('pages across more than a thousand pods with limit and continue, each pod exactly once', async () => {
    const seen = new Set<string>();
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await core.listPodForAllNamespaces({ limit: 250, ...(token ? { _continue: token } : {}) });
      for (const p of page.items) seen.add(`${p.metadata!.namespace}/${p.metadata!.name}`);
      if (page.metadata?._continue) expect(page.metadata.remainingItemCount).toBeGreaterThan(0);
      token = page.metadata?._continue;
      pages++;
    } while (token);
    expect(seen.size).toBe(cluster.podCount);
    expect(seen.size).toBeGreaterThan(1200);
    expect(pages).toBe(Math.ceil(cluster.podCount / 250));
  });

  it('lists a namespace of synthetic pods by phase', async () => {
    const pending = await core.listNamespacedPod({ namespace: 'synthetic-07', fieldSelector: 'status.phase=Pending' });
    const all = await core.listNamespacedPod({ namespace: 'synthetic-07' });
    expect(all.items.length).toBeGreaterThan(pending.items.length);
    for (const p of pending.items) expect(p.status?.phase).toBe('Pending');
  });
});

describe('the training cluster answers errors in the apiserver Status shape', () => {
  it('404s a missing pod', async () => {
    const { code, status } = await apiError(core.readNamespacedPod({ name: 'nope', namespace: 'drill' }));
    expect(code).toBe(404);
    expect(status).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'NotFound', message: 'pods "nope" not found', details: { name: 'nope', kind: 'pods' } });
  });

  it('403s what --forbid denies, naming the user, verb, resource and namespace', async () => {
    const { code, status } = await apiError(core.readNamespacedPodLog({ name: 'crasher', namespace: 'drill' }));
    expect(code).toBe(403);
    expect(status.message).toBe('pods "crasher" is forbidden: User "trainee" cannot get resource "pods/log" in API group "" in the namespace "drill"');
  });

  it('409s a pod that already exists and 422s a name that is not DNS-1123', async () => {
    const body = { metadata: { name: 'crasher' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } };
    const dup = await apiError(core.createNamespacedPod({ namespace: 'drill', body }));
    expect(dup.code).toBe(409);
    expect(dup.status).toMatchObject({ reason: 'AlreadyExists', message: 'pods "crasher" already exists' });
    const bad = await apiError(core.createNamespacedPod({ namespace: 'drill', body: { ...body, metadata: { name: 'Bad_Name' } } }));
    expect(bad.code).toBe(422);
    expect(bad.status.reason).toBe('Invalid');
    expect(bad.status.message).toContain('Pod "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name"');
  });
});
