// Wrapping text into terminal rows ourselves, so no character is ever lost where a line breaks: Ink's own wrap
// (wrap-ansi inside a flex row) dropped the `3` of `exitCode=3` and the last character of lines with tabs.
// Every character of the input appears in the output except the single space a break replaces; words longer
// than the width are cut hard; tabs become spaces first; continuation rows never start with a space.

const TAB = '    ';

/** Rows of at most `width` characters (code points) for `text`; `\n` always starts a new row. */
export function wrapLines(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const rows: string[] = [];
  for (const para of text.replace(/\t/g, TAB).split('\n')) wrapParagraph(Array.from(para), w, rows);
  return rows;
}

function wrapParagraph(chars: readonly string[], width: number, rows: string[]): void {
  if (chars.length <= width) {
    rows.push(chars.join(''));
    return;
  }
  let start = 0;
  let first = true;
  while (start < chars.length) {
    // A continuation row does not start with the space that separated it from the row before.
    while (!first && chars[start] === ' ') start++;
    if (start >= chars.length) return;
    first = false;
    if (chars.length - start <= width) {
      rows.push(chars.slice(start).join(''));
      return;
    }
    let end = start + width;
    // Break after the last space that fits, if there is one past the row's start; else cut the word hard.
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
