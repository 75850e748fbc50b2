// `scan --all-contexts` over three training clusters' contexts, one of which points at a port nothing listens on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { captureOutput } from '../support/capture-output.js';

const scenario = (name: string) => resolve(import.meta.dirname, '../../scenarios', name);
let east: TrainingCluster;
let west: TrainingCluster;
let kubeconfig: string;

async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function kubeconfigFor(servers: Record<string, string>): string {
  const names = Object.keys(servers);
  return [
    'apiVersion: v1', 'kind: Config',
    'clusters:', ...names.flatMap((n) => [`- name: ${n}`, '  cluster:', `    server: ${servers[n]}`, '    insecure-skip-tls-verify: true']),
    'users:', '- name: trainee', '  user: {}',
    'contexts:', ...names.flatMap((n) => [`- name: ${n}`, '  context:', `    cluster: ${n}`, '    user: trainee', '    namespace: payments']),
    `current-context: ${names[0]}`, '',
  ].join('\n');
}

beforeAll(async () => {
  // The same JVM image OOM-killed in two clusters; the second also runs an unrelated failing scenario.
  [east, west] = await Promise.all([
    startTrainingCluster({ scenarios: [scenario('oom-killed-jvm')], static: true, quiet: true }),
    startTrainingCluster({ scenarios: [scenario('oom-killed-jvm'), scenario('unknown-flag')], static: true, quiet: true }),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'crashcourse-contexts-'));
  kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, kubeconfigFor({ east: east.url, west: west.url, gone: `http://127.0.0.1:${await deadPort()}` }));
});

afterAll(async () => {
  await Promise.all([east?.close(), west?.close()]);
});
afterEach(() => vi.restoreAllMocks());

describe('scan over several clusters', () => {
  it('prints two results and one gap when one of three clusters is unreachable, and exits 0', async () => {
    const io = captureOutput();
    expect(await main(['scan', '--all-contexts', '-A', '--kubeconfig', kubeconfig])).toBe(0);
    const out = io.out();
    expect(out).toMatch(/== context east: 2 failing pods/);
    expect(out).toMatch(/== context west: \d+ failing pods/);
    expect(out).toMatch(/== context gone: not scanned\ngap: cannot reach the cluster/);
    expect(out).toContain('2 of 3 clusters scanned, 1 gap.');
  });

  it('groups the same cause and image across clusters as "crashes everywhere"', async () => {
    const io = captureOutput();
    expect(await main(['scan', '--context', 'east,west,gone', '-A', '--kubeconfig', kubeconfig, '-o', 'json'])).toBe(0);
    const report = JSON.parse(io.out()) as { clusters: { context: string; gap?: string; pods?: { pod: string; cause: string; image: string }[] }[]; groups: { cause: string; spread: string; clusters: string[]; image: string; pods: string[] }[] };
    expect(report.clusters.map((c) => [c.context, c.gap === undefined])).toEqual([['east', true], ['west', true], ['gone', false]]);
    const everywhere = report.groups.find((g) => g.spread === 'everywhere');
    expect(everywhere).toMatchObject({ cause: 'oom-killed', clusters: ['east', 'west'], image: 'registry.example.com/payments/ledger-service:2.14.3' });
    expect(everywhere!.pods).toHaveLength(4);
    // The unknown-flag pod exists in one cluster only: it is not a group.
    expect(report.groups.every((g) => g.cause !== 'bad-config')).toBe(true);
  });

  it('exits 1 with every cluster a gap, and rejects an empty name in the list', async () => {
    let io = captureOutput();
    expect(await main(['scan', '--context', 'gone', '--all-contexts', '--kubeconfig', kubeconfig])).toBe(2);
    expect(io.err()).toContain('either --all-contexts or --context A,B');
    vi.restoreAllMocks();
    io = captureOutput();
    expect(await main(['scan', '--context', 'gone,', '--kubeconfig', kubeconfig])).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    vi.restoreAllMocks();
    io = captureOutput();
    expect(await main(['scan', '--context', 'gone,gone', '--kubeconfig', kubeconfig])).toBe(1);
    expect(io.out()).toContain('0 of 1 clusters scanned, 1 gap.');
  });
});
