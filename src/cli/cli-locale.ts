// The language of the command line itself (--help, errors), known before commander parses anything: help is
// printed while parsing, so `--lang` is looked for in argv first, then LC_ALL, LC_MESSAGES and LANG, as everywhere
// else. A `--lang` we do not ship falls back to the environment here; the command then reports it in that language.
import type { Command } from 'commander';
import { matchLocale, resolveLocale, type Locale } from '../i18n/locale.js';

export function localeFromArgv(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') flag = argv[i + 1];
    else if (arg.startsWith('--lang=')) flag = arg.slice('--lang='.length);
  }
  return matchLocale(flag) ?? resolveLocale(undefined, env);
}

export const LANG_OPTION_HELP = 'en, zh-CN or ja: the language of help and error messages (default: LC_ALL, LC_MESSAGES, LANG)';

/** Every command accepts --lang, so its help and errors can be read in the reader's language. */
export function acceptLangEverywhere(cmd: Command): void {
  for (const sub of cmd.commands) {
    if (!sub.options.some((o) => o.long === '--lang')) sub.option('--lang <language>', LANG_OPTION_HELP);
    acceptLangEverywhere(sub);
  }
}
