// Messages by key, formatted as ICU MessageFormat (plurals, selects, numbers) for one locale. Catalogs are JSON
// files translators edit; English is the reference and the fallback, so a missing translation shows English,
// never a key (test/i18n checks that none is missing). The wizard's and the reports' chrome (headings, labels,
// keys, dialogs) lives in catalogs/chrome/, the command line's (--help, errors) in catalogs/cli/, the
// panels' rows, start-up and follow notices and `scan --all-contexts` in catalogs/screens/, beside the
// classroom's catalogs, so each can be edited on its own; what a diagnosis says (findings, reasons, a cause's
// summary, explanation and fix: `dx.*`) in catalogs/diagnosis/, and the normal output of the secondary
// commands (check, flows validate, strace, training-cluster, override's notes: `out.*`) in catalogs/output/.
import { IntlMessageFormat } from 'intl-messageformat';
import enChrome from './catalogs/chrome/en.json' with { type: 'json' };
import jaChrome from './catalogs/chrome/ja.json' with { type: 'json' };
import zhCNChrome from './catalogs/chrome/zh-CN.json' with { type: 'json' };
import enCli from './catalogs/cli/en.json' with { type: 'json' };
import jaCli from './catalogs/cli/ja.json' with { type: 'json' };
import zhCNCli from './catalogs/cli/zh-CN.json' with { type: 'json' };
import enScreens from './catalogs/screens/en.json' with { type: 'json' };
import jaScreens from './catalogs/screens/ja.json' with { type: 'json' };
import zhCNScreens from './catalogs/screens/zh-CN.json' with { type: 'json' };
import enDiagnosis from './catalogs/diagnosis/en.json' with { type: 'json' };
import jaDiagnosis from './catalogs/diagnosis/ja.json' with { type: 'json' };
import zhCNDiagnosis from './catalogs/diagnosis/zh-CN.json' with { type: 'json' };
import enOutput from './catalogs/output/en.json' with { type: 'json' };
import jaOutput from './catalogs/output/ja.json' with { type: 'json' };
import zhCNOutput from './catalogs/output/zh-CN.json' with { type: 'json' };
import enBase from './catalogs/en.json' with { type: 'json' };
import jaBase from './catalogs/ja.json' with { type: 'json' };
import zhCNBase from './catalogs/zh-CN.json' with { type: 'json' };
import type { Locale } from './locale.js';

const en = { ...enBase, ...enChrome, ...enCli, ...enScreens, ...enDiagnosis, ...enOutput };

export type MessageKey = keyof typeof en;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en,
  'zh-CN': { ...zhCNBase, ...zhCNChrome, ...zhCNCli, ...zhCNScreens, ...zhCNDiagnosis, ...zhCNOutput },
  ja: { ...jaBase, ...jaChrome, ...jaCli, ...jaScreens, ...jaDiagnosis, ...jaOutput },
};

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

/** English, for code paths that are not given a language (tests, library callers). */
export const ENGLISH: Translate = createTranslator('en');
