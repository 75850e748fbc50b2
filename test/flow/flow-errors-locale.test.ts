// Every flow-file error, provoked by a malformed file and printed by `flows validate` (the path every command
// loading a flow shares) in zh-CN and ja: one line, the same file:line and values as the English, and no English
// sentence left outside the values. A catalog key of the flow errors with no case here fails the last test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type MessageRef, UserError } from '../../src/errors.js';
import { loadFlow, selectFlow } from '../../src/flow/index.js';
import { CATALOGS, createTranslator } from '../../src/i18n/index.js';
import { localMessage } from '../../src/i18n/user-error.js';
import { sanitizeLine } from '../../src/text/sanitize.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';
import { FLOW_ERROR_CASES, TINY } from './flow-error-cases.js';
import { caught } from '../support/caught-user-error.js';

// The shipped flows directory, replaceable for the two errors only an installation's flows/ can provoke.
const shipped = vi.hoisted(() => ({ dir: undefined as string | undefined }));
vi.mock('../../src/paths.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/paths.js')>();
  return { ...real, builtinFlowsDir: () => shipped.dir ?? real.builtinFlowsDir() };
});

const LOCALES = ['zh-CN', 'ja'] as const;
const SCRIPT = { 'zh-CN': /[\u4e00-\u9fff]/, ja: /[\u3040-\u30ff]/ } as const;
const scratch = mkdtempSync(join(tmpdir(), 'flow-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => {
  shipped.dir = undefined;
  vi.restoreAllMocks();
});

/** The keys of an error's message and of the messages inside it (the field it names, the wrapped reason). */
const chain = (ref: MessageRef | undefined): string[] => (ref ? [ref.key, ...chain(ref.detail)] : []);
const chainValues = (ref: MessageRef | undefined): string[] => (ref ? [...Object.values(ref.values ?? {}).map(String), ...chainValues(ref.detail)] : []);
/** The line without the values it quotes (paths, ids, the file's own words, the YAML parser's reason): ours to word. */
const ours = (line: string, ref: MessageRef | undefined): string =>
  [...chainValues(ref)].sort((a, b) => b.length - a.length).reduce((text, v) => text.split(v).join(' '), line)
    .replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ')
    // A Chinese or Japanese character ends an English run as a space would ("a choice label必须…").
    .replace(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/g, ' ');
const lineOf = (text: string, needle: string | number): number => (typeof needle === 'number' ? needle : text.split('\n').findIndex((l) => l.includes(needle)) + 1);


