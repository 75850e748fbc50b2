// `check` in the reader's language: every finding of every rule (both forms of the sentences that have two),
// the summary, the "not checked" lines and check's own errors are worded in zh-CN and ja, with the values
// (containers, images, paths, ports, seconds) kept verbatim; the English text, JSON and SARIF stay as they were.
import { execFile } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALL_RULE_IDS, parseManifests, renderCheckJson, renderCheckText, runCheck, type CheckFinding } from '../../src/check/index.js';
import type { WordValue } from '../../src/check/finding-words.js';
import { gatherCheckFacts } from '../../src/cli/check-facts.js';
import { notCheckedLine } from '../../src/cli/check-command.js';
import { main } from '../../src/cli/main.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import { CATALOGS, clusterError, createTranslator, ENGLISH } from '../../src/i18n/index.js';
import { sanitize } from '../../src/text/sanitize.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { builtCli } from '../e2e/built-cli.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';
import { EVERY_RULE_DIR, EVERY_RULE_FACTS, everyRuleManifests } from './every-rule-facts.js';

const LOCALES = ['ja', 'zh-CN'] as const;
const findings = runCheck(everyRuleManifests(), EVERY_RULE_FACTS);

/** What a reader reads as our words: without file:line, [rule → cause], (Kind/name), quoted text and paths or image refs. */
const ours = (line: string): string => line
  .replace(/^\S+:\d+: /, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/\([A-Za-z]+\/[^)]*\)\s*$/, ' ')
  .replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ').replace(/\S*(?:\/|:(?=\S))\S*/g, ' ');

/** English words (3+ letters) of the English line still found in the translated one: short lines have no 3-word runs. */
const englishWordsKept = (translated: string, english: string, keep: readonly string[] = []): string[] =>
  [...new Set(ours(english).match(/\b[a-z]{3,}\b/g) ?? [])].filter((w) => !keep.includes(w) && new RegExp(`\\b${w}\\b`).test(ours(translated)));

// Words the zh-CN and ja sentences use as Kubernetes and Unix material does: program and setting names.
const SHARED_WORDS = ['kubelet', 'uid', 'latest', 'killer', 'digest', 'root', 'true', 'blob'];

// Values that choose a form of the sentence rather than appear in it.
const SELECTORS = new Set(['as', 'tagged', 'runtime']);
const shownValues = (f: CheckFinding): string[] => Object.entries(f.words?.values ?? {})
  .filter(([name]) => !SELECTORS.has(name))
  .flatMap(([, v]: [string, WordValue]) => (typeof v === 'string' ? [v] : 'and' in v ? v.and : v.comma))
  .filter((v) => v !== '');

afterEach(() => vi.restoreAllMocks());

describe('the every-rule fixture', () => {
  it('sets off every rule, and every finding sentence of the catalog in each of its forms', () => {
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual([...ALL_RULE_IDS].sort());
    const sentences = Object.keys(CATALOGS.en).filter((k) => k.startsWith('check.') && !/^check\.(severity|list|gap|fail|notChecked|yamlProblem|registry)/.test(k));
    expect([...new Set(findings.map((f) => f.words?.key))].sort()).toEqual(sentences.sort());
    const forms = (name: string): string[] => [...new Set(findings.map((f) => f.words?.values[name]).filter((v): v is string => typeof v === 'string'))].sort();
    expect(forms('as')).toEqual(['root', 'user']);
    expect(forms('hook')).toEqual(['postStart', 'preStop']);
    expect(forms('runtime')).toEqual(['dotnet', 'jvm']);
  });
});

