// `watch` end to end against the training cluster (simulated kubelet at --speed 60), through a loopback proxy
// that lets the test cut the API connection mid-watch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWatch } from '../../src/cli/watch-command.js';
import type { Pod } from '../../src/k8s/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { api, diagnosedEvents, getPod, replicaOf, until } from './cluster-api.js';
import { startProxy, type Proxy } from './tcp-proxy.js';

const SCENARIO = resolve(import.meta.dirname, '../../scenarios/oom-killed-jvm');
const NS = 'payments';

let cluster: TrainingCluster;
let proxy: Proxy;
let base: string;
const lines: string[] = [];
const warnings: string[] = [];
let metricsUrl = '';
const stop = new AbortController();
let finished: Promise<number>;

const results = () => lines.map((l) => JSON.parse(l) as { workload: { name: string; kind: string }; cause: string; pod: string });
const counter = async (owner: string, cause: string): Promise<number> => {
  const text = await (await fetch(`${metricsUrl}/metrics`)).text();
  const m = new RegExp(`^crashcourse_diagnoses_total\\{namespace="${NS}",owner_kind="Deployment",owner_name="${owner}",cause="${cause}"\\} (\\d+)$`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
};
const restarts = (p: Pod): number => p.status?.containerStatuses?.[0]?.restartCount ?? 0;

beforeAll(async () => {
  cluster = await startTrainingCluster({ scenarios: [SCENARIO], speed: 60, quiet: true });
  base = cluster.url;
  proxy = await startProxy(cluster.port);
  const dir = mkdtempSync(join(tmpdir(), 'crashcourse-watch-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, cluster.kubeconfig.replace(cluster.url, `http://127.0.0.1:${proxy.port}`));
  let listening!: (url: string) => void;
  const ready = new Promise<string>((r) => (listening = r));
  finished = runWatch(
    { kubeconfig, inCluster: false, reemit: '1h', logReads: 50, logs: true, dryRun: false, metricsAddress: '127.0.0.1:0', alertmanager: true, leaderElect: false, leaseName: 'x' },
    { signal: stop.signal, write: (l) => void lines.push(l), onListening: listening, listWatch: { minBackoffMs: 50 }, warn: (l) => void warnings.push(l) },
  );
  metricsUrl = await ready;
});

afterAll(async () => {
  stop.abort();
  await finished;
  await proxy?.close();
  await cluster?.close();
});

describe('watch against the training cluster', () => {
  it('publishes one Event and one metric increment for a crash-looping Deployment, however often its pods restart', async () => {
    await until('the first diagnosis', () => (lines.length > 0 ? true : undefined));
    const [first] = results();
    expect(first).toMatchObject({ workload: { kind: 'Deployment', name: 'ledger-service' }, cause: 'oom-killed' });
    // Both replicas keep crashing; wait for another restart, each a watch event the watcher sees.
    const pod = first!.pod;
    const before = restarts(await getPod(base, NS, pod));
    await until('another restart', async () => (restarts(await getPod(base, NS, pod)) >= before + 1 ? true : undefined), 25_000);
    expect(results()).toHaveLength(1);
    const events = await diagnosedEvents(base);
    expect(events).toHaveLength(1);
    expect(events[0]!.involvedObject).toMatchObject({ kind: 'Pod', namespace: NS, name: pod });
    expect(events[0]!.message).toContain('oom-killed');
    expect(events[0]!.message).toContain(`kubectl crashcourse ${NS}/${pod}`);
    expect(await counter('ledger-service', 'oom-killed')).toBe(1);
    const ready = await fetch(`${metricsUrl}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('reports nothing for a rollout restart: the old pods are deleted and the new ReplicaSet\'s pods are healthy', async () => {
    const template = await getPod(base, NS, results()[0]!.pod);
    const healthy = (p: Record<string, unknown>) => {
      const spec = p['spec'] as Pod['spec'];
      return { ...p, spec: { ...spec, containers: spec.containers.map((c) => ({ ...c, command: ['sh', '-c', 'sleep infinity'], args: [] })) } };
    };
    // A healthy Deployment "web" rolls from ReplicaSet web-aaaa to web-bbbb.
    for (const s of ['a1', 'a2']) await api(base, 'POST', `/api/v1/namespaces/${NS}/pods`, healthy(replicaOf(template, 'web', 'aaaa', s)));
    await until('web-aaaa running', async () => ((await getPod(base, NS, 'web-aaaa-a2')).status?.containerStatuses?.[0]?.state?.running ? true : undefined));
    for (const s of ['b1', 'b2']) await api(base, 'POST', `/api/v1/namespaces/${NS}/pods`, healthy(replicaOf(template, 'web', 'bbbb', s)));
    for (const s of ['a1', 'a2']) await api(base, 'DELETE', `/api/v1/namespaces/${NS}/pods/web-aaaa-${s}`);
    // The kubelet kills the old containers (SIGTERM) and the pods go away.
    await until('the old pods gone', async () => {
      const list = await api<{ items: Pod[] }>(base, 'GET', `/api/v1/namespaces/${NS}/pods`);
      return list.items.some((p) => p.metadata.name.startsWith('web-aaaa')) ? undefined : true;
    });
    expect(results().filter((r) => r.workload.name === 'web')).toEqual([]);
    expect((await diagnosedEvents(base)).filter((e) => e.involvedObject.name?.startsWith('web-'))).toEqual([]);
  });

  it('loses nothing when the API connection is cut mid-watch: a pod that starts failing meanwhile is diagnosed after the reconnect', async () => {
    const template = await getPod(base, NS, results()[0]!.pod);
    proxy.cut();
    await api(base, 'POST', `/api/v1/namespaces/${NS}/pods`, replicaOf(template, 'batch-worker', 'cccc', 'c1'));
    await until('batch-worker crashing', async () => (restarts(await getPod(base, NS, 'batch-worker-cccc-c1')) >= 1 ? true : undefined));
    expect(results().filter((r) => r.workload.name === 'batch-worker')).toEqual([]);
    proxy.restore();
    await until('the batch-worker diagnosis', () => (results().some((r) => r.workload.name === 'batch-worker') ? true : undefined), 25_000);
    expect(results().filter((r) => r.workload.name === 'batch-worker')).toHaveLength(1);
    // The result sink records the diagnosis before the Event's POST returns: wait for the Event, do not race it.
    await until('the batch-worker Event', async () => ((await diagnosedEvents(base)).some((e) => e.involvedObject.name === 'batch-worker-cccc-c1') ? true : undefined));
    expect((await diagnosedEvents(base)).filter((e) => e.involvedObject.name === 'batch-worker-cccc-c1')).toHaveLength(1);
    expect(await counter('batch-worker', 'oom-killed')).toBe(1);
    expect(await counter('ledger-service', 'oom-killed')).toBe(1);
    const text = await (await fetch(`${metricsUrl}/metrics`)).text();
    expect(warnings.some((w) => w.includes('watch failed, retrying'))).toBe(true);
    expect(Number(/^crashcourse_api_errors_total\{operation="watch"\} (\d+)$/m.exec(text)?.[1] ?? 0)).toBeGreaterThan(0);
  });

  it('diagnoses the pod an Alertmanager alert names and answers with the result', async () => {
    const pod = results()[0]!.pod;
    const res = await fetch(`${metricsUrl}/alertmanager`, {
      method: 'POST',
      body: JSON.stringify({ version: '4', status: 'firing', alerts: [{ status: 'firing', labels: { alertname: 'CrashCourseOOMKilled', namespace: NS, pod } }] }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { pod: string; cause: string; trigger: string }[] };
    expect(body.results).toEqual([expect.objectContaining({ pod, cause: 'oom-killed', trigger: 'alert' })]);
  });

  it('reports nothing new when the crash-looping Deployment\'s pods are replaced: the old pods are deleted, their replacements fail the same way', async () => {
    const old = results().filter((r) => r.workload.name === 'ledger-service').map((r) => r.pod);
    expect(old.length).toBeGreaterThan(0);
    const before = (await diagnosedEvents(base)).length;
    const duplicates = async (): Promise<number> => Number(/^crashcourse_duplicate_diagnoses_total (\d+)$/m.exec(await (await fetch(`${metricsUrl}/metrics`)).text())?.[1] ?? 0);
    const duplicatesBefore = await duplicates();
    const ledgerPods = async (): Promise<Pod[]> =>
      (await api<{ items: Pod[] }>(base, 'GET', `/api/v1/namespaces/${NS}/pods`)).items.filter((p) => p.metadata.name.startsWith('ledger-service-'));
    const oldNames = new Set((await ledgerPods()).map((p) => p.metadata.name));
    // The training cluster's ReplicaSet controller replaces what is deleted, with the same failing spec.
    for (const name of oldNames) await api(base, 'DELETE', `/api/v1/namespaces/${NS}/pods/${name}`);
    await until('a replacement pod crash-looping', async () => ((await ledgerPods()).some((p) => !oldNames.has(p.metadata.name) && restarts(p) >= 2) ? true : undefined), 25_000);
    await until('the old pods gone', async () => ((await ledgerPods()).some((p) => oldNames.has(p.metadata.name)) ? undefined : true));
    expect((await diagnosedEvents(base)).length).toBe(before);
    expect(results().filter((r) => r.workload.name === 'ledger-service')).toHaveLength(1);
    expect(await counter('ledger-service', 'oom-killed')).toBe(1);
    // The new pod was diagnosed and recognised as the same workload and cause.
    await until('the new pod diagnosed as a duplicate', async () => ((await duplicates()) > duplicatesBefore ? true : undefined));
  });
});
