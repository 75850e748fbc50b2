// Two `watch --leader-elect` replicas against the training cluster, whose coordination.k8s.io Leases they
// compete for: only the holder publishes; when it shuts down, the other takes over, remembers what was
// published from the Diagnosed Events, and watches on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWatch, type WatchOptions } from '../../src/cli/watch-command.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import type { Pod } from '../../src/k8s/index.js';
import { api, diagnosedEvents, replicaOf, until } from './cluster-api.js';

let cluster: TrainingCluster;
let kubeconfig: string;

/** Who holds the Lease on the training cluster ('' once released; undefined before anyone took it). */
async function holder(): Promise<string | undefined> {
  const res = await fetch(`${cluster.url}/apis/coordination.k8s.io/v1/namespaces/ops/leases/crashcourse`);
  if (res.status === 404) return undefined;
  return ((await res.json()) as { spec?: { holderIdentity?: string } }).spec?.holderIdentity ?? '';
}

beforeAll(async () => {
  cluster = await startTrainingCluster({ scenarios: [resolve(import.meta.dirname, '../../scenarios/unknown-flag')], static: true, quiet: true });
  await api(cluster.url, 'POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ops' } });
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-leader-')), 'kubeconfig');
  writeFileSync(kubeconfig, cluster.kubeconfig);
});

afterAll(async () => {
  await cluster?.close();
});

function replica(identity: string) {
  const lines: string[] = [];
  const stop = new AbortController();
  let metrics = '';
  const options: WatchOptions = {
    kubeconfig, inCluster: false, reemit: '1h', logReads: 10, logs: true, dryRun: false, metricsAddress: '127.0.0.1:0',
    alertmanager: false, leaderElect: true, leaseNamespace: 'ops', leaseName: 'crashcourse',
  };
  const done = runWatch(options, { signal: stop.signal, identity, write: (l) => void lines.push(l), warn: () => undefined, onListening: (u) => (metrics = u) });
  return { lines, stop: async () => { stop.abort(); return done; }, ready: async () => (await fetch(`${metrics}/readyz`)).status };
}

describe('watch --leader-elect with two replicas', () => {
  it('lets only the Lease holder publish; the one taking over remembers what was published and watches on', async () => {
    const a = replica('watch-a');
    await until('watch-a holding the lease and publishing', async () => ((await holder()) === 'watch-a' && a.lines.length > 0 ? true : undefined));
    const published = JSON.parse(a.lines[0]!) as { namespace: string; pod: string; cause: string };
    expect(published.cause).toBe('bad-config');
    const b = replica('watch-b');
    await until('watch-b up', async () => ((await b.ready().catch(() => 0)) === 200 ? true : undefined));
    // b stands by through at least one retry (every 2 s): ready, so a rollout does not stall, but silent.
    await new Promise((r) => setTimeout(r, 2500));
    expect(b.lines).toEqual([]);
    expect(await holder()).toBe('watch-a');
    expect(await a.stop()).toBe(0);
    await until('watch-b holding the lease', async () => ((await holder()) === 'watch-b' ? true : undefined), 10_000);
    // A workload that starts failing now: b watches, and publishes it, but not again the one a published.
    const template = await api<Pod>(cluster.url, 'GET', `/api/v1/namespaces/${published.namespace}/pods/${published.pod}`);
    await api(cluster.url, 'POST', `/api/v1/namespaces/${published.namespace}/pods`, replicaOf(template, 'flags-canary', 'eeee', 'e1'));
    await until('watch-b publishing the new workload', () => (b.lines.length > 0 ? true : undefined), 15_000);
    expect(b.lines.map((l) => (JSON.parse(l) as { workload: { name: string } }).workload.name)).toEqual(['flags-canary']);
    expect((await diagnosedEvents(cluster.url)).map((e) => e.involvedObject.name).sort()).toEqual([published.pod, 'flags-canary-eeee-e1'].sort());
    expect(await b.stop()).toBe(0);
    // Released on shutdown: nobody holds it now.
    expect(await holder()).toBe('');
  });
});
