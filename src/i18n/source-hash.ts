// The fingerprint of an English text that a translation was made from. A translation records it beside itself
// (flows/i18n/<locale>.yaml: `en-hash`), so a change to the English without a new translation is caught
// (test/i18n/translation-drift.test.ts) instead of leaving zh-CN and ja saying something else.
import { createHash } from 'node:crypto';

const oneLine = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');

/** Whitespace is not meaning: a re-wrapped paragraph keeps its hash. */
export function sourceHash(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.map(oneLine).join('\n')).digest('hex').slice(0, 12);
}
