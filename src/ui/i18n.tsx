// The wizard's language: screens ask for a translator instead of holding English, so one `--lang` (or LC_ALL,
// LANG) reaches every label. English when no provider is mounted (tests that render one screen).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, ENGLISH, type Locale, type MessageKey, type Translate } from '../i18n/index.js';
import type { Plan } from '../contracts/plan.js';

const TranslateContext = createContext<Translate>(ENGLISH);

export function LocaleProvider({ locale, children }: { readonly locale: Locale; readonly children: ReactNode }) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  return <TranslateContext.Provider value={t}>{children}</TranslateContext.Provider>;
}

export const useT = (): Translate => useContext(TranslateContext);

/** A plan's title in the reader's language; a plan without a catalog message keeps its English title. */
export function planTitle(t: Translate, plan: Plan): string {
  const m = plan.titleMessage;
  return m ? t(m.key as MessageKey, m.values) : plan.title;
}
