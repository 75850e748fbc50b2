// The watcher's warnings on stderr (`watch --lang`) in zh-CN and ja: a pod it cannot read, a sink it cannot
// publish to, a list that fails and is retried, earlier Events it cannot read, a diagnosis that throws. Each keeps
// the pod, sink and operation it names, and English stays English. The log-budget reasons carry keys too, while
// the JSON result that quotes them as gaps stays English.
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openOfflineReader } from '../../src/cluster/index.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import { createTranslator } from '../../src/i18n/index.js';
import { localMessage } from '../../src/i18n/user-error.js';
import type { Locale } from '../../src/i18n/locale.js';
import { createWatchMetrics } from '../../src/metrics/index.js';
import { runWatcher } from '../../src/watch/index.js';
import type { LogPolicy } from '../../src/watch/log-budget.js';
import { TokenBucket, withLogPolicy } from '../../src/watch/log-budget.js';
import type { PodSource } from '../../src/watch/pod-source.js';
import { englishRuns } from '../support/english-runs.js';

const SCENARIO = resolve(import.meta.dirname, '../../scenarios/unknown-flag');
const offline = await openOfflineReader(SCENARIO);
const [ns, name] = offline.scenarios[0]!.meta.pod!.split('/') as [string, string];
const pod = await offline.getPod(ns, name);

// A webhook that always answers 500.
const hook: Server = createServer((_req, res) => res.writeHead(500).end());
await new Promise<void>((ok) => hook.listen(0, '127.0.0.1', ok));
afterAll(() => new Promise((ok) => hook.close(ok)));
const hookUrl = new URL(`http://127.0.0.1:${(hook.address() as { port: number }).port}/`);

type Trouble = 'read' | 'publish' | 'list' | 'events' | 'internal';

/** Runs the watcher until it has warned once, with one thing going wrong. */
async function warningOf(trouble: Trouble, locale: Locale): Promise<string> {
  const reader: ClusterReader = Object.create(offline) as ClusterReader;
  if (trouble === 'read') reader.getPod = async () => Promise.reject(new ClusterError('forbidden', 'pods "x" is forbidden', 403));
  if (trouble === 'events') reader.listEvents = async () => Promise.reject(new ClusterError('server', 'etcd is down', 500));
  let listed = false;
  const source: PodSource = {
    listPage: async () => {
      if (trouble === 'list' && !listed) {
        listed = true;
        throw new ClusterError('timeout', 'the list timed out');
      }
      return { items: [pod], resourceVersion: '1' };
    },
    watch: (_rv, _onEvent, signal) => new Promise((r) => signal.addEventListener('abort', () => r())),
  };
  const warnings: string[] = [];
  const watcher = runWatcher({
    source, reader, target: {}, metrics: createWatchMetrics({ processMetrics: false }), reemitMs: 60_000, warn: (l) => void warnings.push(l),
    t: createTranslator(locale),
    sinks: {
      write: () => {
        if (trouble === 'internal') throw new Error('stdout is gone');
      },
      timeoutMs: 2000, ...(trouble === 'publish' ? { webhook: hookUrl } : {}),
    },
    logs: { kind: 'limited', bucket: new TokenBucket(100, 100) },
    ...(trouble === 'events' ? { rememberPublished: {} } : {}),
    listWatch: { minBackoffMs: 1, maxBackoffMs: 5 },
  });
  const deadline = Date.now() + 10_000;
  while (warnings.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  await watcher.stop(1000);
  expect(warnings.length, trouble).toBeGreaterThan(0);
  return warnings[0]!;
}

const cases: readonly (readonly [Trouble, RegExp, readonly string[]])[] = [
  ['read', /^kubectl-crashcourse watch: cannot read pod \S+: .*pods "x" is forbidden$/, [`${ns}/${name}`]],
  ['publish', /^kubectl-crashcourse watch: could not publish to webhook for \S+: the webhook answered HTTP 500$/, [`${ns}/${name}`, 'webhook', '500']],
  ['list', /^kubectl-crashcourse watch: list failed, retrying: the list timed out$/, ['list']],
  ['events', /^kubectl-crashcourse watch: cannot read earlier Diagnosed events, so workloads may be published again: etcd is down$/, ['Diagnosed']],
  ['internal', /^kubectl-crashcourse watch: internal error diagnosing \S+: stdout is gone$/, [`${ns}/${name}`]],
];

describe.each(cases)('the watcher\'s warning when %s fails', (trouble, english, values) => {
  it('is the English line in English, and worded in zh-CN and ja with the same names', async () => {
    expect(await warningOf(trouble, 'en')).toMatch(english);
    for (const locale of ['zh-CN', 'ja'] as const) {
      const line = await warningOf(trouble, locale);
      expect(line.startsWith('kubectl-crashcourse watch: ')).toBe(true);
      expect(line).toMatch(locale === 'ja' ? /[\u3040-\u30ff]/ : /[\u4e00-\u9fff]/);
      for (const v of values) expect(line).toContain(v);
      // What is left after the prefix and the cluster's (or the library's) own message is ours.
      const ours = line.replace('kubectl-crashcourse watch: ', '').replace(/pods "x" is forbidden|the list timed out|etcd is down|stdout is gone/, ' ');
      expect(englishRuns(ours), line).toEqual([]);
    }
  });
});

describe('the log budget', () => {
  const policies: readonly (readonly [string, LogPolicy, string])[] = [
    ['off', { kind: 'off' }, 'log reads are off for this watcher (--no-logs: its role has no pods/log permission)'],
    ['spent', { kind: 'limited', bucket: new TokenBucket(0, 0) }, 'log read skipped: the watcher\'s log rate limit was reached'],
  ];
  it.each(policies)('%s: the reason keeps its English and is worded in zh-CN and ja', async (_name, policy, english) => {
    const gated = withLogPolicy(offline, policy, () => undefined);
    const err = await gated.readLog(ns, name, { container: 'x', previous: false }).then(() => undefined, (e: unknown) => e as ClusterError);
    expect(err).toBeInstanceOf(ClusterError);
    expect(err!.message).toBe(english);
    for (const locale of ['zh-CN', 'ja'] as const) {
      const line = localMessage(err!, createTranslator(locale));
      expect(line).toMatch(locale === 'ja' ? /[\u3040-\u30ff]/ : /[\u4e00-\u9fff]/);
      expect(englishRuns(line.replace(/--no-logs|pods\/log/g, ' '))).toEqual([]);
    }
  });
});
