import { ApiException, CoreV1Api, KubeConfig, Watch, type V1Pod, type V1Status } from '@kubernetes/client-node';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { writeDrillScenario } from './fixture-scenario.js';

let cluster: TrainingCluster;
let kc: KubeConfig;
let core: CoreV1Api;
let drillDir: string;

async function statusOf(p: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiException) return { code: e.code, message: (JSON.parse(e.body as string) as V1Status).message ?? '' };
    throw e;
  }
  throw new Error('expected the request to fail');
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs = 20_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  drillDir = await writeDrillScenario();
  cluster = await startTrainingCluster({ scenarios: [drillDir], port: 0, speed: 20, quiet: true });
  kc = new KubeConfig();
  kc.loadFromString(cluster.kubeconfig);
  core = kc.makeApiClient(CoreV1Api);
});

afterAll(async () => {
  await cluster?.close();
  await rm(drillDir, { recursive: true, force: true });
});

describe('pod logs on the training cluster', () => {
  it('returns the previous run with tailLines and limitBytes applied like the kubelet', async () => {
    const whole = await core.readNamespacedPodLog({ name: 'crasher', namespace: 'drill', previous: true });
    expect(whole).toContain('fatal: missing DATABASE_URL');
    const tail = await core.readNamespacedPodLog({ name: 'crasher', namespace: 'drill', previous: true, tailLines: 1 });
    expect(tail).toBe('fatal: missing DATABASE_URL\n');
    const limited = await core.readNamespacedPodLog({ name: 'crasher', namespace: 'drill', previous: true, tailLines: 2, limitBytes: 7 });
    expect(limited).toBe('reading');
  });

  it('prefixes each line with a timestamp when asked', async () => {
    const stamped = await core.readNamespacedPodLog({ name: 'crasher', namespace: 'drill', previous: true, timestamps: true });
    const lines = stamped.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /);
  });

  it('asks for a container name when the pod has several, listing init containers too', async () => {
    const { code, message } = await statusOf(core.readNamespacedPodLog({ name: 'sidecars', namespace: 'drill' }));
    expect(code).toBe(400);
    expect(message).toBe('a container name must be specified for pod sidecars, choose one of: [app proxy] or one of the init containers: [init]');
  });

  it('refuses previous logs of a container that never terminated, and logs of one still waiting to start', async () => {
    // Its env names a ConfigMap that does not exist, so the container stays waiting whatever the machine's speed
    // (a plain pod may start between the create and the log request).
    const env = [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'absent', key: 'mode' } } }];
    const created = await core.createNamespacedPod({ namespace: 'drill', body: { metadata: { name: 'fresh' }, spec: { containers: [{ name: 'web', image: 'nginx', env }] } } });
    expect(created.status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('ContainerCreating');
    await until('the kubelet to refuse its config', async () => ((await core.readNamespacedPod({ name: 'fresh', namespace: 'drill' })).status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CreateContainerConfigError' ? true : undefined));
    const waiting = await statusOf(core.readNamespacedPodLog({ name: 'fresh', namespace: 'drill' }));
    expect(waiting).toEqual({ code: 400, message: 'container "web" in pod "fresh" is waiting to start: CreateContainerConfigError' });
    const previous = await statusOf(core.readNamespacedPodLog({ name: 'fresh', namespace: 'drill', previous: true }));
    expect(previous).toEqual({ code: 400, message: 'previous terminated container "web" in pod "fresh" not found' });
    await core.deleteNamespacedPod({ name: 'fresh', namespace: 'drill', gracePeriodSeconds: 0 });
    await until('the pod to be gone', async () => ((await core.listNamespacedPod({ namespace: 'drill', fieldSelector: 'metadata.name=fresh' })).items.length === 0 ? true : undefined));
  });
});

