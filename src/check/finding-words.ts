// A finding's sentence as a catalog message plus its values, so the text output can word it in the reader's
// language while `message` (JSON, SARIF, library callers) keeps the English it always had. Lists stay lists
// until worded: "a and b" in English is "a 和 b" in Chinese.
import { ENGLISH, type MessageKey, type Translate } from '../i18n/translate.js';

export type CheckMessageKey = Extract<MessageKey, `check.${string}`>;
export type WordValue = string | { readonly and: readonly string[] } | { readonly comma: readonly string[] };

export interface FindingWords {
  readonly key: CheckMessageKey;
  readonly values: Readonly<Record<string, WordValue>>;
}

/** The words and their English message, for a rule to spread into its finding. */
export function said(key: CheckMessageKey, values: Readonly<Record<string, WordValue>>): { message: string; words: FindingWords } {
  const words = { key, values };
  return { message: wordFinding(words, ENGLISH), words };
}

export function wordFinding(words: FindingWords, t: Translate): string {
  const flat = Object.fromEntries(Object.entries(words.values).map(([name, v]) => [name, typeof v === 'string' ? v : wordList(v, t)]));
  return t(words.key, flat);
}

function wordList(v: Exclude<WordValue, string>, t: Translate): string {
  const [items, key] = 'and' in v ? [v.and, 'check.list.and' as const] : [v.comma, 'check.list.comma' as const];
  return items.length === 0 ? '' : items.reduce((a, b) => t(key, { a, b }));
}
