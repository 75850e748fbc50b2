// Every scenario error a trainer can meet (a scenario file's shape, its logs, its images and needs, two
// scenarios at odds) is worded in zh-CN and ja: each `scenario.*` key of the catalog is provoked below by a
// malformed scenario through the real loaders (and the CLI, in-process, for those a directory provokes), and the
// line main.ts prints keeps its file:line and values, holds no English sentence, and stays English in English.
// A key without a case here fails the last test: a new error cannot land untranslated and untested. (The
// command-line and watch keys of the same catalog are provoked in other-errors-locale and watcher-warnings-locale.)
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorLine } from '../../src/cli/error-line.js';
import { main } from '../../src/cli/main.js';
import type { MessageRef } from '../../src/errors.js';
import enScenario from '../../src/i18n/catalogs/scenario/en.json' with { type: 'json' };
import { zodReason } from '../../src/i18n/zod-reason.js';
import { atError, fileError } from '../../src/scenario/file-error.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { shapeMessage } from '../../src/scenario/object-file.js';
import { startTrainingCluster } from '../../src/training/index.js';
import { parseNeeds } from '../../src/training/needs/needs-schema.js';
import { parseTrainingImages } from '../../src/training/registry/training-images.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns, ourWords } from '../support/english-runs.js';
import { POD_YAML, tempTree } from '../scenario/scenario-fixtures.js';
import { caught } from '../support/caught-user-error.js';

const tree = tempTree();
afterAll(() => tree.cleanup());
afterEach(() => vi.restoreAllMocks());

const BOMB = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
`;
const CM = (name: string, extra = ''): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${extra}`;
const IMAGE = (lines: string): string => `images:\n  nginx:1.25:\n${lines.replace(/^/gm, '    ')}\n`;

interface Case {
  readonly name: string;
  /** The key of the reason (the innermost catalog message). */
  readonly key: string;
  /** A scenario directory's files; `prepare` makes what text cannot (links, a sparse 33 MiB file). */
  readonly files?: Readonly<Record<string, string>>;
  readonly prepare?: (dir: string) => void;
  /** For errors that no directory reaches through `diagnose --from` (start-up checks, fallbacks). */
  readonly raise?: (dir: string) => unknown;
  /** The file (and line) the message starts with, relative to the case's directory. */
  readonly where?: string;
  readonly values: readonly string[];
}

