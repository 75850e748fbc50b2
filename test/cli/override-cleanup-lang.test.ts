// The override against the training cluster in zh-CN and ja, from "Created …" on: the keep-alives tried in turn, why
// the copy did not start, the copy left behind with its delete command, then `override --cleanup` listing, asking,
// deleting and finding nothing left. No English sentence remains once the kubelet's words, the copy names and the
// commands are taken out; the same run in English says what it always said.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createApiFallback } from '../../src/exec/api-fallback.js';
import { openKubeApi } from '../../src/exec/kube-api.js';
import { findCopies, Ledger } from '../../src/exec/ledger.js';
import { runOverrideFlow, type OverrideRequest } from '../../src/exec/override.js';
import { createPlanRunner } from '../../src/exec/plan-runner.js';
import { createTranslator, ENGLISH, type Translate } from '../../src/i18n/translate.js';
import { SHELLS } from '../../src/plans/override-plans.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns, ourWords } from '../support/english-runs.js';

// Its image has neither sleep, a shell nor tail: every keep-alive fails, and the last copy is left behind.
const POD = 'platform/config-server-qvb2bcxmgq-9fk2d';
let cluster: TrainingCluster;
let kubeconfig: string;
beforeAll(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'override-lang-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, speed: 20 });
});
afterAll(async () => cluster?.close());

async function run(t: Translate, req: Partial<OverrideRequest>, answer = false, kubectlPath?: string) {
  const api = openKubeApi({ kubeconfig });
  const chunks = { out: '', err: '', asked: [] as string[] };
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (c: Buffer) => (chunks.out += c.toString()));
  err.on('data', (c: Buffer) => (chunks.err += c.toString()));
  const request: OverrideRequest = { pod: POD, sameNode: false, keepInitContainers: true, dryRun: false, yes: true, cleanup: false, output: 'text', mode: 'run', ...req };
  const code = await runOverrideFlow(request, {
    api, runner: { ...createPlanRunner({ mode: 'run', kubectl: null, fallback: createApiFallback(api) }), ...(kubectlPath ? { kubectlPath } : {}) }, out, err, t,
    interactive: !request.yes || Boolean(kubectlPath), confirm: async (q) => (chunks.asked.push(q), answer), ledger: new Ledger(), waitTimeoutMs: 60_000,
  });
  return { code, ...chunks };
}

/** The kubelet's own words for the failed keep-alive ("exit code 128: …)" in English): quoted verbatim in every language. */
const kubeletWords = (english: string): string[] => [...new Set([...english.matchAll(/exit code \d+: ([^)]*)\)/g)].map((m) => m[1]!))];
const english = (text: string, verbatim: readonly string[]): string[] =>
  englishRuns(ourWords({ evidence: [], backoff: null }, verbatim.reduce((s, v) => s.split(v).join(' '), text)));
/** Copy names (ours, with a random suffix) and the keep-alive commands, quoted as they are. */
const COPY = /config-server-qvb2bcxmgq-9fk2d-crashcourse-[a-z0-9]+/g;

