// Terminal columns of text that mixes Latin and CJK: a Chinese or Japanese character takes two columns, so
// lengths in code units neither fit nor cut safely. Lines are broken between grapheme clusters only (never
// inside a character), at spaces for Latin words and anywhere between CJK characters.
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Node 20's Intl.Segmenter copies the whole input into every segment it yields: over a 200 KB log line that is
// quadratic (minutes, then out of memory). Long text is segmented in pieces cut where a grapheme always starts.
const PIECE = 256;
// Latin, kana, CJK ideographs, Hangul syllables and full-width forms: one code unit is one grapheme, no combining
// marks, joiners or surrogates among them, so no segmenter is needed.
const ONE_UNIT_EACH = /^[\x20-\x7e\u00a0-\u02ff\u3000-\u3098\u309b-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60]*$/;
const MAX_PIECE = 4096;
const startsGrapheme = (code: number): boolean =>
  (code >= 0x20 && code <= 0x7e) || (code >= 0x3040 && code <= 0x30ff && code !== 0x3099 && code !== 0x309a) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3);

/** The text's characters as a person sees them (an emoji with its modifiers, a letter with its accents): one each. */
export function graphemes(text: string): string[] {
  if (PRINTABLE_ASCII.test(text)) return text.split('');
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + PIECE);
    while (to < text.length && to - from < MAX_PIECE && !startsGrapheme(text.charCodeAt(to))) to++;
    // Past MAX_PIECE with no safe start, never cut between the two halves of a surrogate pair.
    if (to < text.length && text.charCodeAt(to) >= 0xdc00 && text.charCodeAt(to) <= 0xdfff) to++;
    const piece = text.slice(from, to);
    if (ONE_UNIT_EACH.test(piece)) out.push(...piece.split(''));
    else for (const s of segmenter.segment(piece)) out.push(s.segment);
    from = to;
  }
  return out;
}

// string-width costs tens of microseconds a character: a long line of Chinese repeats few characters, so their
// widths are remembered (bounded, so a hostile log cannot grow it without end).
const widths = new Map<string, number>();

/** Terminal columns of one grapheme (printable ASCII is one column without asking string-width). */
export function graphemeWidth(g: string): number {
  if (g.length === 1 && PRINTABLE_ASCII.test(g)) return 1;
  let w = widths.get(g);
  if (w === undefined) {
    if (widths.size >= 20_000) widths.clear();
    w = stringWidth(g);
    widths.set(g, w);
  }
  return w;
}

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (text.length <= PIECE) return stringWidth(text);
  let sum = 0;
  for (const g of graphemes(text)) sum += graphemeWidth(g);
  return sum;
}

/** At most `columns` columns; an ellipsis marks a cut, which always falls between two characters. */
export function clipToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = displayWidth(g);
    if (used + w > columns - 1) break;
    out += g;
    used += w;
  }
  return `${out}…`;
}

/** Break text into lines of at most `columns` columns (a word longer than a line is broken between graphemes). */
export function wrapToWidth(text: string, columns: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    // Tokens: a run of non-space non-CJK characters (a Latin word), one wide character, or spaces.
    for (const token of paragraph.match(/\s+|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+|[\s\S]/gu) ?? []) {
      const w = displayWidth(token);
      if (/^\s+$/.test(token)) {
        if (used > 0 && used + w <= columns) {
          line += token;
          used += w;
        }
        continue;
      }
      if (used + w > columns && used > 0) {
        lines.push(line.trimEnd());
        line = '';
        used = 0;
      }
      if (w <= columns) {
        line += token;
        used += w;
        continue;
      }
      for (const g of graphemes(token)) {
        const gw = displayWidth(g);
        if (used + gw > columns) {
          lines.push(line.trimEnd());
          line = '';
          used = 0;
        }
        line += g;
        used += gw;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** `padEnd` in columns: a heading in Chinese or Japanese lines up with the Latin rows under it. */
export const padToWidth = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
