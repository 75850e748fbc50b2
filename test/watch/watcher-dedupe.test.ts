// The watcher on a scenario read offline, with a scripted pod source and a clock the test moves: one result
// per workload and cause, a replica of the same workload adds nothing, and the interval brings it back.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOfflineReader } from '../../src/cluster/index.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import type { Pod } from '../../src/k8s/index.js';
import { createWatchMetrics } from '../../src/metrics/index.js';
import { runWatcher } from '../../src/watch/index.js';
import { TokenBucket } from '../../src/watch/log-budget.js';
import type { PodSource, WatchEvent } from '../../src/watch/pod-source.js';

const SCENARIO = resolve(import.meta.dirname, '../../scenarios/unknown-flag');

async function setup() {
  const offline = await openOfflineReader(SCENARIO);
  const [ns, name] = offline.scenarios[0]!.meta.pod!.split('/') as [string, string];
  const original = await offline.getPod(ns, name);
  const replica: Pod = { ...original, metadata: { ...original.metadata, name: `${name.slice(0, -5)}zzzzz`, uid: 'replica-uid' } };
  const reader: ClusterReader = Object.create(offline) as ClusterReader;
  reader.getPod = async (n, p) => (p === replica.metadata.name ? replica : offline.getPod(n, p));
  // The replica runs the same image with the same arguments: it prints what the original printed.
  reader.readLog = async (n, p, o) => offline.readLog(n, p === replica.metadata.name ? name : p, o);
  let emit: (e: WatchEvent) => void = () => undefined;
  const source: PodSource = {
    listPage: async () => ({ items: [original], resourceVersion: '1' }),
    watch: (_rv, onEvent, signal) => {
      emit = onEvent;
      return new Promise((r) => signal.addEventListener('abort', () => r()));
    },
  };
  let clock = offline.now?.() ?? Date.now();
  const lines: string[] = [];
  const metrics = createWatchMetrics({ processMetrics: false });
  const watcher = runWatcher({
    source, reader, target: {}, metrics, reemitMs: 60 * 60_000, now: () => clock, warn: () => undefined,
    sinks: { write: (l) => void lines.push(l), timeoutMs: 1000 },
    logs: { kind: 'limited', bucket: new TokenBucket(100, 100) },
  });
  const count = async (): Promise<number> => (await metrics.diagnoses.get()).values.reduce((n, v) => n + v.value, 0);
  return { original, replica, lines, watcher, metrics, count, emit: (e: WatchEvent) => emit(e), advance: (ms: number) => (clock += ms) };
}

async function settle(check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('de-duplication per workload and cause', () => {
  it('publishes once for the workload, not again for its restarts or for another replica, and again after --reemit', async () => {
    const t = await setup();
    await settle(() => t.lines.length === 1);
    const first = JSON.parse(t.lines[0]!) as { cause: string; workload: { kind: string; name: string } };
    expect(first.cause).toBe('bad-config');
    // Restarts of the same pod: MODIFIED events with the same UID.
    for (let i = 0; i < 5; i++) t.emit({ type: 'MODIFIED', object: t.original });
    t.emit({ type: 'ADDED', object: t.replica });
    await settle(async () => (await t.metrics.suppressed.get()).values[0]?.value === 1);
    expect(t.lines).toHaveLength(1);
    expect(await t.count()).toBe(1);
    t.advance(61 * 60_000);
    t.emit({ type: 'MODIFIED', object: t.original });
    await settle(() => t.lines.length === 2);
    expect(await t.count()).toBe(2);
    await t.watcher.stop();
  });
});
