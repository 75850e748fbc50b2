// Each catalog file is a domain translators edit on its own (classroom, chrome, cli, screens): every file must
// hold, in zh-CN and ja, exactly the keys of its English file, and no key may live in two domains (the merged
// catalog would silently keep one of the two sentences).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/index.js';

const ROOT = resolve(import.meta.dirname, '../../src/i18n/catalogs');
const DOMAINS = ['.', ...readdirSync(ROOT).filter((d) => statSync(join(ROOT, d)).isDirectory())];
const read = (domain: string, locale: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, domain, `${locale}.json`), 'utf8')) as Record<string, string>;

describe.each(DOMAINS)('the catalog domain %s', (domain) => {
  const en = read(domain, 'en');

  it.each(['zh-CN', 'ja'])('has in %s exactly the English keys', (locale) => {
    const other = read(domain, locale);
    expect(Object.keys(en).filter((k) => !(k in other))).toEqual([]);
    expect(Object.keys(other).filter((k) => !(k in en))).toEqual([]);
  });

  it('shares no key with another domain', () => {
    const elsewhere = DOMAINS.filter((d) => d !== domain).flatMap((d) => Object.keys(read(d, 'en')));
    expect(Object.keys(en).filter((k) => elsewhere.includes(k))).toEqual([]);
  });
});

describe('the merged catalogs', () => {
  it('hold every domain (a new catalog file that translate.ts does not load fails here)', () => {
    const all = DOMAINS.flatMap((d) => Object.keys(read(d, 'en')));
    expect(all.filter((k) => !(k in CATALOGS.en))).toEqual([]);
    expect(Object.keys(CATALOGS.en)).toHaveLength(all.length);
  });
});
