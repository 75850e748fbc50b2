// Word wrapping for an 80-column terminal; words longer than the line (URLs, log lines) are cut, not lost.
import { displayWidth, wrapToWidth } from '../i18n/index.js';

export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(20, width - indent.length);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let w = word;
      while (w.length > room) {
        if (line) {
          out.push(line);
          line = '';
        }
        out.push(w.slice(0, room));
        w = w.slice(room);
      }
      if (!line) line = w;
      else if (line.length + 1 + w.length <= room) line += ` ${w}`;
      else {
        out.push(line);
        line = w;
      }
    }
    out.push(line);
  }
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return out.map((l) => (l ? indent + l : l));
}

/**
 * `wrap` for text that may hold Chinese or Japanese (a translated heading or label): such a character takes two
 * columns, so the break is counted in columns and falls between characters. Plain text wraps exactly as `wrap`.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  if (displayWidth(text) === text.length) return wrap(text, width, indent);
  const room = Math.max(20, width - displayWidth(indent));
  return wrapToWidth(text, room).map((l) => (l ? indent + l : l));
}

/** Keep a quoted line on one row: cut with an ellipsis. */
export function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * A command shown on a narrow terminal: broken between arguments with shell continuations (" \"), so the
 * lines still paste into a shell as the same argv.
 */
export function commandLines(args: readonly string[], width: number, prefix: string, indent: string): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const arg of args) {
    const piece = line === prefix || line === indent ? arg : ` ${arg}`;
    if (line !== prefix && line !== indent && line.length + piece.length + 2 > width) {
      lines.push(`${line} \\`);
      line = indent + arg;
    } else line += piece;
  }
  lines.push(line);
  return lines;
}

