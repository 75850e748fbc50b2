// The parse cache the build ships: keyed by the file's text, so an edited file is parsed again; what it hands out
// is a copy; lines it did not note still come from the file; and the built cache covers the built-in scenarios.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarioDir } from '../../src/scenario/load-scenario-dir.js';
import { cacheKey, parseCachePath, recorded, startRecording, useParseCache, type ParseCacheFile } from '../../src/scenario/parse-cache.js';
import { parseDocuments } from '../../src/scenario/parse-documents.js';

const SCENARIO = join(builtinScenariosDir(), 'oom-killed-jvm');

afterEach(() => useParseCache(undefined));

async function recordScenario(dir: string): Promise<ParseCacheFile> {
  startRecording();
  await loadScenarioDir(dir);
  return recorded();
}

describe('the scenario parse cache', () => {
  it('gives the same scenario as parsing, and a fresh copy each time', async () => {
    const parsed = await loadScenarioDir(SCENARIO);
    useParseCache((await recordScenario(SCENARIO)).entries);
    const fromCache = await loadScenarioDir(SCENARIO);
    expect(fromCache).toEqual(parsed);
    (fromCache.objects[0]!.metadata as { name: string }).name = 'changed';
    expect((await loadScenarioDir(SCENARIO)).objects[0]!.metadata.name).toBe(parsed.objects[0]!.metadata.name);
  });

  it('is looked up by the text: a known text gives what was recorded for it, an edited one is parsed', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';
    useParseCache({ [cacheKey(text)]: { values: [{ recorded: true }], lines: {} } });
    expect(parseDocuments('x.yaml', text).values).toEqual([{ recorded: true }]);
    expect(parseDocuments('x.yaml', `${text}data: {}\n`).values).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: {} }]);
  });

  it('answers lines it did not note from the file itself, so a mistake is still pointed at', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers: []\n';
    useParseCache({ [cacheKey(text)]: { values: [{ apiVersion: 'v1' }], lines: { '0|': 1 } } });
    const parsed = parseDocuments('p.yaml', text);
    expect(parsed.lineOf(0, [])).toBe(1);
    expect(parsed.lineOf(0, ['spec', 'containers'])).toBe(6);
  });

  it('does not cache what JSON cannot give back (.inf, -0)', () => {
    startRecording();
    parseDocuments('n.yaml', 'a: .inf\n');
    parseDocuments('m.yaml', 'a: 1\n');
    const { entries } = recorded();
    expect(Object.keys(entries)).toEqual([cacheKey('a: 1\n')]);
  });

  it('a scenario copied and edited loads the edit, with the cache of the original in place', async () => {
    useParseCache((await recordScenario(SCENARIO)).entries);
    const dir = join(mkdtempSync(join(tmpdir(), 'crashcourse-cache-')), 'oom-killed-jvm');
    cpSync(SCENARIO, dir, { recursive: true });
    const file = readdirSync(dir).find((f) => f.endsWith('.yaml') && f !== 'scenario.yaml')!;
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), text.replace(/namespace: payments/g, 'namespace: edited'));
    const edited = await loadScenarioDir(dir);
    expect(edited.objects.some((o) => o.metadata.namespace === 'edited')).toBe(true);
  });

  it('the build ships one for every object file (YAML or JSON) of the built-in scenarios', (ctx) => {
    if (!existsSync(parseCachePath())) {
      console.log(`skipped: ${parseCachePath()} is not built (npm run build writes it)`);
      ctx.skip();
    }
    const file = JSON.parse(readFileSync(parseCachePath(), 'utf8')) as ParseCacheFile;
    const keys = new Set(Object.keys(file.entries));
    const missing: string[] = [];
    for (const scenario of readdirSync(builtinScenariosDir(), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = join(builtinScenariosDir(), scenario.name);
      for (const name of readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f))) {
        if (!keys.has(cacheKey(readFileSync(join(dir, name), 'utf8'), name.endsWith('.json')))) missing.push(`${scenario.name}/${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
