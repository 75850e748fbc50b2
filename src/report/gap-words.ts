// What could not be read, and why, in the reader's language: a gap's messages worded with their values (names,
// the server's own text) as they were read. A gap made without messages is shown as written.
import type { GapWords } from '../contracts/evidence.js';
import { ENGLISH, localMessage, type Translate } from '../i18n/index.js';

export interface GapLike {
  readonly what: string;
  readonly reason: string;
  readonly say?: GapWords;
}

export function gapWords(g: GapLike, t: Translate = ENGLISH): { what: string; reason: string } {
  if (!g.say) return { what: g.what, reason: g.reason };
  return { what: localMessage({ message: g.what, ref: g.say.what }, t), reason: localMessage({ message: g.reason, ref: g.say.reason }, t) };
}

/** "- what: why" as a list item, each part passed through `escape` (sanitising for a terminal, escaping for Markdown). */
export function gapLine(g: GapLike, t: Translate = ENGLISH, escape: (s: string) => string = (s) => s): string {
  const w = gapWords(g, t);
  return t('evidence.gap.line', { what: escape(w.what), reason: escape(w.reason) });
}
