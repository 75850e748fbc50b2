// Messages by key, formatted as ICU MessageFormat (plurals, selects, numbers) for one locale. Catalogs are JSON
// files translators edit; English is the reference and the fallback, so a missing translation shows English,
// never a key (test/i18n checks that none is missing). The wizard's and the reports' chrome (headings, labels,
// keys, dialogs) lives in catalogs/chrome/, the command line's (--help, errors) in catalogs/cli/, the
// panels' rows, start-up and follow notices and `scan --all-contexts` in catalogs/screens/, beside the
// classroom's catalogs, so each can be edited on its own; what a diagnosis says (findings, reasons, a cause's
// summary, explanation and fix: `dx.*`) in catalogs/diagnosis/, and the normal output of the secondary
// commands (check, flows validate, strace, training-cluster, override's notes: `out.*`) in catalogs/output/.
// The rest of what those commands say has a domain each, so translators (and we) edit one area at a time:
// check's findings, syscall summaries, evidence gaps, the override's plan and questions, its clean-up and
// interruption lines, flow files (show and their errors) and scenario files' errors.
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
import enCheck from './catalogs/check/en.json' with { type: 'json' };
import jaCheck from './catalogs/check/ja.json' with { type: 'json' };
import zhCNCheck from './catalogs/check/zh-CN.json' with { type: 'json' };
import enSyscalls from './catalogs/syscalls/en.json' with { type: 'json' };
import jaSyscalls from './catalogs/syscalls/ja.json' with { type: 'json' };
import zhCNSyscalls from './catalogs/syscalls/zh-CN.json' with { type: 'json' };
import enEvidence from './catalogs/evidence/en.json' with { type: 'json' };
import jaEvidence from './catalogs/evidence/ja.json' with { type: 'json' };
import zhCNEvidence from './catalogs/evidence/zh-CN.json' with { type: 'json' };
import enOverride from './catalogs/override/en.json' with { type: 'json' };
import jaOverride from './catalogs/override/ja.json' with { type: 'json' };
import zhCNOverride from './catalogs/override/zh-CN.json' with { type: 'json' };
import enCleanup from './catalogs/cleanup/en.json' with { type: 'json' };
import jaCleanup from './catalogs/cleanup/ja.json' with { type: 'json' };
import zhCNCleanup from './catalogs/cleanup/zh-CN.json' with { type: 'json' };
import enFlows from './catalogs/flows/en.json' with { type: 'json' };
import jaFlows from './catalogs/flows/ja.json' with { type: 'json' };
import zhCNFlows from './catalogs/flows/zh-CN.json' with { type: 'json' };
import enScenario from './catalogs/scenario/en.json' with { type: 'json' };
import jaScenario from './catalogs/scenario/ja.json' with { type: 'json' };
import zhCNScenario from './catalogs/scenario/zh-CN.json' with { type: 'json' };
import enBase from './catalogs/en.json' with { type: 'json' };
import jaBase from './catalogs/ja.json' with { type: 'json' };
import zhCNBase from './catalogs/zh-CN.json' with { type: 'json' };
import type { Locale } from './locale.js';

const en = { ...enBase, ...enChrome, ...enCli, ...enScreens, ...enDiagnosis, ...enOutput,
  ...enCheck, ...enSyscalls, ...enEvidence, ...enOverride, ...enCleanup, ...enFlows, ...enScenario };

export type MessageKey = keyof typeof en;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en,
  'zh-CN': { ...zhCNBase, ...zhCNChrome, ...zhCNCli, ...zhCNScreens, ...zhCNDiagnosis, ...zhCNOutput,
    ...zhCNCheck, ...zhCNSyscalls, ...zhCNEvidence, ...zhCNOverride, ...zhCNCleanup, ...zhCNFlows, ...zhCNScenario },
  ja: { ...jaBase, ...jaChrome, ...jaCli, ...jaScreens, ...jaDiagnosis, ...jaOutput,
    ...jaCheck, ...jaSyscalls, ...jaEvidence, ...jaOverride, ...jaCleanup, ...jaFlows, ...jaScenario },
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
