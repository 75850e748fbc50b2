// The built CLI as a process against the training cluster: output on stdout, one line on stderr, exit 0/1/2.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
let cluster: TrainingCluster;
let kubeconfig: string;

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 20_000 }, (error, out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
  });
}

beforeAll(async () => {
  if (!existsSync(CLI)) {
    await new Promise<void>((ok, fail) => execFile(process.execPath, [join(ROOT, 'scripts/build.mjs')], (e) => (e ? fail(e) : ok())));
  }
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-proc-')), 'kubeconfig');
  cluster = await startTrainingCluster({ writeKubeconfig: kubeconfig, quiet: true });
}, 120_000);
afterAll(async () => {
  await cluster?.close();
});

describe('kubectl-crashcourse diagnose as a process', () => {
  it('prints the cause of a crashing pod and exits 0', async () => {
    const s = cluster.scenarios.find((x) => x.meta.cause === 'oom-killed')!;
    const r = await run(['diagnose', s.meta.pod!, '--kubeconfig', kubeconfig]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Cause: oom-killed');
    expect(r.out).toMatch(/exit code 137 \(SIGKILL\)/);
    expect(r.out).toContain('$ kubectl --kubeconfig');
    expect(r.out).not.toContain('\u001b');
  });

  it('writes Markdown for a hand-over', async () => {
    const s = cluster.scenarios[0]!;
    const r = await run(['diagnose', s.meta.pod!, '--kubeconfig', kubeconfig, '-o', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Triage of pod/);
  });

  it('exits 1 with one line for a pod that does not exist', async () => {
    const r = await run(['diagnose', 'default/no-such-pod', '--kubeconfig', kubeconfig]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('kubectl-crashcourse: pod "no-such-pod" not found in namespace "default"\n');
  });

  it('exits 1 naming the server when the cluster cannot be reached', async () => {
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((ok) => probe.close(() => ok()));
    const dead = join(mkdtempSync(join(tmpdir(), 'crashcourse-dead-')), 'kubeconfig');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(dead, `apiVersion: v1\nclusters: [{name: c, cluster: {server: "http://127.0.0.1:${port}"}}]\nusers: [{name: u, user: {}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`);
    const r = await run(['diagnose', 'web', '--kubeconfig', dead]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`kubectl-crashcourse: cannot reach the cluster at http://127.0.0.1:${port}: connection refused\n`);
  });

  it('exits 2 when no pod is given, and for an invalid pod name', async () => {
    for (const args of [['diagnose', '--kubeconfig', kubeconfig], ['diagnose', 'Not_A_Pod', '--kubeconfig', kubeconfig]]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 1 with one line when there is no kubeconfig at all', async () => {
    const home = mkdtempSync(join(tmpdir(), 'crashcourse-home-'));
    const r = await run(['diagnose', 'web'], { HOME: home, KUBECONFIG: '' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('no kubeconfig found');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('kubectl-crashcourse scan as a process', () => {
  it('lists failing pods of every namespace as JSON and exits 0', async () => {
    const r = await run(['scan', '-A', '--kubeconfig', kubeconfig, '-o', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { pod: string; cause: string | null }[];
    const oom = cluster.scenarios.find((x) => x.meta.cause === 'oom-killed')!;
    expect(rows.find((row) => row.pod === oom.meta.pod)?.cause).toBe('oom-killed');
  });

  it('prints a table within 80 columns', async () => {
    const r = await run(['scan', '-A', '--kubeconfig', kubeconfig]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^POD\s+STATUS\s+RESTARTS\s+EXIT(\s+CAUSE)?$/);
    expect(r.out).toMatch(/oom-killed: /);
    for (const line of r.out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('exits 2 for -A together with -n', async () => {
    const r = await run(['scan', '-A', '-n', 'default', '--kubeconfig', kubeconfig]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('kubectl-crashcourse: give either -A (every namespace) or -n NAMESPACE, not both\n');
  });
});
