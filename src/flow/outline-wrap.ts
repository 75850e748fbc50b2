// Wrapping one outline entry at a terminal's width: the first row from the entry's indent, the rest under it.
// Chinese and Japanese break between any two characters, except that closing punctuation never starts a row and
// opening punctuation never ends one (kinsoku); Latin words and ids break only at spaces.
import { displayWidth, graphemes } from '../i18n/width.js';

const WIDE = '\\u2E80-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
const OPEN = '（「『“‘(';
const CLOSE = '）」』”’、。，；：！？)';
const TOKEN = new RegExp(`\\s+|[${OPEN}]*(?:[^\\s${WIDE}${OPEN}${CLOSE}]+|[${WIDE}]|[\\s\\S])[${CLOSE}]*`, 'gu');

/** Rows of at most `first` columns, then at most `rest` columns; spaces at a break are dropped. */
export function wrapEntry(text: string, first: number, rest: number): string[] {
  const rows: string[] = [];
  let row = '';
  const limit = (): number => (rows.length === 0 ? first : rest);
  const breakRow = (): void => {
    rows.push(row.trimEnd());
    row = '';
  };
  for (const token of text.match(TOKEN) ?? []) {
    if (/^\s+$/.test(token)) {
      if (row !== '') row += token;
      continue;
    }
    if (row !== '' && displayWidth(row) + displayWidth(token) > limit()) breakRow();
    if (displayWidth(token) <= limit()) {
      row += token;
      continue;
    }
    // A token wider than a row (a very long id) is cut between characters.
    for (const g of graphemes(token)) {
      if (row !== '' && displayWidth(row) + displayWidth(g) > limit()) breakRow();
      row += g;
    }
  }
  if (row.trimEnd() !== '' || rows.length === 0) rows.push(row.trimEnd());
  return rows;
}
