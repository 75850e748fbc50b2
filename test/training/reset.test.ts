// Resetting a scenario restores its objects and clock, removes what a trainee added in its namespaces, and
// leaves a scenario sharing the namespace alone; the admin endpoint refuses a wrong token.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinScenariosDir } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tc-reset-'));
  cluster = await startTrainingCluster({
    port: 0,
    speed: 100,
    scenarios: [join(builtinScenariosDir(), 'configmap-not-found'), join(builtinScenariosDir(), 'oom-killed-jvm')],
    writeKubeconfig: join(dir, 'kubeconfig'),
  });
});

afterAll(async () => {
  await cluster?.close();
  await rm(dir, { recursive: true, force: true });
});

const api = (path: string, init?: RequestInit): Promise<Response> => fetch(`${cluster.url}${path}`, init);
const names = async (path: string): Promise<string[]> => ((await (await api(path)).json()) as { items: { metadata: { name: string } }[] }).items.map((i) => i.metadata.name).sort();

describe('training-cluster reset', () => {
  it('restores the scenario, drops what the trainee added, and keeps the other scenario in the namespace', async () => {
    const before = await names('/api/v1/namespaces/payments/pods');
    const created = await api('/api/v1/namespaces/payments/configmaps', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ metadata: { name: 'fraud-rules' }, data: { threshold: '1', version: '1' } }) });
    expect(created.status).toBe(201);
    const { token } = JSON.parse(await readFile(join(dir, 'kubeconfig.admin.json'), 'utf8')) as { token: string };
    const reset = await api('/crashcourse/v1/reset?scenario=configmap-not-found', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(await reset.json()).toEqual({ reset: ['configmap-not-found'] });
    expect(await names('/api/v1/namespaces/payments/configmaps')).not.toContain('fraud-rules');
    expect(await names('/api/v1/namespaces/payments/pods')).toEqual(before);
    const scorer = (await (await api('/api/v1/namespaces/payments/pods/fraud-scorer-nkjfzsbc6d-l9c3v')).json()) as { status: { containerStatuses: { state: { waiting?: { reason: string } } }[] } };
    expect(scorer.status.containerStatuses[0]!.state.waiting?.reason).toBe('CreateContainerConfigError');
  });

  it('answers a wrong token with 401 and changes nothing', async () => {
    const res = await api('/crashcourse/v1/reset', { method: 'POST', headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
  });

  it('reports the chosen server version, and refuses one outside 1.27 … 1.33', async () => {
    const other = await startTrainingCluster({ port: 0, static: true, serverVersion: '1.29', scenarios: [join(builtinScenariosDir(), 'unknown-flag')] });
    try {
      expect(await (await fetch(`${other.url}/version`)).json()).toMatchObject({ major: '1', minor: '29', gitVersion: 'v1.29.0' });
    } finally {
      await other.close();
    }
    await expect(startTrainingCluster({ port: 0, serverVersion: '1.40' })).rejects.toThrow('--server-version: expected 1.27 … 1.33, got "1.40"');
  });
});
