// Every description `--help` prints is a catalog entry: its usage.* key holds exactly the English main.ts wrote
// (so a changed sentence cannot leave a stale translation behind) and exists, translated, in zh-CN and ja.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { helpTexts, type HelpText } from '../../src/cli/localize-help.js';
import { CATALOGS } from '../../src/i18n/index.js';

async function programTexts(): Promise<HelpText[]> {
  let tree: Command | undefined;
  await main(['--lang', 'en'], (program) => (tree = program));
  return helpTexts(tree!);
}

describe('the help catalog', () => {
  it('holds, under a usage.* key, the exact English of every command, option and argument description', async () => {
    const texts = await programTexts();
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => !t.key).map((t) => `${t.where}: ${t.english}`)).toEqual([]);
  });

  it.each(['zh-CN', 'ja'] as const)('has every usage.* key in %s', async (locale) => {
    const keys = (await programTexts()).map((t) => t.key!);
    expect(keys.filter((k) => !CATALOGS[locale][k])).toEqual([]);
  });

  it('has no usage.* key that no description uses (headings and commander words aside)', async () => {
    const used = new Set((await programTexts()).map((t) => t.key));
    const own = Object.keys(CATALOGS.en).filter((k) => k.startsWith('usage.') && !/^usage\.(title|extra|helpOption|helpCommand|completion\.after)/.test(k));
    expect(own.filter((k) => !used.has(k))).toEqual([]);
  });
});
