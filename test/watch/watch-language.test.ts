// `watch --lang ja` end to end: the Diagnosed Event the watcher posts on the training cluster's pod is worded in
// Japanese (what `kubectl describe pod` shows an on-call engineer), while its JSON line keeps English for machines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runWatch } from '../../src/cli/watch-command.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { englishRuns } from '../support/english-runs.js';
import { diagnosedEvents, until } from './cluster-api.js';

let cluster: TrainingCluster | undefined;
const stop = new AbortController();
let finished: Promise<number> | undefined;
afterAll(async () => {
  stop.abort();
  await finished;
  await cluster?.close();
});

it('posts the Event in the language of --lang and keeps the JSON line in English', async () => {
  cluster = await startTrainingCluster({ scenarios: [resolve(import.meta.dirname, '../../scenarios/oom-killed-jvm')], speed: 60, quiet: true });
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'crashcourse-watch-lang-')), 'kubeconfig');
  writeFileSync(kubeconfig, cluster.kubeconfig);
  const lines: string[] = [];
  finished = runWatch(
    { kubeconfig, inCluster: false, reemit: '1h', logReads: 50, logs: true, dryRun: false, metricsAddress: '127.0.0.1:0', alertmanager: false, leaderElect: false, leaseName: 'x', locale: 'ja' },
    { signal: stop.signal, write: (l) => void lines.push(l), warn: () => undefined },
  );
  await until('the first diagnosis', () => (lines.length > 0 ? true : undefined));
  const json = JSON.parse(lines[0]!) as { cause: string; pod: string; summary: string };
  const [event] = await until('its Event', async () => ((await diagnosedEvents(cluster!.url)).length > 0 ? diagnosedEvents(cluster!.url) : undefined));
  expect((event!.message ?? "").startsWith(`${json.cause}：`)).toBe(true);
  expect((event!.message ?? "")).toContain(`kubectl crashcourse payments/${json.pod}`);
  expect((event!.message ?? "")).toContain('ウィザード');
  // Evidence values (the JVM's own words) may be quoted; our sentence around them may not be English.
  expect(englishRuns((event!.message ?? "").replace(/kubectl crashcourse \S+/g, ' ').replace(/"[^"]*"|「[^」]*」/g, ' '))).toEqual([]);
  expect(englishRuns(json.summary).length).toBeGreaterThan(0);
}, 60_000);
