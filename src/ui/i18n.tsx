// The wizard's language: screens ask for a translator instead of holding English, so one `--lang` (or LC_ALL,
// LANG) reaches every label. English when no provider is mounted (tests that render one screen).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, ENGLISH, type Locale, type Translate } from '../i18n/index.js';

const TranslateContext = createContext<Translate>(ENGLISH);

export function LocaleProvider({ locale, children }: { readonly locale: Locale; readonly children: ReactNode }) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  return <TranslateContext.Provider value={t}>{children}</TranslateContext.Provider>;
}

export const useT = (): Translate => useContext(TranslateContext);
