import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podStatusRow, type Pod } from '../../src/k8s/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let cluster: TrainingCluster | undefined;
let dir: string;
let skip: string | undefined;

function kubectl(...args: string[]): Promise<Run> {
  const kubeconfig = join(dir, 'kubeconfig');
  return new Promise((resolve) => {
    execFile('kubectl', ['--cache-dir', join(dir, 'cache'), ...args], { env: { ...process.env, KUBECONFIG: kubeconfig }, timeout: 25_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs = 20_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const scenarioPod = (name: string): Pod => {
  const s = cluster!.scenarios.find((x) => x.name === name)!;
  const [ns, pod] = s.meta.pod!.split('/');
  return s.objects.find((o) => o.kind === 'Pod' && o.metadata.name === pod && (o.metadata.namespace ?? 'default') === ns) as Pod;
};

beforeAll(async () => {
  skip = await new Promise<string | undefined>((resolve) =>
    execFile('kubectl', ['version', '--client'], { timeout: 10_000 }, (e) => resolve(e ? `kubectl is not runnable here (${(e as NodeJS.ErrnoException).code ?? e.message})` : undefined)),
  );
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'tc-kubectl-'));
  // Static: scenario pods keep their snapshot, so the expected STATUS is the scenario's own.
  cluster = await startTrainingCluster({ port: 0, static: true, writeKubeconfig: join(dir, 'kubeconfig') });
});

afterAll(async () => {
  await cluster?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('real kubectl against the training cluster', () => {
  it('get pods -A shows the STATUS kubectl computes for every scenario pod', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await kubectl('get', 'pods', '-A');
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n').map((l) => l.split(/\s{2,}/));
    expect(rows[0]).toEqual(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    const statuses = new Set<string>();
    for (const s of cluster!.scenarios.filter((x) => x.meta.pod)) {
      const [ns, name] = s.meta.pod!.split('/');
      const row = rows.find((r) => r[0] === ns && r[1] === name);
      expect(row, `${s.name}: ${s.meta.pod} listed`).toBeDefined();
      const expected = podStatusRow(scenarioPod(s.name));
      expect(row![3], s.name).toBe(expected.status);
      expect(row![2], s.name).toBe(expected.ready);
      statuses.add(row![3]!);
    }
    expect(statuses).toContain('CrashLoopBackOff');
    expect(statuses).toContain('Init:CrashLoopBackOff');
  });

  it('describe pod shows the last state, its exit code and the warning events', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await kubectl('describe', 'pod', 'crashlookbackoff-pod', '-n', 'default');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Last State:\s+Terminated/);
    expect(run.stdout).toMatch(/Exit Code:\s+3/);
    expect(run.stdout).toMatch(/Warning\s+BackOff/);
  });

  it('logs --previous prints the previous run and get events filters by involved object', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const pod = scenarioPod('oom-killed-jvm');
    const logs = await kubectl('logs', pod.metadata.name, '-n', pod.metadata.namespace!, '-c', 'ledger', '--previous', '--tail=1');
    expect(logs.code).toBe(0);
    expect(logs.stdout).toContain('Loaded 550000/2350000 balances');
    const events = await kubectl('get', 'events', '-n', pod.metadata.namespace!, '--field-selector', `involvedObject.name=${pod.metadata.name}`);
    expect(events.code).toBe(0);
    const lines = events.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE$/);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(1)) expect(l).toContain(`pod/${pod.metadata.name}`);
  });

  it('debug --copy-to with sleep infinity creates a copy that becomes Running', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await kubectl('debug', 'crashlookbackoff-pod', '-n', 'default', '--copy-to=crash-debug', '--container=busybox', '--profile=general', '--', 'sleep', 'infinity');
    expect(run.stderr).not.toContain('Error from server');
    expect(run.code).toBe(0);
    const status = await until('the copy to run', async () => {
      const r = await kubectl('get', 'pod', 'crash-debug', '-n', 'default', '-o', 'jsonpath={.status.containerStatuses[?(@.name=="busybox")].state}');
      return r.stdout.includes('running') ? r.stdout : undefined;
    });
    expect(status).toContain('startedAt');
  });

  it('debug --image=busybox --target adds an ephemeral container that starts running', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await kubectl('debug', 'crashlookbackoff-pod', '-n', 'default', '--image=busybox', '--target=busybox', '--profile=general');
    expect(run.code).toBe(0);
    const state = await until('the ephemeral container to run', async () => {
      const r = await kubectl('get', 'pod', 'crashlookbackoff-pod', '-n', 'default', '-o', 'jsonpath={.status.ephemeralContainerStatuses[0].state}');
      return r.stdout.includes('running') ? r.stdout : undefined;
    });
    expect(state).toContain('startedAt');
  });

  it('auth can-i answers from the access review', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await kubectl('auth', 'can-i', 'get', 'pods/log');
    expect(run.stdout.trim()).toBe('yes');
  });
});
