// The log viewer's screen rows: one per line, or, wrapped, as many as each line needs at the width (wrapped by
// wrapLines, which loses no character). Scrolling, End and search all work on these rows, so wrap mode reaches the
// last lines and a match is put on screen by its row, not its line number.
import { wrapLines } from './wrap-lines.js';

export interface LogRows {
  readonly rows: readonly string[];
  /** rows index → the line it belongs to. */
  readonly lineOf: readonly number[];
  /** line index → its first row. */
  readonly firstRow: readonly number[];
}

export function logRows(lines: readonly string[], wrap: boolean, columns: number): LogRows {
  const rows: string[] = [];
  const lineOf: number[] = [];
  const firstRow: number[] = [];
  lines.forEach((line, i) => {
    firstRow.push(rows.length);
    const parts = wrap ? wrapLines(line, columns) : [line.replace(/\t/g, '    ')];
    for (const part of parts.length > 0 ? parts : ['']) {
      rows.push(part);
      lineOf.push(i);
    }
  });
  return { rows, lineOf, firstRow };
}

/** The top row that puts `row` on screen, a third down, within [0, total - height]. */
export function topFor(row: number, total: number, height: number): number {
  return Math.max(0, Math.min(Math.max(0, total - height), row - Math.floor(height / 3)));
}
