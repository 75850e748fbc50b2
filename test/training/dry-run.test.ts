import { ApiException, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { writeDrillScenario } from './fixture-scenario.js';

let cluster: TrainingCluster;
let core: CoreV1Api;
let drillDir: string;

beforeAll(async () => {
  drillDir = await writeDrillScenario();
  cluster = await startTrainingCluster({ scenarios: [drillDir], port: 0, static: true, quiet: true });
  const kc = new KubeConfig();
  kc.loadFromString(cluster.kubeconfig);
  core = kc.makeApiClient(CoreV1Api);
});

afterAll(async () => {
  await cluster?.close();
  await rm(drillDir, { recursive: true, force: true });
});

const names = async (): Promise<string[]> => (await core.listNamespacedPod({ namespace: 'drill' })).items.map((p) => p.metadata!.name!).sort();

describe('server-side dry run on the training cluster', () => {
  it('answers a dry-run create with the pod as it would be stored, and stores nothing', async () => {
    const before = await names();
    const answer = await core.createNamespacedPod({
      namespace: 'drill',
      dryRun: 'All',
      body: { metadata: { name: 'probe-copy' }, spec: { containers: [{ name: 'app', image: 'busybox', command: ['sleep', 'infinity'] }] } },
    });
    expect(answer.metadata?.name).toBe('probe-copy');
    expect(answer.spec?.restartPolicy).toBe('Always');
    expect(await names()).toEqual(before);
  });

  it('still validates a dry-run create: an invalid name is 422', async () => {
    const err = await core
      .createNamespacedPod({ namespace: 'drill', dryRun: 'All', body: { metadata: { name: 'Bad_Name' }, spec: { containers: [{ name: 'app', image: 'busybox' }] } } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiException);
    expect((err as ApiException<unknown>).code).toBe(422);
  });

  it('leaves the pod in place on a dry-run delete', async () => {
    const before = await names();
    await core.deleteNamespacedPod({ name: before[0]!, namespace: 'drill', dryRun: 'All', gracePeriodSeconds: 0 });
    expect(await names()).toEqual(before);
  });

  it('rejects a dry-run value the apiserver does not know', async () => {
    const err = await core
      .createNamespacedPod({ namespace: 'drill', dryRun: 'Yes', body: { metadata: { name: 'x' }, spec: { containers: [{ name: 'app', image: 'busybox' }] } } })
      .catch((e: unknown) => e);
    expect((err as ApiException<unknown>).code).toBe(400);
  });
});
