// Messages by key, formatted as ICU MessageFormat (plurals, selects, numbers) for one locale. Catalogs are JSON
// files translators edit; English is the reference and the fallback, so a missing translation shows English,
// never a key (test/i18n checks that none is missing).
import { IntlMessageFormat } from 'intl-messageformat';
import en from './catalogs/en.json' with { type: 'json' };
import ja from './catalogs/ja.json' with { type: 'json' };
import zhCN from './catalogs/zh-CN.json' with { type: 'json' };
import type { Locale } from './locale.js';

export type MessageKey = keyof typeof en;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, 'zh-CN': zhCN, ja };

export function createTranslator(locale: Locale): Translate {
  const cache = new Map<string, IntlMessageFormat>();
  const catalog = CATALOGS[locale];
  return (key, values) => {
    let format = cache.get(key);
    if (!format) {
      const source = catalog[key] ?? en[key];
      format = new IntlMessageFormat(source, locale);
      cache.set(key, format);
    }
    return String(format.format(values as Record<string, string | number> | undefined));
  };
}