/** Until no copy of the pod is left (a delete with a grace period takes a moment). */
async function allGone(): Promise<void> {
  const api = openKubeApi({ kubeconfig });
  const deadline = Date.now() + 15_000;
  while ((await findCopies(api, 'platform', POD.split('/')[1]!)).length > 0) {
    if (Date.now() > deadline) throw new Error('the copies were not gone within 15 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

let kubelet: string[] = [];
/** The keep-alives tried, named as commands in the "tried" list. */
const KEEP_ALIVES = ["/bin/sh -c 'while true; do sleep 3600; done'", 'sleep infinity', 'tail -f /dev/null'];

describe('the override whose copy never starts, and its cleanup', () => {
  it('in English says what it always said', async () => {
    const r = await run(ENGLISH, {});
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Created platform\/config-server-\S+\. Waiting for it to run…/);
    expect(r.out).toMatch(/`sleep infinity` cannot run in this image \(the keep-alive in \S+ stopped \(StartError, exit code 128/);
    expect(r.err).toMatch(/The copy did not start: the keep-alive in \S+ stopped \(StartError, exit code 128: .*\) \(tried: sleep infinity; .*while true.*; tail -f \/dev\/null\)\n/);
    expect(r.err).toContain('the image probably lacks that program: choose another with --command');
    kubelet = kubeletWords(r.out + r.err);
    expect(kubelet.length).toBeGreaterThan(1);
    const cleaned = await run(ENGLISH, { cleanup: true });
    expect(cleaned.out).toMatch(/^Copies of platform\/config-server-qvb2bcxmgq-9fk2d made by kubectl-crashcourse:\n {2}kubectl .*delete pod config-server-\S+ .*\nDeleted config-server-\S+\.\n$/);
    await allGone();
    expect((await run(ENGLISH, { cleanup: true })).out).toBe('No copies of platform/config-server-qvb2bcxmgq-9fk2d made by kubectl-crashcourse: nothing to clean up.\n');
  });

  it.each(['zh-CN', 'ja'] as const)('in %s: progress, the reason, the leftover, the listing, the question and the deletes', async (locale) => {
    const t = createTranslator(locale);
    const r = await run(t, {});
    expect(r.code).toBe(1);
    // Everything from the first "Created" line on is the create/wait progress (the plan before it is worded elsewhere).
    const progress = r.out.slice(r.out.indexOf(t('cleanup.create.waiting', { namespace: 'platform', copy: r.out.match(COPY)![0] })));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toContain('`sleep infinity`');
    expect(r.err).toContain('tail -f /dev/null');
    const leftover = [...new Set(r.err.match(COPY))];
    expect(leftover).toHaveLength(1);
    expect(r.err).toMatch(new RegExp(`\\n {2}kubectl .*-n platform delete pod ${leftover[0]} `));
    expect(english(progress, kubelet), progress).toEqual([]);
    expect(english(r.err, [...kubelet, ...KEEP_ALIVES]), r.err).toEqual([]);

    const listed = await run(t, { cleanup: true, dryRun: true });
    const asked = await run(t, { cleanup: true, yes: false });
    expect(asked.code).toBe(1);
    expect(asked.asked).toEqual([t('cleanup.list.ask', { count: 1 })]);
    const deleted = await run(t, { cleanup: true });
    expect(deleted.out).toContain(t('cleanup.deleted', { names: leftover[0]! }));
    await allGone();
    const none = await run(t, { cleanup: true });
    expect(none.out).toBe(`${t('cleanup.list.none', { pod: POD })}\n`);
    for (const said of [listed.out, asked.out, deleted.out]) expect(said).toContain(leftover[0]!);
    for (const said of [listed.out, asked.out, asked.asked.join('\n'), deleted.out, none.out]) expect(english(said, []), said).toEqual([]);
    expect(listed.out).toMatch(new RegExp(`\\n {2}kubectl .*delete pod ${leftover[0]} `));
  });
});

/** A kubectl whose every `exec` finds no shell (126/127 is how kubectl exec reports a missing program). */
function shelllessKubectl(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'override-lang-')), 'kubectl');
  writeFileSync(path, '#!/bin/sh\nexit 127\n');
  chmodSync(path, 0o755);
  return path;
}

describe.each(['zh-CN', 'ja'] as const)('the shell hand-over with no shell in the copy, in %s', (locale) => {
  it('says so, offers the debug container with its command, asks, and deletes the copy on a yes', async () => {
    const t = createTranslator(locale);
    const r = await run(t, { pod: 'default/healthcheck-demo' }, true, shelllessKubectl());
    expect(r.code, r.err).toBe(0);
    const copy = r.out.match(/healthcheck-demo-crashcourse-[a-z0-9]+/)![0];
    // The spinner, while waiting, on stderr.
    expect(r.err).toContain(t('cleanup.create.spinner', { copy }));
    expect(r.asked).toContain(t('cleanup.shell.askDelete', { copy }));
    const said = t('cleanup.shell.noneFoundDebug', { container: 'busybox', shells: SHELLS.join(', ') });
    expect(r.out).toContain(said);
    const after = r.out.slice(r.out.indexOf(said));
    expect(after).toMatch(new RegExp(`\\n {2}kubectl .*debug .*${copy}`));
    expect(after).toContain(t('cleanup.deleted', { names: copy }));
    expect(english([after, ...r.asked.slice(1)].join('\n'), []), after).toEqual([]);
    await allGone();
  });
});

describe('the shell hand-over with no shell in the copy, in English', () => {
  it('says what it always said, with the debug container\'s purpose', async () => {
    const r = await run(ENGLISH, { pod: 'default/healthcheck-demo' }, true, shelllessKubectl());
    expect(r.code, r.err).toBe(0);
    const copy = r.out.match(/healthcheck-demo-crashcourse-[a-z0-9]+/)![0];
    expect(r.out).toMatch(new RegExp(`No shell found in busybox \\(tried sh, /bin/sh, /busybox/sh\\)\\. Look inside with a debug container instead:\\n {2}kubectl .*debug .*${copy}.*\\n {2}\\(Ephemeral containers can never be removed from a pod, which is why this targets the copy, never healthcheck-demo\\. Inside, /proc/1/root is the target's filesystem\\.\\)\\nDeleted ${copy}\\.\\n$`));
    expect(r.asked).toContain(`Delete the copy ${copy} now?`);
    expect(r.err).toContain(`waiting for ${copy}`);
    await allGone();
  });
});

describe.each(['zh-CN', 'ja'] as const)('kubectl-crashcourse override POD --cleanup --lang %s', (locale) => {
  afterEach(() => vi.restoreAllMocks());
  it('says in the reader\'s language that there is nothing to clean up', async () => {
    const io = captureOutput();
    expect(await main(['override', POD, '--cleanup', '--yes', '--kubeconfig', kubeconfig, '--lang', locale])).toBe(0);
    expect(io.out()).toBe(`${createTranslator(locale)('cleanup.list.none', { pod: POD })}\n`);
  });
});
