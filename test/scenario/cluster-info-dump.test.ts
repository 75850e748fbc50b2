// A `kubectl cluster-info dump --output-directory` tree as kubectl writes it: lists with every field the API
// returns, and one logs.txt per pod holding a START/END block per container (init containers first).
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { indexLogBlocks } from '../../src/scenario/dump-log-blocks.js';
import { openOfflineReader } from '../../src/cluster/index.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { loadScenarios, readScenarioLog, type ScenarioLog } from '../../src/scenario/index.js';
import { startTrainingCluster } from '../../src/training/index.js';
import { tempTree, type TempTree } from './scenario-fixtures.js';

// Every read of a file, so the 40 MB case can show logs.txt is read in pieces and never whole.
const reads = vi.hoisted(() => ({ largest: new Map<string, number>(), whole: new Set<string>() }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (path, ...rest) => {
    const handle = await fs.open(path, ...rest);
    const read = handle.read.bind(handle) as (...args: unknown[]) => ReturnType<typeof handle.read>;
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'read') {
          return (...args: unknown[]) => {
            const length = typeof args[2] === 'number' ? args[2] : (args[0] as Buffer | undefined)?.length ?? 0;
            reads.largest.set(String(path), Math.max(reads.largest.get(String(path)) ?? 0, length));
            return read(...args);
          };
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  const readFile = ((path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
    reads.whole.add(String(path));
    return (fs.readFile as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, default: { ...fs, open, readFile }, open, readFile };
});

let tree: TempTree | undefined;
afterEach(() => tree?.cleanup());

const POD = 'orders-6d8f9c7b5-x2k4q';
const UID = '3f1c2b7a-9d41-4c55-8e0f-6b2a1d9e7c10';
const list = (kind: string, apiVersion: string, items: object[]): string =>
  `${JSON.stringify({ kind, apiVersion, metadata: { resourceVersion: '918273' }, items }, null, 4)}\n`;
const start = (c: string, pod = POD, ns = 'shop'): string => `==== START logs for container ${c} of pod ${ns}/${pod} ====\n`;
const end = (c: string, pod = POD, ns = 'shop'): string => `==== END logs for container ${c} of pod ${ns}/${pod} ====\n`;

const MIGRATE_LOG = 'migrate: connecting to postgres.shop.svc:5432\nmigrate: schema is at version 42, nothing to do\n';
// The app's last line has no newline: kubectl writes the END line straight after it.
const API_LOG = [
  '{"level":"info","msg":"starting orders api","version":"2.14.1"}',
  '{"level":"info","msg":"connecting to database","host":"10.0.0.5:5432"}',
  '{"level":"fatal","msg":"cannot reach database","error":"dial tcp 10.0.0.5:5432: connect: connection refused"}',
].join('\n');
const PROXY_ERROR = `Request log error: Get "https://10.0.1.4:10250/containerLogs/shop/${POD}/metrics-proxy": dial tcp 10.0.1.4:10250: i/o timeout\n`;

const ordersPod = {
  metadata: {
    name: POD, generateName: 'orders-6d8f9c7b5-', namespace: 'shop', uid: UID, resourceVersion: '918001', creationTimestamp: '2026-03-01T11:40:00Z',
    labels: { app: 'orders', 'pod-template-hash': '6d8f9c7b5' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'orders-6d8f9c7b5', uid: 'rs-uid', controller: true, blockOwnerDeletion: true }],
    managedFields: [{ manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'v1', time: '2026-03-01T11:40:00Z', fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': {} } }],
  },
  spec: {
    volumes: [{ name: 'kube-api-access-7xk2p', projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }], defaultMode: 420 } }],
    initContainers: [{ name: 'migrate', image: 'registry.example.com/orders-migrate:2.14.1', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent' }],
    containers: [
      { name: 'api', image: 'registry.example.com/orders:2.14.1', ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }], env: [{ name: 'DATABASE_URL', value: 'postgres://orders@10.0.0.5:5432/orders' }], resources: { limits: { memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } }, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent' },
      { name: 'metrics-proxy', image: 'registry.example.com/metrics-proxy:0.9', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent' },
    ],
    restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', serviceAccountName: 'default', serviceAccount: 'default',
    nodeName: 'worker-1', securityContext: {}, schedulerName: 'default-scheduler', priority: 0, enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority',
    tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }],
  },
  status: {
    phase: 'Running',
    conditions: [
      { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-03-01T11:40:05Z' },
      { type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: '2026-03-01T11:40:09Z', reason: 'ContainersNotReady', message: 'containers with unready status: [api]' },
      { type: 'ContainersReady', status: 'False', lastProbeTime: null, lastTransitionTime: '2026-03-01T11:40:09Z', reason: 'ContainersNotReady', message: 'containers with unready status: [api]' },
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-03-01T11:40:00Z' },
    ],
    hostIP: '10.0.1.4', podIP: '10.244.1.17', podIPs: [{ ip: '10.244.1.17' }], startTime: '2026-03-01T11:40:00Z', qosClass: 'Burstable',
    initContainerStatuses: [{
      name: 'migrate', ready: true, restartCount: 0, image: 'registry.example.com/orders-migrate:2.14.1', imageID: 'registry.example.com/orders-migrate@sha256:aa', containerID: 'containerd://m1', started: false,
      state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2026-03-01T11:40:02Z', finishedAt: '2026-03-01T11:40:04Z', containerID: 'containerd://m1' } }, lastState: {},
    }],
    containerStatuses: [
      {
        name: 'api', ready: false, restartCount: 7, image: 'registry.example.com/orders:2.14.1', imageID: 'registry.example.com/orders@sha256:bb', containerID: 'containerd://a7', started: false,
        state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=api pod=${POD}_shop(${UID})` } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: '2026-03-01T11:58:01Z', finishedAt: '2026-03-01T11:58:02Z', containerID: 'containerd://a7' } },
      },
      {
        name: 'metrics-proxy', ready: true, restartCount: 0, image: 'registry.example.com/metrics-proxy:0.9', imageID: 'registry.example.com/metrics-proxy@sha256:cc', containerID: 'containerd://p1', started: true,
        state: { running: { startedAt: '2026-03-01T11:40:06Z' } }, lastState: {},
      },
    ],
  },
};

const event = (name: string, reason: string, type: string, message: string, fieldPath: string, count: number, last: string): object => ({
  metadata: { name: `${POD}.${name}`, namespace: 'shop', uid: `ev-${name}`, resourceVersion: '918100', creationTimestamp: '2026-03-01T11:40:06Z' },
  involvedObject: { kind: 'Pod', namespace: 'shop', name: POD, uid: UID, apiVersion: 'v1', resourceVersion: '918001', fieldPath },
  reason, message, source: { component: 'kubelet', host: 'worker-1' }, firstTimestamp: '2026-03-01T11:40:06Z', lastTimestamp: last, count, type,
  eventTime: null, reportingComponent: 'kubelet', reportingInstance: 'worker-1',
});

const corednsPod = {
  metadata: { name: 'coredns-5d78c9869d-q8w2e', namespace: 'kube-system', uid: 'c-uid', creationTimestamp: '2026-02-01T00:00:00Z', labels: { 'k8s-app': 'kube-dns' } },
  spec: { containers: [{ name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.10.1' }], nodeName: 'worker-1' },
  status: { phase: 'Running', containerStatuses: [{ name: 'coredns', ready: true, restartCount: 0, image: 'registry.k8s.io/coredns/coredns:v1.10.1', imageID: '', state: { running: { startedAt: '2026-02-01T00:00:05Z' } }, lastState: {} }] },
};

/** What kubectl cluster-info dump writes for namespaces kube-system and shop, path by path, in its order. */
function dumpFiles(options: { nodes?: boolean } = {}): Record<string, string> {
  const node = {
    metadata: { name: 'worker-1', uid: 'n-uid', creationTimestamp: '2026-01-01T00:00:00Z', labels: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'worker-1' } },
    spec: { podCIDR: '10.244.1.0/24' },
    status: {
      capacity: { cpu: '4', memory: '16367024Ki', pods: '110' }, allocatable: { cpu: '4', memory: '16264624Ki', pods: '110' },
      conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: '2026-03-01T11:59:30Z', lastTransitionTime: '2026-01-01T00:01:00Z', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
      nodeInfo: { architecture: 'amd64', operatingSystem: 'linux', kubeletVersion: 'v1.29.2', containerRuntimeVersion: 'containerd://1.7.13' },
    },
  };
  const empty = (kind: string, apiVersion = 'v1') => list(kind, apiVersion, []);
  const namespace = (ns: string, pods: object[], events: object[]): Record<string, string> => ({
    [`${ns}/events.json`]: list('EventList', 'v1', events),
    [`${ns}/replication-controllers.json`]: empty('ReplicationControllerList'),
    [`${ns}/services.json`]: empty('ServiceList'),
    [`${ns}/daemonsets.json`]: empty('DaemonSetList', 'apps/v1'),
    [`${ns}/deployments.json`]: empty('DeploymentList', 'apps/v1'),
    [`${ns}/replicasets.json`]: empty('ReplicaSetList', 'apps/v1'),
    [`${ns}/pods.json`]: list('PodList', 'v1', pods),
  });
  return {
    ...(options.nodes === false ? {} : { 'nodes.json': list('NodeList', 'v1', [node]) }),
    ...namespace('kube-system', [corednsPod], []),
    [`kube-system/${corednsPod.metadata.name}/logs.txt`]: `${start('coredns', corednsPod.metadata.name, 'kube-system')}.:53\nCoreDNS-1.10.1\n${end('coredns', corednsPod.metadata.name, 'kube-system')}`,
    ...namespace('shop', [ordersPod], [
      event('a1', 'Pulled', 'Normal', 'Container image "registry.example.com/orders:2.14.1" already present on machine', 'spec.containers{api}', 8, '2026-03-01T11:58:00Z'),
      event('a2', 'BackOff', 'Warning', `Back-off restarting failed container api in pod ${POD}_shop(${UID})`, 'spec.containers{api}', 31, '2026-03-01T11:59:40Z'),
    ]),
    [`shop/${POD}/logs.txt`]: `${start('migrate')}${MIGRATE_LOG}${end('migrate')}${start('api')}${API_LOG}${end('api')}${start('metrics-proxy')}${PROXY_ERROR}${end('metrics-proxy')}`,
  };
}

/** The tree `kubectl cluster-info dump --output-directory DIR` writes. */
function writeDump(t: TempTree, options: { nodes?: boolean } = {}): string {
  t.write(Object.fromEntries(Object.entries(dumpFiles(options)).map(([path, text]) => [`dump/${path}`, text])));
  return join(t.root, 'dump');
}

/** What `kubectl cluster-info dump > FILE` writes: the same pieces, one after another. */
function writeDumpStream(t: TempTree): string {
  t.write({ 'cluster-info.dump': Object.values(dumpFiles()).join('') });
  return join(t.root, 'cluster-info.dump');
}

const fresh = (): TempTree => (tree = tempTree());

const logOf = (logs: readonly ScenarioLog[], container: string): ScenarioLog | undefined => logs.find((l) => l.pod === POD && l.container === container);

describe('a kubectl cluster-info dump tree', () => {
  it('serves each container of logs.txt as its own log, and leaves out a block where kubectl could not read the log', async () => {
    const dir = writeDump(fresh());
    const [scenario] = await loadScenarios([dir]);
    const logs = scenario!.logs.filter((l) => l.pod === POD);
    expect(logs.map((l) => l.container).sort()).toEqual(['api', 'migrate']);
    expect(logs.every((l) => !l.previous)).toBe(true);
    expect((await readScenarioLog(logOf(logs, 'migrate')!)).bytes.toString()).toBe(MIGRATE_LOG);
    expect((await readScenarioLog(logOf(logs, 'api')!)).bytes.toString()).toBe(API_LOG);
    const coredns = scenario!.logs.find((l) => l.namespace === 'kube-system');
    expect(coredns && (await readScenarioLog(coredns)).bytes.toString()).toBe('.:53\nCoreDNS-1.10.1\n');
  });

  it('keeps tailLines and limitBytes inside the container’s block', async () => {
    const [scenario] = await loadScenarios([writeDump(fresh())]);
    const migrate = logOf(scenario!.logs, 'migrate')!;
    const api = logOf(scenario!.logs, 'api')!;
    expect(await readScenarioLog(migrate, { tailLines: 1 })).toEqual({ bytes: Buffer.from('migrate: schema is at version 42, nothing to do\n'), truncated: true });
    expect(await readScenarioLog(migrate, { tailLines: 50 })).toEqual({ bytes: Buffer.from(MIGRATE_LOG), truncated: false });
    expect((await readScenarioLog(api, { tailLines: 1 })).bytes.toString()).toBe(API_LOG.split('\n').at(-1));
    expect((await readScenarioLog(api, { limitBytes: 20 })).bytes.toString()).toBe(API_LOG.slice(-20));
    expect(await readScenarioLog(api, { tailLines: 0 })).toEqual({ bytes: Buffer.alloc(0), truncated: true });
  });

  it('answers readLog per container through the offline reader, and never with kubectl’s error text', async () => {
    const reader = await openOfflineReader(writeDump(fresh()));
    const text = async (container: string): Promise<string> => (await reader.readLog('shop', POD, { container, previous: false })).bytes.toString();
    expect(await text('migrate')).toBe(MIGRATE_LOG);
    expect(await text('api')).toBe(API_LOG);
    const proxy = await text('metrics-proxy');
    expect(proxy).not.toContain('Request log error');
    expect(proxy).toBe('');
    await expect(reader.readLog('shop', POD, { container: 'api', previous: true })).rejects.toThrow(/previous terminated container "api"/);
  });

  it('diagnoses the crashing container from its own block: a refused database connection is a missing dependency', async () => {
    const reader = await openOfflineReader(writeDump(fresh()));
    const evidence = await gatherEvidence(reader, 'shop', POD, { tailLines: 500, limitBytes: 1 << 20 });
    const apiLog = evidence.logs.find((l) => l.container === 'api' && l.kind === 'current');
    expect(apiLog?.text).toBe(API_LOG);
    expect(evidence.logs.some((l) => l.text.includes('Request log error'))).toBe(false);
    const diagnosis = diagnose({ evidence, target: { namespace: 'shop' } });
    expect(diagnosis.container).toBe('api');
    expect(diagnosis.cause).toBe('missing-dependency');
  });

  it('is recognised by its <ns>/pods.json folders when nodes.json is missing', async () => {
    const scenarios = await loadScenarios([writeDump(fresh(), { nodes: false })]);
    expect(scenarios).toHaveLength(1);
    expect(scenarios[0]!.objects.filter((o) => o.kind === 'Pod').map((o) => o.metadata.name).sort()).toEqual([corednsPod.metadata.name, POD]);
    expect(scenarios[0]!.logs.filter((l) => l.pod === POD).map((l) => l.container).sort()).toEqual(['api', 'migrate']);
  });

  it('takes a logs.txt without START lines as the whole current log of the pod’s first container', async () => {
    const dir = writeDump(fresh());
    writeFileSync(join(dir, 'shop', POD, 'logs.txt'), 'panic: written by hand\n');
    const [scenario] = await loadScenarios([dir]);
    const logs = scenario!.logs.filter((l) => l.pod === POD);
    expect(logs.map((l) => [l.container, l.offset])).toEqual([['api', undefined]]);
    expect((await readScenarioLog(logs[0]!)).bytes.toString()).toBe('panic: written by hand\n');
  });

  it('is served per container by the training cluster, each block byte for byte', async () => {
    const cluster = await startTrainingCluster({ scenarios: [writeDump(fresh())], port: 0, static: true, quiet: true });
    try {
      const log = async (query: string): Promise<string> => {
        const response = await fetch(`${cluster.url}/api/v1/namespaces/shop/pods/${POD}/log?${query}`);
        expect(response.status, query).toBe(200);
        return response.text();
      };
      expect(await log('container=migrate')).toBe(MIGRATE_LOG);
      expect(await log('container=api')).toBe(API_LOG);
      expect(await log('container=api&tailLines=1')).toBe(API_LOG.split('\n').at(-1));
      expect(await log('container=migrate&limitBytes=8')).toBe(MIGRATE_LOG.slice(0, 8));
      expect(await log('container=metrics-proxy')).toBe('');
    } finally {
      await cluster.close();
    }
  });

  it('reads the dump kubectl prints to stdout as one file: the lists, and each container\u2019s block as its log', async () => {
    const file = writeDumpStream(fresh());
    const [scenario] = await loadScenarios([file]);
    expect(scenario!.name).toBe('cluster-info');
    expect(scenario!.objects.filter((o) => o.kind === 'Pod').map((o) => o.metadata.name).sort()).toEqual([corednsPod.metadata.name, POD]);
    expect(scenario!.objects.filter((o) => o.kind === 'Event')).toHaveLength(2);
    const reader = await openOfflineReader(file);
    const text = async (container: string): Promise<string> => (await reader.readLog('shop', POD, { container, previous: false })).bytes.toString();
    expect(await text('migrate')).toBe(MIGRATE_LOG);
    expect(await text('api')).toBe(API_LOG);
    expect(await text('metrics-proxy')).toBe('');
    const evidence = await gatherEvidence(reader, 'shop', POD, { tailLines: 500, limitBytes: 1 << 20 });
    expect(evidence.node?.metadata.name).toBe('worker-1');
    expect(diagnose({ evidence, target: { namespace: 'shop' } }).cause).toBe('missing-dependency');
  });

  it('names the line of a broken list in a dump printed to stdout', async () => {
    const t = fresh();
    const files = dumpFiles();
    files['shop/services.json'] = '{\n    "kind": "ServiceList",\n    "items": [,]\n}\n';
    t.write({ 'broken.dump': Object.values(files).join('') });
    const line = Object.values(files).join('').split('"items": [,]')[0]!.split('\n').length;
    await expect(loadScenarios([join(t.root, 'broken.dump')])).rejects.toThrow(new RegExp(`broken\\.dump:${line}: invalid JSON`));
  });

  it('finds START and END lines that straddle the boundary between two reads', async () => {
    const t = fresh();
    const chunk = 1 << 20;
    for (let shift = 0; shift <= 96; shift += 8) {
      // The first block's body ends `shift` bytes before the boundary, so its END line and the next START line cross it.
      const body = `${'y'.repeat(chunk - start('migrate').length - shift - 1)}\n`;
      const path = join(t.write({ [`straddle-${shift}.txt`]: `${start('migrate')}${body}${end('migrate')}${start('api')}boom\n${end('api')}` }), `straddle-${shift}.txt`);
      const { blocks } = await indexLogBlocks(path);
      expect(blocks.map((b) => [b.container, b.size]), `shift ${shift}`).toEqual([['migrate', body.length], ['api', 5]]);
    }
  });

  it('leaves out every form of failed log request, and keeps a log that merely mentions one', async () => {
    const t = fresh();
    const text = [
      `${start('migrate')}Create log request error: pods "${POD}" not found\n${end('migrate')}`,
      `${start('api')}Error from server (BadRequest): container "api" in pod "${POD}" is waiting to start: ContainerCreating\n${end('api')}`,
      `${start('metrics-proxy')}proxy up\nRequest log error: seen by the app, not by kubectl\n${end('metrics-proxy')}`,
    ].join('');
    const { blocks, marked } = await indexLogBlocks(join(t.write({ 'errors.txt': text }), 'errors.txt'));
    expect(marked).toBe(true);
    expect(blocks.map((b) => b.container)).toEqual(['metrics-proxy']);
  });

  it('indexes a 40 MB logs.txt in bounded reads, never reading it whole, and serves the end of each block', async () => {
    const dir = writeDump(fresh());
    const path = join(dir, 'shop', POD, 'logs.txt');
    const line = `${'x'.repeat(99)}\n`;
    const piece = line.repeat(10_000); // 1 MB
    writeFileSync(path, `${start('migrate')}${MIGRATE_LOG}${end('migrate')}${start('api')}`);
    for (let i = 0; i < 40; i++) appendFileSync(path, piece);
    appendFileSync(path, `${API_LOG}${end('api')}${start('metrics-proxy')}`);
    for (let i = 0; i < 2; i++) appendFileSync(path, piece);
    appendFileSync(path, `proxy: last line\n${end('metrics-proxy')}`);
    reads.largest.clear();
    reads.whole.clear();

    const reader = await openOfflineReader(dir);
    const api = await reader.readLog('shop', POD, { container: 'api', previous: false, tailLines: 3, limitBytes: 1 << 20 });
    expect(api.bytes.toString()).toBe(API_LOG);
    const proxy = await reader.readLog('shop', POD, { container: 'metrics-proxy', previous: false, tailLines: 2 });
    expect(proxy.bytes.toString()).toBe(`${line}proxy: last line\n`);
    expect((await reader.readLog('shop', POD, { container: 'migrate', previous: false })).bytes.toString()).toBe(MIGRATE_LOG);
    expect(reads.whole.has(path)).toBe(false);
    expect(reads.largest.get(path)).toBeGreaterThan(0);
    expect(reads.largest.get(path)).toBeLessThanOrEqual(4 << 20);
  });
});
