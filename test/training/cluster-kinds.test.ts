// Every kind the training cluster serves reads like a real cluster through real kubectl: its own columns in
// `kubectl get`, and a `kubectl cluster-info dump` whose tree diagnoses offline as the live cluster does.
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

const HEADERS: Readonly<Record<string, readonly string[]>> = {
  services: ['NAMESPACE', 'NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
  persistentvolumeclaims: ['NAMESPACE', 'NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE'],
  deployments: ['NAMESPACE', 'NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  replicasets: ['NAMESPACE', 'NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  statefulsets: ['NAMESPACE', 'NAME', 'READY', 'AGE'],
  daemonsets: ['NAMESPACE', 'NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
  jobs: ['NAMESPACE', 'NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE'],
  cronjobs: ['NAMESPACE', 'NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
  configmaps: ['NAMESPACE', 'NAME', 'DATA', 'AGE'],
  secrets: ['NAMESPACE', 'NAME', 'TYPE', 'DATA', 'AGE'],
  nodes: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
  endpoints: ['NAMESPACE', 'NAME', 'ENDPOINTS', 'AGE'],
  storageclasses: ['NAME', 'PROVISIONER', 'RECLAIMPOLICY', 'VOLUMEBINDINGMODE', 'ALLOWVOLUMEEXPANSION', 'AGE'],
};

describe('kubectl get prints each kind with its real columns', () => {
  for (const [kind, header] of Object.entries(HEADERS)) {
    it(`${kind}: ${header.slice(1).join(' ')}`, async () => {
      if (skip) return console.log(`skipped: ${skip}`);
      const run = await kubectl('get', kind, ...(header[0] === 'NAMESPACE' ? ['-A'] : []));
      expect(run.code, run.stderr).toBe(0);
      const lines = run.stdout.trim().split('\n');
      expect(lines[0]!.split(/\s{2,}/)).toEqual(header);
      expect(lines.length, `${kind}: at least one row`).toBeGreaterThan(1);
    });
  }

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
