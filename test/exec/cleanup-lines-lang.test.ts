// What the override says after the plan — the reasons a copy did not start, the shell hand-over, the deletes after
// a signal, the copies left behind, a server that ignored dryRun, the trainer's pod errors — in the reader's
// language: in zh-CN and ja no English sentence is left once the names, the kubelet's words and the commands are
// taken out, the names and the exact delete command are there, and English still says what it always said.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Plan, RunRecord } from '../../src/contracts/plan.js';
import { runCopyShell } from '../../src/exec/copy-shell.js';
import type { ApiResponse, KubeApi } from '../../src/exec/kube-api.js';
import { Ledger } from '../../src/exec/ledger.js';
import { serverDryRun } from '../../src/exec/override-dry-run.js';
import { cleanUpAfterSignal, reportLeftovers } from '../../src/exec/override-interrupted.js';
import type { OverrideDeps } from '../../src/exec/override.js';
import { createTrainingPod, resetTrainingPod, TRAINING_CONTEXT } from '../../src/exec/trainer-pods.js';
import { waitUntilRunning } from '../../src/exec/wait-running.js';
import { CATALOGS, createTranslator, ENGLISH, type MessageKey, type Translate } from '../../src/i18n/translate.js';
import { displayWidth } from '../../src/i18n/width.js';
import { localMessage } from '../../src/i18n/user-error.js';
import type { Pod, PodStatus } from '../../src/k8s/index.js';
import { buildOverrideCopy, KEEP_ALIVE_SLEEP } from '../../src/plans/override-copy.js';
import { planOf } from '../../src/plans/plan-argv.js';
import { englishRuns, ourWords } from '../support/english-runs.js';
import { caught } from '../support/caught-user-error.js';

const NO_QUOTES = { evidence: [], backoff: null };
/** Runs of English words left once quoted values and commands are taken out. */
const english = (text: string): string[] => englishRuns(ourWords(NO_QUOTES, text));
const DELETE = (name: string, grace = 0): string => `kubectl --context c -n shop delete pod ${name} --grace-period=${grace}${grace === 0 ? ' --force' : ' --wait=false'} --ignore-not-found`;

function stream(): { stream: PassThrough; text: () => string } {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c: Buffer) => (text += c.toString()));
  return { stream: s, text: () => text };
}

const record = (plan: Plan, exitCode: number, output = ''): RunRecord => ({ planId: plan.id, argv: plan.argv, startedAt: 0, durationMs: 0, exitCode, output, outcome: 'ran' });
const api = (request: KubeApi['request'] = async () => ({ status: 404, body: {} }), context = 'c'): KubeApi => ({ context, namespace: 'shop', server: 'http://127.0.0.1:1', target: { namespace: 'shop', context: 'c' }, request });

/** An override run's deps whose delete of `web-crashcourse-bad01` fails with the API's refusal. */
function deps(t: Translate) {
  const err = stream();
  const ledger = new Ledger();
  const runner = { run: async (plan: Plan) => record(plan, plan.argv.includes('web-crashcourse-bad01') ? 1 : 0, 'pods "web-crashcourse-bad01" is forbidden: User "dev" cannot delete') };
  const d = { api: api(), runner, out: new PassThrough(), err: err.stream, interactive: false, confirm: async () => false, ledger, t } as unknown as OverrideDeps & { ledger: Ledger };
  return { d, ledger, err };
}

function fakeKubectl(exit: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cleanup-lang-')), 'kubectl');
  writeFileSync(path, `#!/bin/sh\nexit ${exit}\n`);
  chmodSync(path, 0o755);
  return path;
}

const shellPlan = planOf('override-shell', 't', { target: { namespace: 'shop', context: 'c' }, kind: 'exec-shell', pod: 'web-crashcourse-ab12c', container: 'app', shells: ['sh', '/bin/sh'] }, 'p', 'read', { interactive: true });
async function copyShell(t: Translate, kubectlExit: number, answer: boolean, deleteExit: number): Promise<string> {
  const out = stream();
  const asked: string[] = [];
  await runCopyShell(shellPlan, { kubectlPath: fakeKubectl(kubectlExit), runner: { run: async (plan) => record(plan, deleteExit, 'forbidden') }, out: out.stream, confirm: async (q) => (asked.push(q), answer), t });
  return `${asked.join('\n')}\n${out.text()}`;
}

const pod = (status: PodStatus): Pod => ({ metadata: { name: 'web-crashcourse-ab12c', namespace: 'shop' }, spec: { containers: [{ name: 'app' }] }, status });
const serving = (status: PodStatus): KubeApi => api(async () => ({ status: 200, body: pod(status) }));
const WAITS: readonly [string, PodStatus, number][] = [
  ['a keep-alive the image lacks', { phase: 'Failed', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 127, reason: 'Error', message: 'sleep: not found' } } }] }, 1000],
  ['a keep-alive that stopped', { phase: 'Failed', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 1 } } }] }, 1000],
  ['an image that cannot be pulled', { phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' } } }] }, 1000],
  ['a container that cannot be created', { phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'CreateContainerConfigError' } } }] }, 1000],
  ['a copy that ended', { phase: 'Succeeded' }, 1000],
  ['a copy never scheduled', { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient memory.' }] }, 0],
  ['a container still waiting', { phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: {} } }] }, 0],
  ['a copy not running', {}, 0],
];

