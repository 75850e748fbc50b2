// The wizard follows pods by a Kubernetes watch: against the training cluster (simulated kubelet at --speed 60)
// a restart is seen without waiting for the slow re-read; a re-list after 410 still sees the change; a refused
// watch falls back to re-reading and says why.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followPods } from '../../src/cli/wizard-follow.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';
import { openLiveReader } from '../../src/cluster/index.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import type { PodWatchEvent } from '../../src/cluster/watch-pods.js';
import type { KubeList, Pod } from '../../src/k8s/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

const SCENARIO = resolve(import.meta.dirname, '../../scenarios/oom-killed-jvm');
const NS = 'payments';
const NAME = 'ledger-service-lpc8jfddbz-7xw2p';
const SLOW = { everyMs: 600_000, fallbackMs: 600_000, settleMs: 20, minBackoffMs: 20 };

const restarts = (p: Pod): number => p.status?.containerStatuses?.[0]?.restartCount ?? 0;
const until = async <T,>(what: string, probe: () => T | undefined, ms = 15_000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const got = probe();
    if (got !== undefined) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

let cluster: TrainingCluster;
let reader: ClusterReader;
beforeAll(async () => {
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'wizard-follow-')), 'kubeconfig');
  cluster = await startTrainingCluster({ scenarios: [SCENARIO], speed: 60, quiet: true, port: 0, writeKubeconfig: kubeconfig });
  reader = (await openLiveReader({ kubeconfig, context: 'kubectl-crashcourse-training' })).reader;
});
afterAll(async () => {
  await cluster?.close();
});

describe('following pods by watch', () => {
  it('reads a walked pod again when it restarts, long before the slow re-read', async () => {
    const first = restarts(await reader.getPod(NS, NAME));
    const seen: number[] = [];
    const follower = followPods(reader, { namespace: NS, fieldSelector: `metadata.name=${NAME}` }, async () => void seen.push(restarts(await reader.getPod(NS, NAME))), SLOW);
    try {
      const later = await until('a read after a restart', () => seen.find((n) => n > first));
      expect(later).toBeGreaterThan(first);
    } finally {
      follower.stop();
    }
  });

  it('sees a change through the re-list when the watched version is gone (410)', async () => {
    let version = 1;
    let watches = 0;
    const pod = (rv: number): Pod => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'shop', resourceVersion: String(rv) }, spec: { containers: [] } }) as Pod;
    const fake: ClusterReader = {
      ...reader,
      listPods: async () => ({ apiVersion: 'v1', kind: 'PodList', metadata: { resourceVersion: String(version) }, items: [pod(version)] }) as KubeList<Pod>,
      watchPods: async (_s, _rv, onEvent: (e: PodWatchEvent) => void, signal: AbortSignal) => {
        watches++;
        if (watches === 1) {
          version = 7; // changed while the version we watch from was compacted away
          onEvent({ type: 'ERROR', object: { code: 410, message: 'too old resource version' } });
          return;
        }
        await new Promise((r) => signal.addEventListener('abort', r));
      },
    };
    let reads = 0;
    const follower = followPods(fake, { namespace: 'shop' }, async () => void reads++, SLOW);
    try {
      await until('a read after the re-list', () => (reads > 0 ? true : undefined));
      expect(watches).toBeGreaterThanOrEqual(2);
    } finally {
      follower.stop();
    }
  });

  it('falls back to re-reading, and says so, when the watch is refused', async () => {
    const troubles: string[] = [];
    const fake: ClusterReader = {
      ...reader,
      listPods: async () => ({ apiVersion: 'v1', kind: 'PodList', metadata: { resourceVersion: '1' }, items: [] }) as KubeList<Pod>,
      watchPods: async () => {
        throw new ClusterError('forbidden', 'pods is forbidden: cannot watch resource "pods"', 403);
      },
    };
    let reads = 0;
    const follower = followPods(fake, { namespace: 'shop' }, async () => void reads++, { ...SLOW, fallbackMs: 30, onTrouble: (m) => troubles.push(m) });
    try {
      await until('two fallback reads', () => (reads >= 2 ? true : undefined));
      expect(troubles.join('\n')).toMatch(/watch of pods is not allowed .*forbidden.*; reading again every 0 s instead/);
    } finally {
      follower.stop();
    }
  });
});
