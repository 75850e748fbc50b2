// The training cluster reads like a real cluster through real kubectl: a Secret's row, and a
// `kubectl cluster-info dump` whose tree diagnoses offline as the live cluster does.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { kubectlMissing, type Run } from './kubectl-fix-harness.js';

let cluster: TrainingCluster | undefined;
let dir: string;
let skip: string | undefined;

const kubectl = (...args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile('kubectl', ['--cache-dir', join(dir, 'cache'), ...args], { env: { ...process.env, KUBECONFIG: join(dir, 'kubeconfig') }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });

beforeAll(async () => {
  skip = await kubectlMissing();
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'tc-kinds-'));
  cluster = await startTrainingCluster({ port: 0, static: true, writeKubeconfig: join(dir, 'kubeconfig') });
});

afterAll(async () => {
  await cluster?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// The columns of every kind, plain and wide, are asserted in cluster-printers.test.ts.
describe('kubectl get prints a kind\'s cells', () => {
  it('a Secret row counts its keys and a ConfigMap row its data', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const run = await kubectl('get', 'secret', '-n', 'shop', 'acmeshop-dockerhub');
    expect(run.stdout.trim().split('\n')[1]!.split(/\s{2,}/).slice(0, 3)).toEqual(['acmeshop-dockerhub', 'kubernetes.io/dockerconfigjson', '1']);
  });
});

async function cause(args: string[]): Promise<string | null> {
  const out: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(['diagnose', ...args, '-o', 'json']);
    return code === 0 ? (JSON.parse(out.join('')) as { cause: string | null }).cause : `exit ${code}`;
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('kubectl cluster-info dump', () => {
  // Every third scenario: each diagnosis reloads the whole dump, and the full set is covered by diagnose-scenarios.
  it('writes a tree that diagnoses scenario pods offline as the live cluster does', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const out = join(dir, 'dump');
    const run = await kubectl('cluster-info', 'dump', '--all-namespaces', '--output-directory', out);
    expect(run.code, run.stderr).toBe(0);
    for (const s of cluster!.scenarios.filter((_, i) => i % 3 === 0)) {
      const pod = s.meta.pod!;
      const live = await cause([pod, '--kubeconfig', join(dir, 'kubeconfig')]);
      expect({ pod, offline: await cause(['--from', out, pod]) }).toEqual({ pod, offline: live });
    }
  }, 120_000);
});