describe.each(LOCALES)('every check.* message in %s', (locale) => {
  // Also the ones no end-to-end run here reaches (a registry's 401, a token service, a YAML tab): each argument a
  // placeholder, each select in each of its branches.
  const t = createTranslator(locale);
  const keys = Object.keys(CATALOGS.en).filter((k) => k.startsWith('check.')) as (keyof typeof CATALOGS.en & `check.${string}`)[];
  it.each(keys)('%s has no English sentence', (key) => {
    const source = CATALOGS.en[key]! + CATALOGS[locale][key]!;
    const names = [...new Set([...source.matchAll(/\{(\w+)/g)].map((m) => m[1]!))];
    const branches = (name: string): string[] => [...new Set([...source.matchAll(new RegExp(`\\{${name}, select, ([^]*)`, 'g'))]
      .flatMap((m) => [...m[1]!.matchAll(/(?:^|\}\s*)(\w+) \{/g)].map((b) => b[1]!)))];
    const forms = names.flatMap((n) => branches(n).map((b) => ({ [n]: b === 'other' ? 'VALUE' : b })));
    let checked = 0;
    for (const form of forms.length ? forms : [{}]) {
      const values = { ...Object.fromEntries(names.map((n) => [n, 'VALUE'])), ...form };
      const translated = t(key as Parameters<typeof t>[0], values);
      // A form that is only a quoted value (a YAML error code we have no words for) has nothing to translate.
      if (translated === 'VALUE') continue;
      checked++;
      expect(englishRuns(translated), translated).toEqual([]);
      expect(englishWordsKept(translated, ENGLISH(key as Parameters<typeof t>[0], values), ['value', 'check', 'context', 'kubeconfig', 'cluster', ...SHARED_WORDS]), translated).toEqual([]);
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe.each(LOCALES)('check findings in %s', (locale) => {
  const t = createTranslator(locale);
  const text = renderCheckText(findings, { files: 2, workloads: 3 }, t);
  const lines = text.trimEnd().split('\n');

  it('words every finding with no English sentence, keeping its values, ids and place', () => {
    expect(lines).toHaveLength(findings.length + 1);
    findings.forEach((f, i) => {
      const line = lines[i]!;
      expect(line.startsWith(`${f.file}:${f.line}: ${t('check.severity', { severity: f.severity })}: `)).toBe(true);
      expect(line.endsWith(`[${f.rule} → ${f.cause}] (${f.object})`)).toBe(true);
      for (const value of shownValues(f)) expect(line, value).toContain(sanitize(value));
      expect(englishRuns(ours(line)), line).toEqual([]);
      // The same filter finds English in the English line: the assertion above can fail.
      const english = renderCheckText([f], { files: 1, workloads: 1 }).split('\n')[0]!;
      expect(englishRuns(ours(english)).length).toBeGreaterThan(0);
      // Not even a word of it is left (the severity, "and"), but the values and the words both languages use.
      expect(englishWordsKept(line, english, [...shownValues(f).flatMap((v) => v.split(/\W+/)), ...SHARED_WORDS]), line).toEqual([]);
    });
    expect(englishRuns(ours(lines.at(-1)!))).toEqual([]);
  });

  it('joins lists in the language: paths with its "and", architectures with its comma', () => {
    const readOnly = lines[findings.findIndex((f) => f.rule === 'read-only-root-unwritable')]!;
    expect(readOnly).toContain(t('check.list.and', { a: '/var/cache/nginx', b: '/var/run' }));
    expect(readOnly).not.toContain('/var/cache/nginx and /var/run');
  });
});

describe('check findings in English', () => {
  it('keep the words they always had (JSON and SARIF carry them)', () => {
    const text = renderCheckText(findings, { files: 2, workloads: 3 });
    // Rules and forms no scenario test quotes: their English, as it was before findings carried words.
    for (const line of [
      'image-and-cluster.yaml:8: error: container proxy requires runAsNonRoot, but registry.example.com/edge/proxy:2.1 runs as root (no USER in its config) and no runAsUser is set: the kubelet will refuse to start it; set runAsUser to a non-zero uid the image supports [run-as-non-root-root-image → permission-denied] (Deployment/gateway)',
      'image-and-cluster.yaml:8: error: container agent requires runAsNonRoot, but registry.example.com/edge/agent:0.9 runs as user root and no runAsUser is set: the kubelet will refuse to start it; set runAsUser to a non-zero uid the image supports [run-as-non-root-root-image → permission-denied] (Deployment/gateway)',
      'image-and-cluster.yaml:16: error: container proxy\'s preStop hook runs drain-connections, which registry.example.com/edge/proxy:2.1 does not contain: the hook exits 127 [hook-command-not-in-image → lifecycle-hook] (Deployment/gateway)',
      'offline.yaml:41: error: container web has readOnlyRootFilesystem: true, but nginx:latest writes to /var/cache/nginx and /var/run at start and no writable volume (emptyDir) is mounted there [read-only-root-unwritable → read-only-fs] (StatefulSet/catalog)',
      'offline.yaml:27: warning: container metrics runs .NET and its liveness probe gives it 30s to start (initialDelaySeconds + periodSeconds × failureThreshold) with no startupProbe: add a startupProbe that allows the real start-up time [liveness-without-startup-probe → liveness-probe] (Deployment/billing)',
      'offline.yaml:15: warning: container billing\'s liveness probe is identical to its readiness probe: when the app is slow rather than dead, it is restarted instead of taken out of the Service; make liveness more lenient (a cheaper check, a higher failureThreshold) [liveness-equals-readiness → liveness-probe] (Deployment/billing)',
      'offline.yaml:15: note: container billing runs a JVM and its liveness probe keeps the default timeoutSeconds of 1: a GC pause or a busy moment fails it; set timeoutSeconds explicitly [probe-timeout-default → liveness-probe] (Deployment/billing)',
    ]) expect(text.split('\n')).toContain(line);
    for (const f of findings) expect(text).toContain(`: ${f.severity}: ${f.message} [`);
  });

  it('leave the words out of JSON', () => {
    const json = JSON.parse(renderCheckJson(findings)) as { findings: Record<string, unknown>[] };
    for (const f of json.findings) expect(Object.keys(f).sort()).toEqual(['cause', 'file', 'line', 'message', 'object', 'rule', 'severity', ...('container' in f ? ['container'] : [])].sort());
  });
});

describe.each(LOCALES)('kubectl-crashcourse check --lang %s', (locale) => {
  const t = createTranslator(locale);

  it('prints every line of the offline check in the language', async () => {
    const io = captureOutput();
    expect(await main(['check', '-f', EVERY_RULE_DIR, '--lang', locale, '--fail-on', 'none'])).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(englishRuns(ours(line)), line).toEqual([]);
    for (const value of ['billing', 'metrics', '-Xmx2g', '8080/TCP', '/etc/tls/tls.crt', 'catalog-data', '15']) expect(io.out()).toContain(value);
    expect(lines.at(-1)).toContain(t('out.check.warnings', { n: 8 }));
    expect(io.err()).toBe('');
  });

  it('writes the same JSON and SARIF as in English', async () => {
    for (const format of ['json', 'sarif']) {
      const io = captureOutput();
      await main(['check', '-f', EVERY_RULE_DIR, '-o', format, '--fail-on', 'none']);
      const english = io.out();
      vi.restoreAllMocks();
      const io2 = captureOutput();
      await main(['check', '-f', EVERY_RULE_DIR, '-o', format, '--fail-on', 'none', '--lang', locale]);
      expect(io2.out()).toBe(english);
      expect(english).toContain('"message"');
      vi.restoreAllMocks();
    }
  });

  it.each([
    [['check'], 2, ''],
    [['check', '-f', EVERY_RULE_DIR, '--context', 'prod'], 2, ''],
    [['check', '-f', '/nonexistent/manifest.yaml'], 1, '/nonexistent/manifest.yaml'],
  ] as const)('%j: one error line in the language', async (args, code, value) => {
    const io = captureOutput();
    expect(await main([...args, '--lang', locale])).toBe(code);
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kubectl-crashcourse: /);
    expect(lines[0]).toContain(value);
    vi.restoreAllMocks();
    const en = captureOutput();
    expect(await main([...args])).toBe(code);
    expect(englishWordsKept(lines[0]!, en.err(), ['kubectl', 'crashcourse', 'check', 'context', 'kubeconfig', 'cluster'])).toEqual([]);
    expect(englishWordsKept(en.err(), en.err()).length).toBeGreaterThan(0);
  });
});

describe('check on manifests it cannot read, by language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-lang-bad-'));
  const write = (name: string, text: string): string => { writeFileSync(join(dir, name), text); return join(dir, name); };
  const unclosed = write('unclosed.yaml', 'kind: Pod\nspec: [\n');
  const tab = write('tab.yaml', 'kind: Pod\nspec:\n\t- b\n');
  const alias = write('alias.yaml', 'kind: Pod\nspec: *nope\n');
  const linked = mkdtempSync(join(tmpdir(), 'check-lang-link-'));
  symlinkSync(join(linked, 'gone.yaml'), join(linked, 'dangling.yaml'));

  const errorLine = async (args: string[]): Promise<string> => {
    const io = captureOutput();
    expect(await main(['check', ...args])).toBe(1);
    vi.restoreAllMocks();
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    return lines[0]!;
  };

  it('keeps the parser\'s English in English, with the file and line', async () => {
    expect(await errorLine(['-f', unclosed])).toMatch(/^kubectl-crashcourse: .*unclosed\.yaml:3: Flow sequence in block collection must be sufficiently indented/);
    expect(await errorLine(['-f', alias])).toMatch(/^kubectl-crashcourse: .*alias\.yaml:2: Unresolved alias .*: nope$/);
    expect(await errorLine(['-f', linked])).toBe(`kubectl-crashcourse: cannot read ${join(linked, 'dangling.yaml')}: ENOENT`);
  });

  it.each(LOCALES)('words the parser\'s error and an unreadable path in %s', async (locale) => {
    for (const [args, place] of [[['-f', unclosed], 'unclosed.yaml:3'], [['-f', tab], 'tab.yaml:3'], [['-f', alias], 'alias.yaml:2'], [['-f', linked], 'dangling.yaml']] as const) {
      const line = await errorLine([...args, '--lang', locale]);
      expect(line).toContain(place);
      expect(englishWordsKept(line, await errorLine([...args]), ['kubectl', 'crashcourse'])).toEqual([]);
      expect(englishRuns(ours(line))).toEqual([]);
    }
  });
});

describe('check --cluster: the "not checked" lines', () => {
  // A pod whose ConfigMap read times out (our own words) and whose nodes cannot be listed (the API server's words).
  const docs = parseManifests('app.yaml', 'kind: Pod\nmetadata: {name: app, namespace: shop}\nspec:\n  containers:\n    - name: app\n      envFrom: [{configMapRef: {name: app-env}}]\n');
  const forbidden = 'nodes is forbidden: User "dev" cannot list resource "nodes" in API group "" at the cluster scope';
  const reader = {
    source: 'fake',
    getObject: () => Promise.reject(clusterError('timeout', 'fail.cluster.timeout', { server: 'https://127.0.0.1:6443', limit: '10s' })),
    listObjects: () => Promise.reject(new ClusterError('forbidden', forbidden, 403)),
  } as unknown as ClusterReader;

  it.each(LOCALES)('are worded in %s around the server\'s own words', async (locale) => {
    const { gaps } = await gatherCheckFacts(reader, docs, { context: 'dev', server: 'https://127.0.0.1:6443' });
    const t = createTranslator(locale);
    const lines = gaps.map((g) => notCheckedLine(g, t));
    expect(lines).toEqual([
      `kubectl-crashcourse: ${t('check.notChecked', { gap: t('check.gap.object', { kind: 'ConfigMap', name: 'shop/app-env', detail: t('fail.cluster.timeout', { server: 'https://127.0.0.1:6443', limit: '10s' }) }) })}`,
      `kubectl-crashcourse: ${t('check.notChecked', { gap: t('check.gap.nodes', { detail: forbidden }) })}`,
    ]);
    // In English, the line it always was.
    const english = gaps.map((g) => notCheckedLine(g, ENGLISH));
    expect(english).toEqual([
      'kubectl-crashcourse: not checked: ConfigMap shop/app-env: the cluster at https://127.0.0.1:6443 did not answer within 10s',
      `kubectl-crashcourse: not checked: nodes: ${forbidden}`,
    ]);
    lines.forEach((line, i) => expect(englishWordsKept(line.replace(forbidden, ' '), english[i]!.replace(forbidden, ' '), ['kubectl', 'crashcourse'])).toEqual([]));
  });
});

describe('check --cluster against the training cluster, in Japanese', () => {
  let cluster: TrainingCluster;
  let kubeconfig: string;
  beforeAll(async () => {
    kubeconfig = join(mkdtempSync(join(tmpdir(), 'check-lang-')), 'kubeconfig');
    cluster = await startTrainingCluster({ port: 0, quiet: true, static: true, writeKubeconfig: kubeconfig });
  });
  afterAll(async () => { await cluster?.close(); });

  it('words what the cluster\'s nodes and registry mirror show', async () => {
    const io = captureOutput();
    await main(['check', '-f', join(import.meta.dirname, '../../scenarios/exec-format-arm64-node/sensor-gateway.yaml'), '--cluster', '--kubeconfig', kubeconfig, '--lang', 'ja', '--fail-on', 'none']);
    const line = io.out().split('\n').find((l) => l.includes('[image-arch-not-on-nodes'));
    expect(line).toContain('amd64');
    expect(line).toContain('arm64');
    expect(englishRuns(ours(line!))).toEqual([]);
  });

  it('words an image the registry mirror does not have, in English as before and in Japanese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-lang-image-'));
    const file = join(dir, 'missing-image.yaml');
    writeFileSync(file, 'kind: Pod\nmetadata: {name: app}\nspec:\n  containers:\n    - name: app\n      image: registry.example.com/nowhere/missing:1.0\n      resources: {limits: {memory: 64Mi}}\n');
    const run = async (lang: string[]): Promise<string> => {
      const io = captureOutput();
      await main(['check', '-f', file, '--cluster', '--kubeconfig', kubeconfig, ...lang]);
      vi.restoreAllMocks();
      return io.err().trimEnd();
    };
    const image = 'registry.example.com/nowhere/missing:1.0';
    // One line, though the cluster's nodes have two architectures and each was asked for.
    const english = await run([]);
    expect(english).toBe(`kubectl-crashcourse: not checked: image ${image}: ${image} not found in its registry (404)`);
    const ja = await run(['--lang', 'ja']);
    expect(ja.split('\n')).toHaveLength(1);
    expect(ja).toContain(image);
    expect(ja).toContain('404');
    expect(englishWordsKept(ja, english, ['kubectl', 'crashcourse'])).toEqual([]);
  });
});

describe('the built CLI', () => {
  it('takes Japanese from LANG', async () => {
    const cli = builtCli();
    const env: Record<string, string | undefined> = { ...process.env, LANG: 'ja_JP.UTF-8' };
    delete env['LC_ALL'];
    delete env['LC_MESSAGES'];
    const out = await new Promise<string>((done, fail) => execFile(process.execPath, [cli, 'check', '-f', join(EVERY_RULE_DIR, 'offline.yaml'), '--fail-on', 'none'], { env, timeout: 20_000 }, (e, stdout) => (e ? fail(e) : done(stdout))));
    const ja = createTranslator('ja');
    expect(out).toContain(`offline.yaml:13: ${ja('check.severity', { severity: 'error' })}: `);
    for (const line of out.trimEnd().split('\n')) expect(englishRuns(ours(line)), line).toEqual([]);
  }, 120_000);
});
