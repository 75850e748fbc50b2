// Translators edit catalogs, not code: every key a person can see must exist in every language, with the same
// ICU placeholders (a translation that drops {pod} would show a sentence without its evidence).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator, LOCALES } from '../../src/i18n/index.js';
import { CAUSE_IDS } from '../../src/contracts/causes.js';

const en = CATALOGS.en;
// Kubernetes' own field names and kinds ("ConfigMap {name}") stay as they are in every language.
const VERBATIM = new Set(['source.spec', 'dx.from.configMap', 'dx.from.secret']);

function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: readonly MessageFormatElement[]): void => {
    for (const el of els) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.plural || el.type === TYPE.select) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalog', (locale) => {
  const catalog = CATALOGS[locale];

  it('has every English key, and no key English lacks', () => {
    expect(Object.keys(en).filter((k) => !(k in catalog))).toEqual([]);
    expect(Object.keys(catalog).filter((k) => !(k in en))).toEqual([]);
  });

  it('uses the same placeholders as English in every message', () => {
    const differ = Object.keys(en).filter((k) => k in catalog && placeholders(catalog[k]!).join() !== placeholders(en[k] ?? '').join());
    expect(differ).toEqual([]);
  });

  it('translates every sentence (only codes and symbols may stay as they are)', () => {
    const same = Object.keys(en).filter((k) => !VERBATIM.has(k) && catalog[k] === en[k] && /[a-z]{3}/.test((en[k] ?? '').replace(/\{[^}]*\}/g, '')));
    expect(same).toEqual([]);
  });
});

describe('the translator', () => {
  it('names every cause in every language', () => {
    for (const locale of LOCALES) for (const id of CAUSE_IDS) expect(CATALOGS[locale][`cause.${id}`], `${locale} cause.${id}`).toBeTruthy();
  });

  it('formats ICU plurals and values in the chosen language', () => {
    expect(createTranslator('en')('debrief.path', { count: 1, steps: 'a' })).toBe('Your path (1 step): a');
    expect(createTranslator('en')('debrief.path', { count: 3, steps: 'a' })).toBe('Your path (3 steps): a');
    expect(createTranslator('zh-CN')('predict.code', { code: 137 })).toBe('退出状态码 137');
    expect(createTranslator('ja')('predict.code', { code: 137 })).toBe('終了コード 137');
  });
});
