// The normal output of the secondary commands (check's summary, flows validate, training-cluster reset) in the
// reader's language: run in-process with --lang ja and --lang zh-CN, no English sentence may be left outside
// file names and scenario names; the same command in English still prints the English (so the check can fail).
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startupText } from '../../src/cli/training-cluster-command.js';
import { renderCheckText } from '../../src/check/index.js';
import type { CheckFinding } from '../../src/check/types.js';
import { CATALOGS, createTranslator } from '../../src/i18n/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';

const GOOD = join(import.meta.dirname, '../fixtures/check/good');
const SCENARIOS = join(import.meta.dirname, '../../scenarios');

afterEach(() => vi.restoreAllMocks());

/** The output without the paths and scenario names it quotes: what is left is ours to word. */
const ours = (text: string): string => text.replace(/\S*\/\S*/g, ' ');

describe.each(['ja', 'zh-CN'] as const)('secondary commands\' output with --lang %s', (locale) => {
  it('check: the summary of a clean directory', async () => {
    const io = captureOutput();
    expect(await main(['check', '-f', GOOD, '--lang', locale])).toBe(0);
    const out = io.out();
    expect(out).toContain(createTranslator(locale)('out.check.none', { workloads: 4, files: 3 }));
    expect(englishRuns(ours(out))).toEqual([]);
  });

  it('check: the counts line of findings', () => {
    const finding = (severity: CheckFinding['severity']): CheckFinding => ({ rule: 'r', cause: 'oom-killed', severity, message: 'm', file: 'f.yaml', line: 1, object: 'Pod/p' });
    const text = renderCheckText([finding('error'), finding('warning'), finding('warning')], { files: 1, workloads: 1 }, createTranslator(locale));
    const summary = text.trimEnd().split('\n').at(-1)!;
    expect(summary).toContain(createTranslator(locale)('out.check.warnings', { n: 2 }));
    expect(englishRuns(summary)).toEqual([]);
  });

  it('rules list and rules explain of every rule', async () => {
    const io = captureOutput();
    expect(await main(['rules', 'list', '--lang', locale])).toBe(0);
    const ids = io.out().trimEnd().split('\n').map((l) => l.trim().split(/\s+/)[1]!);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(await main(['rules', 'explain', id, '--lang', locale])).toBe(0);
    const out = io.out();
    expect(out).toContain(createTranslator(locale)('out.rules.triedFirst'));
    // Rule ids, finding ids, cause ids and Kubernetes words (OOMKilled, exit codes) stay; sentences may not.
    expect(englishRuns(ours(out.replace(/\b[a-z]+(?:-[a-z0-9]+)+\b/g, ' ')))).toEqual([]);
  });

  it.each([
    ['alert-rules', '--window', 'soon'], ['alert-rules', '--for', 'x'], ['alert-rules', '--runbook-url', 'ftp://x'], ['alert-rules', '--name', 'Bad_Name'],
    ['watch', '--reemit', 'often'], ['watch', '--in-cluster', '--context', 'c'], ['watch', '--webhook', 'ftp://h'], ['watch', '--metrics-address', 'nowhere'],
  ])('%s %s: the argument error is one line in the reader\'s language', async (...args) => {
    const io = captureOutput();
    expect(await main([...args, '--lang', locale])).toBe(2);
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kubectl-crashcourse: --/);
    expect(englishRuns(ours(lines[0]!.replace(/"[^"]*"|「[^」]*」|“[^”]*”/g, ' ')))).toEqual([]);
  });

  it.each([['no-such-rule'], ['oom']])('rules explain %s: the unknown-rule error is one line in the reader\'s language', async (id) => {
    const io = captureOutput();
    expect(await main(['rules', 'explain', id, '--lang', locale])).toBe(2);
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(id);
    expect(lines[0]).toContain('kubectl-crashcourse rules list');
    expect(englishRuns(ours(lines[0]!.replace(/kubectl-crashcourse rules list|"[^"]*"|「[^」]*」|“[^”]*”|\b[a-z]+(?:-[a-z0-9]+)+\b/g, ' ')))).toEqual([]);
  });

  it('flows validate: one line per shipped flow', async () => {
    const io = captureOutput();
    expect(await main(['flows', 'validate', '--lang', locale])).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.startsWith(CATALOGS[locale]['out.flows.ok']!.split(' ')[0]!)).toBe(true);
    expect(englishRuns(ours(io.out()))).toEqual([]);
  });
});

describe('training-cluster reset output', () => {
  let cluster: TrainingCluster;
  let dir: string;
  beforeAll(async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    dir = await mkdtemp(join(tmpdir(), 'crashcourse-reset-'));
    cluster = await startTrainingCluster({ scenarios: [SCENARIOS], port: 0, writeKubeconfig: join(dir, 'kubeconfig') });
  }, 60_000);
  afterAll(async () => {
    await cluster?.close();
    const { rm } = await import('node:fs/promises');
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['ja', 'zh-CN'] as const)('is worded in %s', async (locale) => {
    const io = captureOutput();
    expect(await main(['training-cluster', 'reset', 'oom-killed-jvm', '--kubeconfig', join(dir, 'kubeconfig'), '--lang', locale])).toBe(0);
    expect(io.out()).toBe(`${createTranslator(locale)('out.reset.done', { scenarios: 'oom-killed-jvm' })}\n`);
    expect(englishRuns(io.out())).toEqual([]);
  });

  it.each(['ja', 'zh-CN'] as const)('override --dry-run words its plan in %s (diff, commands and the debug purpose stay)', async (locale) => {
    const io = captureOutput();
    expect(await main(['override', 'nginx-crashloop/nginx-8qtwn7hx9m-xsl6p', '--kubeconfig', join(dir, 'kubeconfig'), '--dry-run', '--lang', locale])).toBe(0);
    const t = createTranslator(locale);
    const out = io.out();
    for (const key of ['out.override.isolated', 'out.override.notPinned', 'out.override.debugHeading', 'out.dryRun.admitted', 'out.override.dryRunDone'] as const) expect(out).toContain(t(key));
    // Our lines: not the diff (YAML), not a command, not the planner's purpose in parentheses.
    const prose = out.replace(/^--- [^]*?\n\n/m, '').split('\n').filter((l) => !/^\s{2}(kubectl|\(kubectl|\/)/.test(l)).join('\n');
    expect(prose).toContain(t('out.override.isolated'));
    expect(englishRuns(ours(prose))).toEqual([]);
  });

  it.each(['ja', 'zh-CN'] as const)('watch prints where its metrics listen in %s', async (locale) => {
    const { runWatch } = await import('../../src/cli/watch-command.js');
    const stop = new AbortController();
    const warnings: string[] = [];
    let listening!: (url: string) => void;
    const ready = new Promise<string>((r) => (listening = r));
    const finished = runWatch(
      { kubeconfig: join(dir, 'kubeconfig'), inCluster: false, reemit: '1h', logReads: 50, logs: false, dryRun: true, metricsAddress: '127.0.0.1:0', alertmanager: false, leaderElect: false, leaseName: 'x', locale },
      { signal: stop.signal, write: () => undefined, onListening: listening, warn: (l) => void warnings.push(l) },
    );
    const url = await ready;
    stop.abort();
    await finished;
    expect(warnings).toContain(`kubectl-crashcourse watch: ${createTranslator(locale)('out.watch.listening', { url })}`);
    expect(englishRuns(ours(warnings[0]!))).toEqual([]);
  });

  it('is English by default, and the detector finds English in it', async () => {
    const io = captureOutput();
    expect(await main(['training-cluster', 'reset', 'oom-killed-jvm', '--kubeconfig', join(dir, 'kubeconfig'), '--lang', 'en'])).toBe(0);
    expect(io.out()).toBe('Reset oom-killed-jvm\n');
  });
});

describe.each(['ja', 'zh-CN'] as const)('training-cluster start-up text in %s', (locale) => {
  it('words everything but the URL, the path and the commands to copy', () => {
    const text = startupText({ url: 'http://127.0.0.1:8443', scenarios: [1, 2], podCount: 1 }, '/tmp/k/kubeconfig', createTranslator(locale));
    expect(text).toContain('  export KUBECONFIG=/tmp/k/kubeconfig\n  kubectl get pods -A\n');
    expect(text).toContain('http://127.0.0.1:8443');
    const prose = text.split('\n').filter((l) => !l.startsWith('  ')).join('\n');
    expect(englishRuns(ours(prose))).toEqual([]);
  });
});

describe('the English output the detector must catch', () => {
  it('finds the English summary of check and flows validate', () => {
    const t = createTranslator('en');
    expect(englishRuns(t('out.check.none', { workloads: 4, files: 3 }))).not.toEqual([]);
    expect(englishRuns(t('out.strace.noDecisive'))).not.toEqual([]);
    expect(startupText({ url: 'http://127.0.0.1:1', scenarios: [1], podCount: 2 }, '/k', t)).toBe(
      'Training cluster at http://127.0.0.1:1 (1 scenario, 2 pods)\nKubeconfig written to /k; point kubectl at it with:\n  export KUBECONFIG=/k\n  kubectl get pods -A\nPress Ctrl-C to stop.\n');
  });
});