describe.each(['zh-CN', 'ja'] as const)('the override\'s later lines in %s', (locale) => {
  const t = createTranslator(locale);

  it.each(WAITS)('why the copy did not start: %s', async (_what, status, timeoutMs) => {
    const r = await waitUntilRunning(serving(status), 'shop', 'web-crashcourse-ab12c', 'app', { timeoutMs, intervalMs: 1 });
    if (r.ok) throw new Error('expected the copy not to start');
    const said = [t(r.why.key, r.why.values), r.hintNote ? t(r.hintNote.key, r.hintNote.values) : ''].join('\n');
    // The kubelet's and the scheduler's own words stay as they came.
    const kubelet = ['sleep: not found', 'Back-off pulling image "x"', '0/3 nodes are available: 3 Insufficient memory.'];
    expect(english(kubelet.reduce((s, k) => s.split(k).join(' '), said))).toEqual([]);
    expect(said).not.toContain('undefined');
    for (const value of [status.containerStatuses?.[0]?.state?.waiting?.reason, status.conditions?.[0]?.message].filter(Boolean)) expect(said).toContain(value);
  });

  it('after a signal: the copy deleted, the one that could not be, with its exact delete command', async () => {
    const { d, ledger, err } = deps(t);
    ledger.add({ kind: 'Pod', namespace: 'shop', name: 'web-crashcourse-ok001', cleanup: [] });
    ledger.add({ kind: 'Pod', namespace: 'shop', name: 'web-crashcourse-bad01', cleanup: [] });
    expect(await cleanUpAfterSignal('SIGINT', d)).toBe(130);
    const text = err.text();
    expect(text).toContain(t('cleanup.deleted', { names: 'web-crashcourse-ok001' }));
    expect(text).toContain(`\n  ${DELETE('web-crashcourse-bad01')}`);
    expect(text).toContain('SIGINT');
    expect(english(text.replace(/pods "[^\n]*cannot delete/, ' '))).toEqual([]);
    expect(ledger.pending().map((c) => c.name)).toEqual(['web-crashcourse-bad01']);
  });

  it('after a signal before anything was made, and the copies left after an error', async () => {
    const { d, ledger, err } = deps(t);
    await cleanUpAfterSignal('SIGTERM', d);
    ledger.add({ kind: 'Pod', namespace: 'shop', name: 'web-crashcourse-ab12c', cleanup: [] });
    reportLeftovers(d, ledger);
    const text = err.text();
    expect(text).toContain(t('cleanup.signal.nothing', { signal: 'SIGTERM' }));
    expect(text).toContain(`web-crashcourse-ab12c`);
    expect(text).toContain(`\n  ${DELETE('web-crashcourse-ab12c')}\n`);
    expect(english(text)).toEqual([]);
  });

  it('the shell hand-over: no shell, the delete question, deleted, a failed delete and a kept copy', async () => {
    const texts = [await copyShell(t, 127, false, 0), await copyShell(t, 0, true, 0), await copyShell(t, 0, true, 1)];
    const all = texts.join('\n');
    expect(texts[0]).toContain(t('cleanup.shell.noneFound', { container: 'app', shells: 'sh, /bin/sh' }));
    expect(texts[1]).toContain(t('cleanup.deleted', { names: 'web-crashcourse-ab12c' }));
    expect(texts[2]).toContain(t('cleanup.deleteFailed', { copy: 'web-crashcourse-ab12c', why: 'forbidden' }));
    for (const text of [texts[0]!, texts[2]!]) expect(text).toContain(`\n  ${DELETE('web-crashcourse-ab12c', 1)}`);
    expect(all).toContain(t('cleanup.shell.askDeleteKeep', { copy: 'web-crashcourse-ab12c' }));
    expect(english(all.replace(/forbidden/g, ' '))).toEqual([]);
  });

  it('a server that ignored dryRun and would not delete the copy: the error names it and its delete command', async () => {
    const copy = buildOverrideCopy({ pod: { metadata: { name: 'web', namespace: 'shop', uid: 'u' }, spec: { containers: [{ name: 'app', image: 'busybox' }] } }, container: { name: 'app', init: false }, keepAlive: KEEP_ALIVE_SLEEP, sameNode: false, keepInitContainers: false, suffix: 'ab12c', now: '2026-01-01T00:00:00Z', claims: {} });
    let stored: Pod | undefined;
    const ignoring = api(async (method, _path, body): Promise<ApiResponse> => {
      if (method === 'POST') return { status: 201, body: (stored = { ...(body as Pod), metadata: { ...(body as Pod).metadata, resourceVersion: '9' } }) };
      if (method === 'DELETE') return { status: 403, body: { kind: 'Status', message: 'pods is forbidden: cannot delete' } };
      return { status: 200, body: stored };
    });
    const e = await caught(() => serverDryRun(ignoring, copy, new Ledger()));
    expect(e.message).toBe(`the server ignored dryRun and created ${copy.name} in namespace shop; deleting it failed (pods is forbidden: cannot delete). Delete it with: ${DELETE(copy.name)}`);
    const said = localMessage(e, t);
    expect(said).toContain(copy.name);
    expect(said).toContain(DELETE(copy.name));
    expect(english(said.replace('pods is forbidden: cannot delete', ' '))).toEqual([]);
  });

  it('the trainer\'s reset and inject when the cluster refuses, or the pod will not go', async () => {
    const training = (del: number, get: number, post: number) => api(async (method) => ({ status: method === 'DELETE' ? del : method === 'GET' ? get : post, body: { kind: 'Status', message: 'the server said no' } }), TRAINING_CONTEXT);
    const web: Pod = { metadata: { name: 'web', namespace: 'shop' }, spec: { containers: [] } };
    const errors = [
      await caught(() => resetTrainingPod(training(403, 404, 201), web, async () => undefined)),
      await caught(() => resetTrainingPod(training(200, 200, 201), web, async () => undefined)),
      await caught(() => createTrainingPod(training(200, 404, 409), { metadata: { name: 'web', namespace: 'shop' } })),
    ];
    expect(errors.map((e) => e.message)).toEqual([
      'cannot delete pod shop/web: the server said no',
      'pod shop/web is still there after it was deleted',
      'cannot create the pod: the server said no',
    ]);
    for (const e of errors) {
      const said = localMessage(e, t);
      expect(english(said.replace('the server said no', ' '))).toEqual([]);
    }
    expect(localMessage(errors[0]!, t)).toContain('shop/web');
  });
});

describe('the override\'s later lines in English', () => {
  it('say what they always said', async () => {
    const { d, ledger, err } = deps(ENGLISH);
    ledger.add({ kind: 'Pod', namespace: 'shop', name: 'web-crashcourse-bad01', cleanup: [] });
    await cleanUpAfterSignal('SIGHUP', d);
    reportLeftovers(d, ledger);
    expect(err.text()).toBe([
      '',
      'SIGHUP: stopping; removing what this run created.',
      `web-crashcourse-bad01 was NOT deleted (pods "web-crashcourse-bad01" is forbidden: User "dev" cannot delete). Delete it with:\n  ${DELETE('web-crashcourse-bad01')}`,
      `web-crashcourse-bad01 may still exist in namespace shop. Delete it with:\n  ${DELETE('web-crashcourse-bad01')}`,
      '',
    ].join('\n'));
    expect(await copyShell(ENGLISH, 127, false, 0)).toBe(`Delete the copy web-crashcourse-ab12c now? (anything else keeps it for the next steps)\nNo shell found in app (tried sh, /bin/sh).\nweb-crashcourse-ab12c is still there in namespace shop. Delete it with:\n  ${DELETE('web-crashcourse-ab12c', 1)}\n`);
    const r = await waitUntilRunning(serving(WAITS[0]![1]), 'shop', 'web-crashcourse-ab12c', 'app', { timeoutMs: 1000, intervalMs: 1 });
    expect(!r.ok && [r.reason, r.hint]).toEqual([
      'the keep-alive in app stopped (Error, exit code 127: sleep: not found)',
      'the image probably lacks that program: choose another with --command (e.g. --command "tail -f /dev/null" or --command "/bin/sh -c \'while true; do sleep 3600; done\'"), or, for an image without a shell, use the debug-container route shown below',
    ]);
  });
});

describe('the width of the translated lines', () => {
  it('no zh-CN or ja line is wider in a terminal than its English one, or 80 columns when that is wider', () => {
    const en = CATALOGS.en;
    const keys = Object.keys(en).filter((k) => k.startsWith('cleanup.'));
    expect(keys.length).toBeGreaterThan(40);
    // Short stand-ins for the values (names, commands, reasons), the same in every language.
    const values = (key: string): Record<string, string | number> =>
      Object.fromEntries([...en[key]!.matchAll(/\{(\w+)/g)].map(([, name]) => [name!, name === 'count' ? 2 : /^(has[A-Z]|deleted$)/.test(name!) ? 'yes' : 'x']));
    const widest = (text: string): number => Math.max(...text.split('\n').map(displayWidth));
    for (const locale of ['zh-CN', 'ja'] as const) {
      const t = createTranslator(locale);
      const over = keys.filter((k) => widest(t(k as MessageKey, values(k))) > Math.max(80, widest(ENGLISH(k as MessageKey, values(k)))));
      expect(over, locale).toEqual([]);
    }
  });
});
