import { CoreV1Api, Exec, KubeConfig, type V1Status } from '@kubernetes/client-node';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { kubectlMissing, runOnPty } from './exec-test-server.js';

// The busybox scenario: `sleep 5;exit 3` crash-loops next to a running istio-proxy sidecar.
const POD = 'crashlookbackoff-pod';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('exec against the training cluster', () => {
  let cluster: TrainingCluster;
  let dir: string;
  let kc: KubeConfig;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'exec-cluster-'));
    cluster = await startTrainingCluster({ port: 0, quiet: true, speed: 20, writeKubeconfig: join(dir, 'kubeconfig') });
    kc = new KubeConfig();
    kc.loadFromString(cluster.kubeconfig);
  });
  afterAll(async () => {
    await cluster.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function execIn(container: string, command: string[]): Promise<{ out: string; status: V1Status }> {
    const out = new Collect();
    const status = await new Promise<V1Status>((resolve, reject) => {
      new Exec(kc).exec('default', POD, container, command, out, null, null, false, resolve).catch(reject);
    });
    return { out: out.text, status };
  }

  it('runs a command in the running sidecar with the env its pod spec gives it', async () => {
    const { out, status } = await execIn('istio-proxy', ['sh', '-c', 'printenv POD_NAME POD_NAMESPACE; exit 3']);
    expect(out).toBe(`${POD}\ndefault\n`);
    expect(status.reason).toBe('NonZeroExitCode');
    expect(status.details?.causes?.[0]?.message).toBe('3');
  });

  it('refuses to exec into the container that is crash-looping, with the Status the apiserver sends', async () => {
    const url = `${cluster.url}/api/v1/namespaces/default/pods/${POD}/exec?command=sh&container=busybox&stdout=true`;
    const answer = await new Promise<{ code: number; body: string }>((resolve, reject) => {
      const req = request(url, {
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64'), 'Sec-WebSocket-Protocol': 'v5.channel.k8s.io' },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ code: res.statusCode ?? 0, body }));
      });
      req.on('upgrade', () => reject(new Error('the upgrade was accepted')));
      req.on('error', reject);
      req.end();
    });
    expect(answer.code).toBe(500);
    expect(JSON.parse(answer.body)).toMatchObject({ kind: 'Status', reason: 'InternalError', message: 'container not found ("busybox")' });
  });

  it('lets kubectl exec into a debug copy that keeps running, and reports the exit code of a command there', async () => {
    const skip = await kubectlMissing();
    if (skip) {
      console.log(`skipped: ${skip}`);
      return;
    }
    const kubectl = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
      new Promise((resolve) =>
        execFile('kubectl', ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), ...args], { timeout: 25_000 }, (e, stdout, stderr) =>
          resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, stdout, stderr }),
        ),
      );
    const copy = await kubectl(['debug', POD, '--copy-to=cb-debug', '--container=busybox', '--', 'sleep', 'infinity']);
    expect(copy.code).toBe(0);
    const core = kc.makeApiClient(CoreV1Api);
    await waitFor(async () => {
      const pod = await core.readNamespacedPod({ name: 'cb-debug', namespace: 'default' });
      return pod.status?.containerStatuses?.find((c) => c.name === 'busybox')?.state?.running ? true : undefined;
    }, 'the copy to be running');
    const result = await kubectl(['exec', 'cb-debug', '-c', 'busybox', '--', 'sh', '-c', 'cat /var/run/secrets/kubernetes.io/serviceaccount/namespace; echo; ps; exit 3']);
    expect(result.stdout).toMatch(/^default\nPID\s+USER\s+TIME\s+COMMAND\n\s+1 root\s+0:00 sleep infinity\n/);
    expect(result.stderr).toContain('command terminated with exit code 3');
    expect(result.code).toBe(3);
  });

  it('attaches kubectl debug -it to an ephemeral container running the fake shell', async () => {
    const skip = await kubectlMissing();
    if (skip) {
      console.log(`skipped: ${skip}`);
      return;
    }
    const result = await runOnPty(
      ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), 'debug', '-it', POD, '--image=busybox', '--target=busybox'],
      [
        { until: '/ # ', count: 1, send: 'hostname\r' },
        { until: '/ # ', count: 2, send: 'exit\r' },
      ],
    );
    if (typeof result === 'string') {
      console.log(`skipped: ${result}`);
      return;
    }
    expect(result.output).toContain(`/ # hostname\r\n${POD}\r\n/ # exit\r\n`);
    expect(result.output).toMatch(/Session ended/);
    expect(result.exit).toBe(0);
  });
});
