// Verification by end state: the pod is read back through the read port across a simulated minute; words typed
// count for nothing. The pod's state here is driven through a reader, as the cluster's API would show it.
import { describe, expect, it } from 'vitest';
import { judgeEndState, sampleOf, verifyEndState, type PodSample } from '../../src/classroom/index.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';
import type { Pod } from '../../src/k8s/index.js';

const pod = (o: { phase: string; ready: boolean; restarts: number; waiting?: string }): Pod =>
  ({
    metadata: { name: 'web', namespace: 'shop' },
    spec: { containers: [{ name: 'app', image: 'app:1' }] },
    status: {
      phase: o.phase,
      conditions: [{ type: 'Ready', status: o.ready ? 'True' : 'False' }],
      containerStatuses: [{ name: 'app', ready: o.ready, restartCount: o.restarts, image: 'app:1', imageID: '', state: o.waiting ? { waiting: { reason: o.waiting } } : { running: { startedAt: '2024-01-01T00:00:00Z' } } }],
    },
  }) as unknown as Pod;

/** A reader whose pod changes with each read, as the kubelet would change it between polls. */
function readerOf(states: readonly (Pod | 'gone')[]): ClusterReader & { reads: number } {
  const r = {
    reads: 0,
    source: 'test',
    getPod: async () => {
      const s = states[Math.min(r.reads++, states.length - 1)]!;
      if (s === 'gone') throw new ClusterError('not-found', 'pods "web" not found', 404);
      return s;
    },
  };
  return r as unknown as ClusterReader & { reads: number };
}

const timing = { windowMs: 60_000, samples: 4, sleep: async () => undefined };
const ok = (restarts: number) => pod({ phase: 'Running', ready: true, restarts });

describe('judgeEndState', () => {
  const s = (p: Partial<PodSample>): PodSample => ({ found: true, phase: 'Running', ready: true, restarts: 2, ...p });

  it('passes only Running, Ready and a restart count that did not move', () => {
    expect(judgeEndState([s({}), s({}), s({})])).toEqual({ passed: true, reason: 'stable', detail: '2' });
    expect(judgeEndState([s({}), s({ restarts: 3 })]).reason).toBe('restarted');
    expect(judgeEndState([s({}), s({ ready: false })]).reason).toBe('not-ready');
    expect(judgeEndState([s({ phase: 'Pending' })]).reason).toBe('not-running');
    expect(judgeEndState([s({}), { found: false, ready: false, restarts: 0 }]).reason).toBe('missing');
    expect(judgeEndState([]).passed).toBe(false);
  });

  it('reads a crash-looping container as not ready, with the kubelet\'s reason', () => {
    expect(sampleOf(pod({ phase: 'Running', ready: false, restarts: 5, waiting: 'CrashLoopBackOff' }))).toMatchObject({ ready: false, waiting: 'CrashLoopBackOff', restarts: 5 });
  });
});

describe('verifyEndState', () => {
  it('passes a pod that stays Ready for the whole window, sampling across it', async () => {
    const reader = readerOf([ok(0)]);
    const slept: number[] = [];
    expect(await verifyEndState(reader, 'shop', 'web', { ...timing, sleep: async (ms) => void slept.push(ms) })).toMatchObject({ passed: true });
    expect(reader.reads).toBe(4);
    expect(slept.reduce((a, b) => a + b, 0)).toBe(60_000);
  });

  it('fails a pod that is Ready at first but restarts within the minute (a fix that only looked right)', async () => {
    expect(await verifyEndState(readerOf([ok(0), ok(0), ok(1)]), 'shop', 'web', timing)).toMatchObject({ passed: false, reason: 'restarted', detail: '0 → 1' });
  });

  it('fails at once when the pod is gone (deleted and not yet created again)', async () => {
    const reader = readerOf(['gone', ok(0)]);
    expect(await verifyEndState(reader, 'shop', 'web', timing)).toMatchObject({ passed: false, reason: 'missing' });
    expect(reader.reads).toBe(1);
  });
});
