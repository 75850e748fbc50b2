// The times inside a crash-looping container's output follow each new run: after the simulated kubelet restarts
// it, the run's log carries times within that run's own start and finish, and --timestamps agrees with them.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { findTimes } from '../../src/training/log-clock.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

const NS = 'analytics';
const NAME = 'event-consumer-2znz5vjwvn-k2j8r';
let cluster: TrainingCluster;
beforeAll(async () => {
  cluster = await startTrainingCluster({ port: 0, speed: 100, scenarios: [join(builtinScenariosDir(), 'sigterm-from-outside')] });
});
afterAll(async () => cluster?.close());

const pod = async (): Promise<Pod> => (await (await fetch(`${cluster.url}/api/v1/namespaces/${NS}/pods/${NAME}`)).json()) as Pod;

describe('log times per run', () => {
  it('moves the recorded output to each new run the kubelet starts', async () => {
    const recorded = (await pod()).status!.containerStatuses![0]!;
    let now = recorded;
    // A new run started from back-off leaves lastState on the recorded run until it ends itself (as the kubelet
    // does), so wait for a terminated run that is not the recorded one.
    const ended = (s: typeof now): boolean =>
      s.restartCount > recorded.restartCount && !!s.lastState?.terminated && s.lastState.terminated.startedAt !== recorded.lastState?.terminated?.startedAt;
    for (let i = 0; i < 400 && !ended(now); i++) {
      await new Promise((r) => setTimeout(r, 50));
      now = (await pod()).status!.containerStatuses![0]!;
    }
    const run = now.lastState!.terminated!;
    expect(run.startedAt).not.toBe(recorded.lastState?.terminated?.startedAt);
    const text = await (await fetch(`${cluster.url}/api/v1/namespaces/${NS}/pods/${NAME}/log?previous=true&timestamps=true`)).text();
    const lines = text.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    const from = Date.parse(run.startedAt!);
    const to = Date.parse(run.finishedAt!) + 999;
    for (const line of lines) {
      const stamp = Date.parse(line.slice(0, line.indexOf(' ')));
      const own = findTimes(line.slice(line.indexOf(' ') + 1), from);
      expect(own.length, line).toBeGreaterThan(0);
      for (const t of own) expect(t.ms >= from && t.ms <= to, `${line} in ${run.startedAt} … ${run.finishedAt}`).toBe(true);
      // Stamped at the time the line carries (never earlier, and in order: a squeezed run keeps fractions as written).
      expect(stamp >= Math.min(to, Math.max(from, own[0]!.ms)) && stamp >= from && stamp <= to, line).toBe(true);
    }
  });
});
