import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { writeDrillScenario } from './fixture-scenario.js';

let cluster: TrainingCluster;
let drillDir: string;
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';
const get = (path: string, accept = 'application/json') => fetch(`${cluster.url}${path}`, { headers: { accept } });

beforeAll(async () => {
  drillDir = await writeDrillScenario();
  cluster = await startTrainingCluster({ scenarios: [drillDir], port: 0, static: true, syntheticPods: 100 });
});
afterAll(async () => {
  await cluster?.close();
  await rm(drillDir, { recursive: true, force: true });
});

describe('discovery as kubectl negotiates it', () => {
  it('reports minor 32 so the kubectl dispatcher runs its 1.32', async () => {
    expect(await (await get('/version')).json()).toMatchObject({ major: '1', minor: '32', gitVersion: 'v1.32.4' });
  });

  it('answers aggregated v2, v2beta1 or legacy discovery by the Accept list', async () => {
    const v2 = await get('/api', 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json');
    expect(v2.headers.get('content-type')).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    const body = (await v2.json()) as { items: { versions: { resources: { resource: string; subresources?: { subresource: string }[] }[] }[] }[] };
    const pods = body.items[0]!.versions[0]!.resources.find((r) => r.resource === 'pods')!;
    expect(pods.subresources!.map((s) => s.subresource)).toEqual(expect.arrayContaining(['log', 'exec', 'attach', 'ephemeralcontainers']));
    const beta = await get('/apis', 'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json');
    expect(((await beta.json()) as { apiVersion: string }).apiVersion).toBe('apidiscovery.k8s.io/v2beta1');
    expect(await (await get('/api')).json()).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const legacy = (await (await get('/apis/apps/v1')).json()) as { resources: { name: string }[] };
    expect(legacy.resources.map((r) => r.name)).toContain('deployments');
  });

  it('answers unknown paths and methods with Status 404 and 405', async () => {
    const missing = await get('/apis/example.com/v1/widgets');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ kind: 'Status', reason: 'NotFound', message: 'the server could not find the requested resource' });
    const put = await fetch(`${cluster.url}/api/v1/namespaces/drill/pods/crasher/log`, { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(put.status).toBe(405);
  });
});

describe('server-side tables and event views', () => {
  it('renders pods as a Table with kubectl columns and PartialObjectMetadata rows', async () => {
    const table = (await (await get('/api/v1/namespaces/drill/pods', TABLE)).json()) as {
      kind: string;
      columnDefinitions: { name: string; priority: number }[];
      rows: { cells: unknown[]; object: { kind: string; metadata: { namespace: string } } }[];
    };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.filter((c) => c.priority === 0).map((c) => c.name)).toEqual(['Name', 'Ready', 'Status', 'Restarts', 'Age']);
    const crasher = table.rows.find((r) => r.cells[0] === 'crasher')!;
    expect(crasher.cells.slice(1, 3)).toEqual(['0/1', 'CrashLoopBackOff']);
    expect(crasher.cells[3]).toMatch(/^1 \(\d+s ago\)$/);
    expect(crasher.object).toMatchObject({ kind: 'PartialObjectMetadata', metadata: { namespace: 'drill' } });
  });

  it('serves the same events through events.k8s.io/v1 with regarding and note', async () => {
    const list = (await (await get('/apis/events.k8s.io/v1/namespaces/drill/events?fieldSelector=regarding.name%3Dcrasher,reason%3DBackOff')).json()) as {
      items: { regarding: { name: string }; note: string; deprecatedCount: number }[];
    };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ regarding: { name: 'crasher' }, note: 'Back-off restarting failed container app', deprecatedCount: 4 });
  });

  it('streams a watch as newline-delimited events and ends it at timeoutSeconds', async () => {
    const res = await get('/api/v1/namespaces/drill/pods?watch=true&timeoutSeconds=1');
    const text = await res.text();
    const events = text.trim().split('\n').map((l) => JSON.parse(l) as { type: string; object: { metadata: { name: string } } });
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`).sort()).toEqual(['ADDED crasher', 'ADDED sidecars']);
  });

  it('rejects a continue token it did not issue', async () => {
    const res = await get('/api/v1/pods?limit=5&continue=bm9wZQ==');
    expect(res.status).toBe(400);
  });
});
