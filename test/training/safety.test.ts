// The training cluster is a classroom server: it listens on loopback only, plays scenarios without running
// anything from them, and never prints a Secret's value.
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { writeDrillScenario } from './fixture-scenario.js';

const SECRET_VALUE = 'correct-horse-battery-staple';
const MARKER = join('/tmp', `kubectl-crashcourse-safety-${process.pid}`);

let cluster: TrainingCluster;
let core: CoreV1Api;
let dir: string;
const printed: string[] = [];

beforeAll(async () => {
  dir = await writeDrillScenario();
  // A scenario whose container "command" would leave a marker file if anything ever ran it on this machine.
  await writeFile(
    join(dir, 'extra.yaml'),
    `apiVersion: v1
kind: Secret
metadata: {name: db, namespace: drill}
type: Opaque
data: {password: ${Buffer.from(SECRET_VALUE).toString('base64')}}
---
apiVersion: v1
kind: Pod
metadata: {name: toucher, namespace: drill, uid: 99999999-2222-3333-4444-000000000001, creationTimestamp: "2024-05-01T09:00:00Z"}
spec:
  nodeName: node-a
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "touch ${MARKER}; exit 1"]
    env: [{name: PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]
status:
  phase: Running
  containerStatuses:
  - name: app
    ready: false
    restartCount: 3
    state: {waiting: {reason: CrashLoopBackOff, message: "back-off 40s restarting failed container=app pod=toucher_drill(x)"}}
    lastState: {terminated: {exitCode: 1, reason: Error, startedAt: "2024-05-01T09:59:58Z", finishedAt: "2024-05-01T10:00:00Z"}}
`,
  );
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((s: string | Uint8Array) => (printed.push(String(s)), true));
  }
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  cluster = await startTrainingCluster({ scenarios: [dir], port: 0, speed: 50 });
  const kc = new KubeConfig();
  kc.loadFromString(cluster.kubeconfig);
  core = kc.makeApiClient(CoreV1Api);
});

afterAll(async () => {
  await cluster?.close();
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
  await rm(MARKER, { force: true });
});

describe('the training cluster as a server', () => {
  it('listens on 127.0.0.1 and on no other address', () => {
    expect(new URL(cluster.url).hostname).toBe('127.0.0.1');
    if (!existsSync('/proc/net/tcp')) {
      console.info('skipped the socket table check: /proc/net/tcp is not available on this system');
      return;
    }
    // /proc/net/tcp lists every socket: local address as hex IP:port, state 0A = LISTEN.
    const portHex = cluster.port.toString(16).toUpperCase().padStart(4, '0');
    const listening = [...readFileSync('/proc/net/tcp', 'utf8').split('\n'), ...(existsSync('/proc/net/tcp6') ? readFileSync('/proc/net/tcp6', 'utf8').split('\n') : [])]
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[1]?.endsWith(`:${portHex}`) && f[3] === '0A')
      .map((f) => f[1]!.split(':')[0]);
    expect(listening).toEqual(['0100007F']);
  });

  it('plays a crash loop without running the scenario\'s command on this machine', async () => {
    const first = await core.readNamespacedPod({ name: 'toucher', namespace: 'drill' });
    const restarts = first.status!.containerStatuses![0]!.restartCount;
    const deadline = Date.now() + 15_000;
    let now = restarts;
    while (now === restarts && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      now = (await core.readNamespacedPod({ name: 'toucher', namespace: 'drill' })).status!.containerStatuses![0]!.restartCount;
    }
    expect(now).toBeGreaterThan(restarts);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('serves the Secret through the API as a real cluster does, but never prints its value', async () => {
    const secret = await core.readNamespacedSecret({ name: 'db', namespace: 'drill' });
    expect(Buffer.from(secret.data!['password']!, 'base64').toString()).toBe(SECRET_VALUE);
    await core.readNamespacedPod({ name: 'no-such-pod', namespace: 'drill' }).catch(() => undefined);
    const output = printed.join('');
    expect(output).not.toContain(SECRET_VALUE);
    expect(output).not.toContain(Buffer.from(SECRET_VALUE).toString('base64'));
  });
});
