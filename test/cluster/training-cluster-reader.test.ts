// The live reader and gather against the training cluster: paging over synthetic pods, a forbidden log read
// becoming a gap, and a missing pod becoming one line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLiveReader } from '../../src/cluster/index.js';
import { UserError } from '../../src/errors.js';
import { gatherEvidence, scanPods } from '../../src/evidence/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
let kubeconfig: string;

beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-tc-')), 'kubeconfig');
  cluster = await startTrainingCluster({ writeKubeconfig: kubeconfig, quiet: true, syntheticPods: 1200, forbid: ['get:pods/log'] });
});
afterAll(async () => {
  await cluster?.close();
});

const limits = { tailLines: 100, limitBytes: 64 * 1024 };

describe('the live reader against the training cluster', () => {
  it('pages through every pod of the cluster 500 at a time', async () => {
    const { reader } = await openLiveReader({ kubeconfig });
    let seen = 0;
    let pages = 0;
    let token: string | undefined;
    do {
      const page = await reader.listPods(undefined, { limit: 500, ...(token ? { continue: token } : {}) });
      seen += page.items.length;
      pages++;
      token = page.metadata?.continue;
    } while (token);
    expect(seen).toBe(cluster.podCount);
    expect(pages).toBe(Math.ceil(cluster.podCount / 500));
  });

  it('records a forbidden log read as a gap with the kubectl command, and still reads the rest', async () => {
    const { reader, context } = await openLiveReader({ kubeconfig });
    const scenario = cluster.scenarios.find((s) => s.name === 'oom-killed-jvm') ?? cluster.scenarios[0]!;
    const [ns, name] = scenario.meta.pod!.split('/') as [string, string];
    const evidence = await gatherEvidence(reader, ns, name, { ...limits, target: { namespace: ns, context } });
    expect(evidence.logs).toEqual([]);
    const gap = evidence.gaps.find((g) => g.what.includes('logs of container'));
    expect(gap?.reason).toMatch(/^forbidden: /);
    expect(gap?.command?.slice(0, 6)).toEqual(['kubectl', '--context', context, '-n', ns, 'logs']);
    expect(evidence.events.length).toBeGreaterThan(0);
  });

  it('says which pod is missing in which namespace', async () => {
    const { reader } = await openLiveReader({ kubeconfig });
    await expect(gatherEvidence(reader, 'default', 'no-such-pod', limits)).rejects.toMatchObject({ name: 'UserError', message: 'pod "no-such-pod" not found in namespace "default"' });
  });

  it('says the pod itself is forbidden in one line, with the apiserver reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crashcourse-tc-forbid-'));
    const locked = await startTrainingCluster({ writeKubeconfig: join(dir, 'kubeconfig'), quiet: true, forbid: ['get:pods'] });
    try {
      const { reader } = await openLiveReader({ kubeconfig: join(dir, 'kubeconfig') });
      const [ns, name] = locked.scenarios[0]!.meta.pod!.split('/') as [string, string];
      const err = await gatherEvidence(reader, ns, name, limits).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(new RegExp(`^cannot read pod ${ns}/${name}: forbidden: .+`));
      expect((err as Error).message).not.toContain('\n');
    } finally {
      await locked.close();
    }
  });

  it('scans every namespace and keeps only failing pods', async () => {
    const { reader } = await openLiveReader({ kubeconfig });
    const rows = await scanPods(reader, {});
    expect(rows.length).toBeGreaterThan(cluster.scenarios.length / 2);
    expect(rows.length).toBeLessThan(cluster.podCount / 2);
    for (const r of rows) expect(r.status).not.toBe('Completed');
    const severities = rows.map((r) => r.severity);
    expect([...severities].sort((a, b) => b - a)).toEqual(severities);
  });
});
