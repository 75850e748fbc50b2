// Wrapping text into terminal rows ourselves, so no character is ever lost where a line breaks: Ink's own wrap
// (wrap-ansi inside a flex row) dropped the `3` of `exitCode=3` and the last character of lines with tabs.
// Every character of the input appears in the output except the single space a break replaces; words longer
// than the width are cut hard, between two characters; tabs become spaces first; continuation rows never start
// with a space. Widths are terminal columns: a Chinese or Japanese character (or an emoji) takes two, so a row
// of them is cut at the screen's edge, never past it, and never inside a character.
import { displayWidth, graphemeWidth, graphemes } from '../../i18n/width.js';

const TAB = '    ';

/** Rows of at most `width` terminal columns for `text`; `\n` always starts a new row. */
export function wrapLines(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const rows: string[] = [];
  for (const para of text.replace(/\t/g, TAB).split('\n')) wrapParagraph(para, w, rows);
  return rows;
}

function wrapParagraph(para: string, width: number, rows: string[]): void {
  if (displayWidth(para) <= width) {
    rows.push(para);
    return;
  }
  const chars = graphemes(para);
  const cols = chars.map(graphemeWidth);
  let start = 0;
  let first = true;
  while (start < chars.length) {
    // A continuation row does not start with the space that separated it from the row before.
    while (!first && chars[start] === ' ') start++;
    if (start >= chars.length) return;
    first = false;
    // The characters that fit: at least one, so a wide character on a one-column screen still moves on.
    let end = start;
    let used = 0;
    while (end < chars.length && (end === start || used + cols[end]! <= width)) used += cols[end++]!;
    if (end >= chars.length) {
      rows.push(chars.slice(start).join(''));
      return;
    }
    // Break at the last space that fits (or the one right after the row), if there is one past the row's start;
    // else cut the word hard.
    let space = -1;
    for (let i = end; i > start; i--) {
      if (chars[i] === ' ') {
        space = i;
        break;
      }
    }
    if (space > start) end = space;
    rows.push(chars.slice(start, end).join(''));
    start = end;
  }
}

/** How many rows `text` takes at `width`. */
export const wrappedRowCount = (text: string, width: number): number => wrapLines(text, width).length;