const cases: readonly Case[] = [
  { name: 'yaml', key: 'scenario.parse.yaml', files: { 'web-1.yaml': 'a: [1\n' }, where: 'web-1.yaml:', values: [] },
  { name: 'aliases', key: 'scenario.parse.aliases', files: { 'web-1.yaml': BOMB }, where: 'web-1.yaml:1', values: ['100'] },
  { name: 'json', key: 'scenario.parse.json', files: { 'web-1.json': '{"a": 1,,}' }, where: 'web-1.json:1', values: [] },
  { name: 'link', key: 'scenario.file.linkOutside', files: { 'web-1.yaml': POD_YAML }, prepare: (dir) => (writeFileSync(join(dir, '..', 'outside.yaml'), CM('o')), symlinkSync(join(dir, '..', 'outside.yaml'), join(dir, 'x.yaml'))), where: 'x.yaml', values: ['outside.yaml'] },
  { name: 'large', key: 'scenario.file.tooLarge', prepare: (dir) => (writeFileSync(join(dir, 'big.yaml'), ''), truncateSync(join(dir, 'big.yaml'), 33 << 20)), where: 'big.yaml', values: ['33', '32'] },
  { name: 'meta-docs', key: 'scenario.meta.oneDocument', files: { 'scenario.yaml': 'title: a\n---\ntitle: b\n' }, where: 'scenario.yaml:3', values: ['scenario.yaml'] },
  { name: 'meta-list', key: 'scenario.meta.notMapping', files: { 'scenario.yaml': '- a\n' }, where: 'scenario.yaml:1', values: ['title', 'cause'] },
  { name: 'meta-title', key: 'scenario.meta.notString', files: { 'scenario.yaml': 'title: [1]\n' }, where: 'scenario.yaml:1', values: ['title'] },
  { name: 'meta-also', key: 'scenario.meta.alsoNotList', files: { 'scenario.yaml': 'also: x\n' }, where: 'scenario.yaml:1', values: ['also'] },
  { name: 'meta-time', key: 'scenario.meta.recordedAt', files: { 'scenario.yaml': 'title: t\nrecordedAt: yesterday\n' }, where: 'scenario.yaml:2', values: ['recordedAt', 'RFC 3339', '2024-05-01T10:00:00Z'] },
  { name: 'meta-pod', key: 'scenario.meta.podKey', files: { 'scenario.yaml': 'pod: A/B/C\n' }, where: 'scenario.yaml:1', values: ['"A/B/C"', 'namespace/name'] },
  { name: 'meta-cause', key: 'scenario.meta.unknownCause', files: { 'scenario.yaml': 'cause: flu\n' }, where: 'scenario.yaml:1', values: ['cause', '"flu"', 'oom-killed'] },
  { name: 'meta-no-pod', key: 'scenario.meta.noSuchPod', files: { 'scenario.yaml': 'pod: shop/nope\n', 'web-1.yaml': POD_YAML }, where: 'scenario.yaml:1', values: ['shop/nope', 'default/web-1'] },
  { name: 'meta-no-pods', key: 'scenario.meta.noSuchPod', files: { 'scenario.yaml': 'pod: nope\n', 'c.yaml': CM('c') }, where: 'scenario.yaml:1', values: ['default/nope'] },
  { name: 'images', key: 'scenario.images.notMap', files: { 'scenario.yaml': 'images: 3\n' }, where: 'scenario.yaml:1', values: ['images'] },
  { name: 'image', key: 'scenario.images.entryNotMap', files: { 'scenario.yaml': 'images:\n  nginx:1.25: 3\n' }, where: 'scenario.yaml:2', values: ['nginx:1.25', 'entrypoint'] },
  { name: 'image-key', key: 'scenario.images.unknownKey', files: { 'scenario.yaml': IMAGE('shell: true\ncolour: red') }, where: 'scenario.yaml:4', values: ['nginx:1.25', 'colour', 'workingDir'] },
  { name: 'image-shell', key: 'scenario.images.shell', files: { 'scenario.yaml': IMAGE('cmd: [a]') }, where: 'scenario.yaml:3', values: ['nginx:1.25', 'shell', 'true', 'false'] },
  { name: 'image-list', key: 'scenario.images.notList', files: { 'scenario.yaml': IMAGE('shell: true\ncmd: a') }, where: 'scenario.yaml:4', values: ['nginx:1.25', 'cmd'] },
  { name: 'image-text', key: 'scenario.images.notString', files: { 'scenario.yaml': IMAGE('shell: true\nuser: [1]') }, where: 'scenario.yaml:4', values: ['nginx:1.25', 'user'] },
  { name: 'image-arch', key: 'scenario.images.architecture', files: { 'scenario.yaml': IMAGE('shell: true\narchitectures: [vax]') }, where: 'scenario.yaml:4', values: ['nginx:1.25', 'vax'] },
  { name: 'image-env', key: 'scenario.images.env', files: { 'scenario.yaml': IMAGE('shell: true\nenv: [FOO]') }, where: 'scenario.yaml:4', values: ['nginx:1.25', 'FOO', 'NAME=value'] },
  { name: 'object', key: 'scenario.object.notMapping', files: { 'a.yaml': '- 1\n' }, where: 'a.yaml:1', values: ['apiVersion', 'kind', 'metadata'] },
  { name: 'list-item', key: 'scenario.object.listItem', files: { 'a.yaml': 'apiVersion: v1\nkind: PodList\nitems:\n- 3\n' }, where: 'a.yaml:4', values: ['PodList', '0'] },
  { name: 'no-kind', key: 'scenario.object.noKind', files: { 'a.yaml': 'apiVersion: v1\nmetadata: {name: a}\n' }, where: 'a.yaml:1', values: ['kind'] },
  { name: 'no-kind-item', key: 'scenario.object.noKind', files: { 'a.yaml': 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  metadata: {name: a}\n' }, where: 'a.yaml:4', values: ['kind', '0'] },
  { name: 'no-api', key: 'scenario.object.noApiVersion', files: { 'a.yaml': 'kind: Pod\nmetadata: {name: a}\n' }, where: 'a.yaml:1', values: ['Pod', 'apiVersion'] },
  { name: 'no-meta', key: 'scenario.object.noMetadata', files: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\n' }, where: 'a.yaml:1', values: ['ConfigMap', 'metadata'] },
  { name: 'no-name', key: 'scenario.object.noName', files: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n' }, where: 'a.yaml:3', values: ['ConfigMap', 'metadata.name'] },
  { name: 'namespace', key: 'scenario.object.namespace', files: { 'a.yaml': CM('c', '  namespace: 3\n') }, where: 'a.yaml:5', values: ['ConfigMap', 'c', 'metadata.namespace'] },
  { name: 'shape', key: 'scenario.object.shape', files: { 'web-1.yaml': POD_YAML.replace('phase: Running', 'phase: {a: b}') }, where: 'web-1.yaml:14', values: ['Pod', 'web-1', 'status.phase', 'string'] },
  { name: 'shape-list', key: 'scenario.object.shape', files: { 'web-1.yaml': POD_YAML.replace(/  containerStatuses:[\s\S]*$/, '  containerStatuses: garbage\n') }, where: 'web-1.yaml:15', values: ['status.containerStatuses', 'array', 'string'] },
  { name: 'shape-other', key: 'scenario.object.shapeOther', raise: () => { throw fileError('web-1.yaml', 3, ...shapeMessage('Pod', 'web-1', { path: [], text: '', field: '', mismatch: { reason: 'Invalid input' } })); }, where: 'web-1.yaml:3', values: ['Pod', 'web-1'] },
  { name: 'twice', key: 'scenario.object.twiceSameFile', files: { 'a.yaml': `${CM('c')}---\n${CM('c')}` }, where: 'a.yaml:6', values: ['ConfigMap', 'c', '1'] },
  { name: 'twice-files', key: 'scenario.object.twice', files: { 'a.yaml': CM('c'), 'b.yaml': CM('c') }, where: 'b.yaml:1', values: ['ConfigMap', 'c', 'a.yaml:1'] },
  { name: 'logs-ns', key: 'scenario.logs.notFolder', files: { 'web-1.yaml': POD_YAML, 'logs/default': 'x' }, where: 'logs/default', values: ['logs/<namespace>/<pod>/', '<container>.log'] },
  { name: 'logs-pod', key: 'scenario.logs.notFolder', files: { 'web-1.yaml': POD_YAML, 'logs/default/web-1': 'x' }, where: 'logs/default/web-1', values: ['logs/<namespace>/<pod>/'] },
  { name: 'logs-name', key: 'scenario.logs.badName', files: { 'web-1.yaml': POD_YAML, 'logs/default/web-1/app.txt': 'x' }, where: 'logs/default/web-1/app.txt', values: ['<container>.log', '<container>.previous.log'] },
  { name: 'logs-no-pod', key: 'scenario.logs.noPod', files: { 'web-1.yaml': POD_YAML, 'logs/default/web-2/app.log': 'x' }, where: 'logs/default/web-2/app.log:1', values: ['default/web-2'] },
  { name: 'logs-container', key: 'scenario.logs.noContainer', files: { 'web-1.yaml': POD_YAML, 'logs/default/web-1/db.log': 'x' }, where: 'logs/default/web-1/db.log:1', values: ['default/web-1', 'db', 'app, sidecar'] },
  { name: 'dump', key: 'scenario.dump.noPod', files: { 'default/pods.json': JSON.stringify({ apiVersion: 'v1', kind: 'PodList', items: [] }), 'default/web-2/logs.txt': 'x' }, where: 'default/web-2/logs.txt:1', values: ['default/web-2'] },
  // The training cluster's own reading of scenario.yaml, checked when it starts.
  { name: 'training-images', key: 'scenario.training.imagesNotMap', raise: (dir) => parseTrainingImages(3, `${dir}/scenario.yaml`), where: 'scenario.yaml', values: ['images'] },
  { name: 'training-image', key: 'scenario.training.imageNotMap', raise: (dir) => parseTrainingImages({ 'nginx:1.25': 3 }, `${dir}/scenario.yaml`), where: 'scenario.yaml', values: ['nginx:1.25'] },
  { name: 'training-auth', key: 'scenario.training.imageAuth', raise: (dir) => parseTrainingImages({ 'nginx:1.25': { auth: 'basic' } }, `${dir}/scenario.yaml`), where: 'scenario.yaml', values: ['nginx:1.25', 'auth', 'none', 'token'] },
  { name: 'training-cmd', key: 'scenario.training.imageStrings', raise: (dir) => parseTrainingImages({ 'nginx:1.25': { cmd: 3 } }, `${dir}/scenario.yaml`), where: 'scenario.yaml', values: ['nginx:1.25', 'cmd'] },
  { name: 'training-user', key: 'scenario.training.imageString', raise: (dir) => parseTrainingImages({ 'nginx:1.25': { user: 3 } }, `${dir}/scenario.yaml`), where: 'scenario.yaml', values: ['nginx:1.25', 'user'] },
  { name: 'training-same', key: 'scenario.training.sameObject', prepare: (dir) => tree.write({ [`${rel(dir)}/one/c.yaml`]: CM('c'), [`${rel(dir)}/two/c.yaml`]: CM('c') }),
    raise: (dir) => startTrainingCluster({ port: 0, quiet: true, scenarios: [dir] }), values: ['ConfigMap', 'default/c', 'one', 'two'] },
  ...needsCases(),
  { name: 'schema-other', key: 'scenario.schema.other', raise: () => { throw atError('scenario.yaml', 'scenario.yaml: Some reason zod may give one day', zodReason('Some reason zod may give one day')); }, where: 'scenario.yaml', values: ['Some reason zod may give one day'] },
];

function needsCases(): Case[] {
  const needs: readonly (readonly [string, string, string, readonly string[]])[] = [
    ['type', 'scenario.schema.type', 'startupSeconds: soon', ['needs.nginx.startupSeconds', 'number', 'string']],
    ['union', 'scenario.schema.invalid', 'memory: true', ['needs.nginx.memory']],
    ['keys', 'scenario.schema.unknownKeys', 'colour: red', ['needs.nginx', '"colour"']],
    ['empty', 'scenario.schema.shortText', 'env: [""]', ['needs.nginx.env.0', '1']],
    ['negative', 'scenario.schema.small', 'startupSeconds: -1', ['needs.nginx.startupSeconds', '0']],
    ['path', 'scenario.schema.startsWith', 'files: [etc/app.conf]', ['needs.nginx.files.0', '/']],
    ['memory', 'scenario.schema.memory', 'memory: lots', ['needs.nginx.memory', '"lots"']],
  ];
  return needs.map(([name, key, line, values]) => ({
    name: `needs-${name}`, key, files: { 'scenario.yaml': `needs:\n  nginx:\n    ${line}\n` },
    raise: async (dir: string) => parseNeeds(await loadScenarios([dir])), where: 'scenario.yaml', values,
  }));
}

const rel = (dir: string): string => dir.slice(tree.root.length + 1);


/** The keys of a message and of the messages inside it. */
const keysOf = (ref: MessageRef | undefined): string[] => (ref ? [ref.key, ...keysOf(ref.detail)] : []);
/** The values it carries, which are the file's own text (names, paths, YAML's reason) in every language. */
const valuesOf = (ref: MessageRef | undefined): string[] =>
  ref ? [...Object.values(ref.values ?? {}).filter((v): v is string => typeof v === 'string'), ...valuesOf(ref.detail)] : [];
/** What is left for us to word: the line without the values (longest first) and quoted text. */
const ours = (line: string, ref: MessageRef | undefined): string =>
  ourWords({ evidence: [], backoff: undefined } as never, valuesOf(ref).sort((a, b) => b.length - a.length).reduce((text, v) => (v ? text.split(v).join(' ') : text), line));

const provoked = new Set<string>();
const made = new Set<string>();

/** The case's directory, written once. */
function setUp(c: Case): string {
  const dir = join(tree.root, c.name);
  if (made.has(dir)) return dir;
  made.add(dir);
  mkdirSync(dir, { recursive: true });
  if (c.files) tree.write(Object.fromEntries(Object.entries(c.files).map(([path, text]) => [`${c.name}/${path}`, text])));
  if (c.prepare) c.prepare(dir);
  return dir;
}

describe.each(cases)('$name ($key)', (c) => {
  it('keeps its English line and is worded in zh-CN and ja around the same file:line and values', async () => {
    const dir = setUp(c);
    const e = await caught(c.raise ? () => c.raise!(dir) : () => loadScenarios([dir]));
    const keys = keysOf(e.ref);
    expect(keys, e.message).toContain(c.key);
    for (const key of keys) provoked.add(key);
    expect(errorLine(e, 'en', false)).toBe(e.message);
    if (c.where) expect(e.message).toContain(c.where);
    for (const locale of ['zh-CN', 'ja'] as const) {
      const line = errorLine(e, locale, false);
      expect(line).not.toBe(e.message);
      expect(line).not.toContain('\n');
      expect(line).toMatch(locale === 'ja' ? /[\u3040-\u30ff]/ : /[\u4e00-\u9fff]/);
      if (c.where) expect(line.startsWith(e.message.slice(0, e.message.indexOf(c.where) + c.where.length))).toBe(true);
      for (const v of c.values) expect(line).toContain(v);
      expect(englishRuns(ours(line, e.ref)), line).toEqual([]);
    }
  });

});

// The same errors as a user meets them: `diagnose --from DIR` in-process, as main.ts prints them.
describe.each(cases.filter((c) => c.raise === undefined))('$name from `diagnose --from`', (c) => {
  it('is one line in zh-CN and ja, exit 1, no stack', async () => {
    const dir = setUp(c);
    const e = await caught(() => loadScenarios([dir]));
    for (const locale of ['zh-CN', 'ja'] as const) {
      const io = captureOutput();
      const code = await main(['diagnose', 'web-1', '--from', dir, '--lang', locale]);
      vi.restoreAllMocks();
      expect(code).toBe(1);
      expect(io.err()).toBe(`kubectl-crashcourse: ${errorLine(e, locale, false)}\n`);
    }
  });
});

// Errors only the training cluster's start-up finds (two scenarios at odds, `needs:`), from its command.
describe.each(cases.filter((c) => c.name === 'training-same' || c.name === 'needs-memory'))('$name from `training-cluster --scenarios`', (c) => {
  it('is one line in zh-CN and ja, exit 1, no stack', async () => {
    const dir = setUp(c);
    for (const locale of ['zh-CN', 'ja'] as const) {
      const io = captureOutput();
      const code = await main(['training-cluster', '--port', '0', '--scenarios', dir, '--lang', locale]);
      vi.restoreAllMocks();
      expect(code).toBe(1);
      const err = io.err();
      expect(err.split('\n').filter(Boolean), err).toHaveLength(1);
      expect(err).toMatch(/^kubectl-crashcourse: .*scenario/);
      expect(err).not.toMatch(/\n\s+at /);
      expect(englishRuns(err.replace(/\S*\/\S*/g, ' ').replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ')), err).toEqual([]);
    }
  });
});

// The built CLI, its language from the environment as a trainer's shell sets it: exit 1, one line, no stack.
describe('the built CLI', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const CLI = join(ROOT, 'dist/cli.js');
  beforeAll(async () => {
    if (!existsSync(CLI)) await new Promise<void>((ok, fail) => execFile(process.execPath, [join(ROOT, 'scripts/build.mjs')], (e) => (e ? fail(e) : ok())));
  }, 120_000);
  const run = (args: string[], env: Record<string, string>): Promise<{ code: number; err: string }> => {
    const base = { ...process.env, NO_COLOR: '1' } as Record<string, string | undefined>;
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete base[name];
    return new Promise((done) => {
      execFile(process.execPath, [CLI, ...args], { env: { ...base, ...env }, timeout: 20_000 }, (error, _out, err) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, err });
      });
    });
  };

  it.each([
    ['LANG=zh_CN.UTF-8', { LANG: 'zh_CN.UTF-8' }, ['diagnose', 'web-1', '--from'], 'logs-container', /[\u4e00-\u9fff]/],
    ['LC_ALL=ja_JP.UTF-8', { LC_ALL: 'ja_JP.UTF-8' }, ['training-cluster', '--list', '--scenarios'], 'meta-cause', /[\u3040-\u30ff]/],
  ] as const)('%s: one line in that language, exit 1, no stack', async (_name, env, argv, caseName, script) => {
    const c = cases.find((x) => x.name === caseName)!;
    const dir = setUp(c);
    const r = await run([...argv, dir], env);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean), r.err).toHaveLength(1);
    expect(r.err).toMatch(/^kubectl-crashcourse: /);
    expect(r.err).toMatch(script);
    expect(r.err).toContain(c.where!);
    for (const v of c.values) expect(r.err).toContain(v);
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('the scenario catalog', () => {
  // The other groups are the command-line errors (other-errors-locale.test.ts) and the watcher's warnings
  // (watcher-warnings-locale.test.ts), each provoked there; a key in a new group must find its test first.
  const ELSEWHERE = ['watch', 'forbid', 'admin', 'metrics', 'exercise', 'class', 'image', 'container'];
  const group = (key: string): string => key.split('.')[1] ?? '';

  it('has no scenario-file key that no case above provokes', () => {
    expect(Object.keys(enScenario).filter((key) => !ELSEWHERE.includes(group(key)) && !provoked.has(key))).toEqual([]);
  });
});