/** Runs the CLI in one language and returns its one error line. */
async function cliError(args: readonly string[], locale: string, exit: number): Promise<string> {
  const io = captureOutput();
  expect(await main([...args, '--lang', locale])).toBe(exit);
  const lines = io.err().trimEnd().split('\n');
  vi.restoreAllMocks();
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

function expectWorded(line: string, e: UserError, locale: (typeof LOCALES)[number], values: readonly string[]): void {
  expect(line).toBe(`kubectl-crashcourse: ${sanitizeLine(localMessage(e, createTranslator(locale)))}`);
  expect(line).not.toContain(e.message);
  expect(line).toMatch(SCRIPT[locale]);
  for (const v of values) expect(line).toContain(v);
  expect(englishRuns(ours(line, e.ref))).toEqual([]);
}

describe.each(FLOW_ERROR_CASES)('a flow file provoking $key', (c) => {
  it('is rejected with file:line and its values, in English and worded in zh-CN and ja by flows validate', async () => {
    const file = join(scratch, `${c.key}.yaml`);
    writeFileSync(file, c.text);
    const e = await caught(() => loadFlow(file));
    expect(chain(e.ref)).toContain(c.key);
    const where = `${file}:${lineOf(c.text, c.at)}: `;
    expect(e.message.startsWith(where), e.message).toBe(true);
    expect(e.message).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    for (const v of c.values) expect(e.message).toContain(v);
    for (const locale of LOCALES) {
      const line = await cliError(['flows', 'validate', file], locale, 1);
      expect(line.startsWith(`kubectl-crashcourse: ${where.replace(/: $/, '')}`), line).toBe(true);
      expectWorded(line, e, locale, c.values);
    }
  });
});

// Errors that are not one file's mistake: they are provoked through the command or the function that raises them.
const OTHER_CASES: readonly { key: string; run: (locale: string) => Promise<{ line: string; e: UserError; values: readonly string[] }> }[] = [
  { key: 'flows.fail.noSuchFlow', run: async (locale) => ({
    line: await cliError(['flows', 'show', 'crashlop'], locale, 2),
    e: await caught(async () => (await import('../../src/cli/flows-command.js')).runFlows({ action: 'show', files: [], flow: 'crashlop' })),
    values: ['crashlop', 'crashloop, pod-not-starting'],
  }) },
  { key: 'flows.fail.noFiles', run: async (locale) => {
    shipped.dir = mkdtempSync(join(scratch, 'empty-'));
    return { line: await cliError(['flows', 'validate'], locale, 1), e: await caught(async () => (await import('../../src/cli/flows-command.js')).runFlows({ action: 'validate', files: [] })), values: [] };
  } },
  { key: 'fail.flow.duplicate', run: async (locale) => {
    shipped.dir = join(scratch, 'twice');
    mkdirSync(shipped.dir, { recursive: true });
    writeFileSync(join(shipped.dir, 'a.yaml'), TINY);
    writeFileSync(join(shipped.dir, 'b.yaml'), TINY);
    return { line: await cliError(['flows', 'show', 'tiny'], locale, 1), e: await caught(async () => (await import('../../src/flow/index.js')).loadBuiltinFlows()), values: ['flows/b.yaml:1', 'tiny'] };
  } },
  { key: 'fail.file.flowUnreadable', run: async (locale) => {
    const gone = join(scratch, 'gone.yaml');
    return { line: await cliError(['flows', 'validate', gone], locale, 1), e: await caught(() => loadFlow(gone)), values: [gone] };
  } },
  { key: 'flows.fail.sideFile', run: async (locale) => {
    // An installation whose translation of the flows has a misspelt field: `flows show` in that language names it.
    shipped.dir = mkdtempSync(join(scratch, 'side-'));
    mkdirSync(join(shipped.dir, 'i18n'));
    writeFileSync(join(shipped.dir, 'tiny.yaml'), TINY);
    writeFileSync(join(shipped.dir, 'i18n', `${locale}.yaml`), 'tiny:\n  steps:\n    events:\n      titel: x\n');
    return {
      line: await cliError(['flows', 'show', 'tiny'], locale, 1),
      e: await caught(async () => (await import('../../src/i18n/flow-text.js')).loadFlowSideFile(locale as 'ja')),
      values: [`flows/i18n/${locale}.yaml`, 'tiny.steps.events', 'titel'],
    };
  } },
  { key: 'flows.fail.noFlow', run: async (locale) => {
    const e = await caught(() => selectFlow([], { podStatus: 'Running' } as never));
    return { line: `kubectl-crashcourse: ${localMessage(e, createTranslator(locale as 'ja'))}`, e, values: [] };
  } },
];

describe.each(OTHER_CASES)('the error $key', (c) => {
  it.each(LOCALES)('is one line in %s with its values', async (locale) => {
    const { line, e, values } = await c.run(locale);
    expect(chain(e.ref)).toContain(c.key);
    for (const v of values) expect(e.message).toContain(v);
    expectWorded(line, e, locale, values);
  });
});

it.each(LOCALES)('diagnose --flow with a malformed flow prints the same line in %s as flows validate', async (locale) => {
  const c = FLOW_ERROR_CASES.find((x) => x.key === 'flows.fail.unknownGuardWordNear')!;
  const file = join(scratch, 'for-diagnose.yaml');
  writeFileSync(file, c.text);
  const scenario = join(import.meta.dirname, '../../scenarios/command-not-in-path');
  expect(await cliError(['diagnose', '--from', scenario, '--flow', file], locale, 1)).toBe(await cliError(['flows', 'validate', file], locale, 1));
});

// `has no way out` cannot be provoked: a step without "result" must have a non-empty "next", which is a way out.
const UNREACHABLE = new Set(['fail.flow.noWayOut']);
// The wrappers that put file, line and step around every message above.
const WRAPPERS = new Set(['fail.flow.at', 'fail.flow.atStep']);

it('has a provoking case for every flow error in the catalogs', () => {
  const keys = Object.keys(CATALOGS.en).filter((k) => /^(flows\.fail\.|flows\.what\.|fail\.flow\.|fail\.file\.flow)/.test(k));
  const covered = new Set([...FLOW_ERROR_CASES.map((c) => c.key), ...OTHER_CASES.map((c) => c.key), ...UNREACHABLE, ...WRAPPERS]);
  expect(keys.length).toBeGreaterThan(60);
  expect(keys.filter((k) => !covered.has(k))).toEqual([]);
});