describe('following logs', () => {
  it('keeps a follow of a running container open until that container goes away', async () => {
    await core.createNamespacedPod({ namespace: 'drill', body: { metadata: { name: 'follower' }, spec: { containers: [{ name: 'c', image: 'busybox', command: ['tail', '-f', '/dev/null'] }] } } });
    await until('it to run', async () => ((await core.readNamespacedPod({ name: 'follower', namespace: 'drill' })).status?.containerStatuses?.[0]?.state?.running ? true : undefined));
    let ended = false;
    const body = fetch(`${cluster.url}/api/v1/namespaces/drill/pods/follower/log?follow=true`).then(async (r) => {
      const text = await r.text();
      ended = true;
      return { status: r.status, text };
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(ended).toBe(false);
    await core.deleteNamespacedPod({ name: 'follower', namespace: 'drill', gracePeriodSeconds: 0 });
    expect(await body).toEqual({ status: 200, text: '' });
  });
});

describe('the simulated kubelet under --speed 20', () => {
  it('restarts a crash-looping container and a watch sees restartCount, lastState and the back-off message change', async () => {
    const start = await core.readNamespacedPod({ name: 'crasher', namespace: 'drill' });
    const before = start.status!.containerStatuses![0]!.restartCount;
    const seen: V1Pod[] = [];
    const watch = new Watch(kc);
    const req = await watch.watch(
      '/api/v1/namespaces/drill/pods',
      { fieldSelector: 'metadata.name=crasher', resourceVersion: start.metadata!.resourceVersion! },
      (_type: string, obj: V1Pod) => seen.push(obj),
      () => undefined,
    );
    try {
      const restarted = await until('a restart and a new back-off', async () =>
        seen.find((p) => {
          const cs = p.status?.containerStatuses?.[0];
          return cs && cs.restartCount > before && cs.state?.waiting?.reason === 'CrashLoopBackOff' ? p : undefined;
        }),
      );
      const cs = restarted.status!.containerStatuses![0]!;
      expect(cs.lastState?.terminated?.exitCode).toBe(3);
      expect(cs.state?.waiting?.message).toMatch(/^back-off (20s|40s|1m20s) restarting failed container=app pod=crasher_drill\(/);
      expect(seen.some((p) => p.status?.containerStatuses?.[0]?.state?.running)).toBe(true);
      const events = await core.listNamespacedEvent({ namespace: 'drill', fieldSelector: 'involvedObject.name=crasher,reason=BackOff' });
      expect(events.items[0]!.count).toBeGreaterThan(4);
      const log = await core.readNamespacedPodLog({ name: 'crasher', namespace: 'drill', previous: true });
      expect(log).toContain('fatal: missing DATABASE_URL');
    } finally {
      req.abort();
    }
  });

  it('runs a created copy whose command became sleep infinity, and keeps crashing a copy that kept the command', async () => {
    const source = await core.readNamespacedPod({ name: 'crasher', namespace: 'drill' });
    const app = source.spec!.containers[0]!;
    await core.createNamespacedPod({ namespace: 'drill', body: { metadata: { name: 'crasher-debug' }, spec: { containers: [{ ...app, command: ['sleep', 'infinity'], args: [] }] } } });
    await core.createNamespacedPod({ namespace: 'drill', body: { metadata: { name: 'crasher-copy' }, spec: { containers: [app] } } });
    const running = await until('the debug copy to run', async () => {
      const p = await core.readNamespacedPod({ name: 'crasher-debug', namespace: 'drill' });
      return p.status?.containerStatuses?.[0]?.state?.running ? p : undefined;
    });
    expect(running.status?.phase).toBe('Running');
    const crashed = await until('the faithful copy to crash', async () => {
      const p = await core.readNamespacedPod({ name: 'crasher-copy', namespace: 'drill' });
      return p.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff' ? p : undefined;
    });
    expect(crashed.status!.containerStatuses![0]!.lastState?.terminated?.exitCode).toBe(3);
    const stillRunning = await core.readNamespacedPod({ name: 'crasher-debug', namespace: 'drill' });
    expect(stillRunning.status?.containerStatuses?.[0]?.state?.running).toBeDefined();
  });

  it('removes a deleted pod after its grace period, showing it Terminating meanwhile', async () => {
    await core.createNamespacedPod({ namespace: 'drill', body: { metadata: { name: 'short-lived' }, spec: { containers: [{ name: 'c', image: 'busybox', command: ['sleep', 'infinity'] }] } } });
    await until('it to run', async () => ((await core.readNamespacedPod({ name: 'short-lived', namespace: 'drill' })).status?.containerStatuses?.[0]?.state?.running ? true : undefined));
    await core.deleteNamespacedPod({ name: 'short-lived', namespace: 'drill', gracePeriodSeconds: 10 });
    const terminating = await core.readNamespacedPod({ name: 'short-lived', namespace: 'drill' });
    expect(terminating.metadata?.deletionTimestamp).toBeDefined();
    await until('it to go', async () => ((await core.listNamespacedPod({ namespace: 'drill', fieldSelector: 'metadata.name=short-lived' })).items.length === 0 ? true : undefined));
  });
});
