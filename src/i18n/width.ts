// Terminal columns of text that mixes Latin and CJK: a Chinese or Japanese character takes two columns, so
// lengths in code units neither fit nor cut safely. Lines are broken between grapheme clusters only (never
// inside a character), at spaces for Latin words and anywhere between CJK characters.
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export const displayWidth = (text: string): number => stringWidth(text);

const graphemes = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

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
