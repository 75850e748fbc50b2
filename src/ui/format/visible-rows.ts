// The rows a log window shows, laid out by us in linear time. Ink's own wrapping re-measures a line for every
// break, so one 200 KB line pinned the CPU (and with it SIGINT/SIGTERM handling) for good; here a line is cut
// into code-point chunks of the width, and nothing past the window's height is ever produced.

/** `width` columns per row (one code point = one column), at most `maxRows` rows. */
export function visibleRows(lines: readonly string[], width: number, maxRows: number, wrap: boolean): string[] {
  const w = Math.max(1, Math.floor(width));
  const out: string[] = [];
  for (const line of lines) {
    if (out.length >= maxRows) break;
    if (!wrap) {
      // One column past the width so the renderer still sees that the line goes on and marks the cut.
      out.push(codePoints(line, w + 1).join(''));
      continue;
    }
    const points = codePoints(line, w * (maxRows - out.length));
    if (points.length === 0) out.push('');
    for (let i = 0; i < points.length && out.length < maxRows; i += w) out.push(points.slice(i, i + w).join(''));
  }
  return out;
}

/** The first `limit` code points, reading only as much of the string as they need. */
function codePoints(text: string, limit: number): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (out.length >= limit) break;
    out.push(ch);
  }
  return out;
}
