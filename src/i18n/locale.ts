// Which language a person reads: `--lang` first, then the POSIX locale variables in their order of precedence
// (LC_ALL, LC_MESSAGES, LANG). Pure: the environment is passed in, so tests need no process state.
import { userError } from './user-error.js';

export const LOCALES = ['en', 'zh-CN', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** "zh_CN.UTF-8", "zh-Hans", "ja_JP.eucJP", "en_US", "C" … → a locale we ship, or undefined. */
export function matchLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  const tag = value.split(/[.@]/)[0]!.replace('_', '-').toLowerCase();
  if (tag === 'c' || tag === 'posix') return 'en';
  const [language] = tag.split('-');
  if (language === 'zh') return 'zh-CN';
  if (language === 'ja') return 'ja';
  if (language === 'en') return 'en';
  return undefined;
}

export function resolveLocale(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (flag !== undefined) {
    const chosen = matchLocale(flag);
    if (!chosen) throw userError('fail.unknownLanguage', { lang: flag, choices: LOCALES.join(', ') }, 2);
    return chosen;
  }
  // An empty variable is unset (POSIX); a set one we do not ship falls through to the next, then to English.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const found = matchLocale(env[name]);
    if (found) return found;
  }
  return 'en';
}
