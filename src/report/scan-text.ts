// `scan` as a table that fits 80 columns: POD, STATUS, RESTARTS, EXIT, CAUSE (the cause id and its one line).
import type { ScanRow } from '../contracts/scan-row.js';
import { clipToWidth, displayWidth, ENGLISH, type Translate } from '../i18n/index.js';
import { sanitize } from '../text/sanitize.js';
import { PLAIN, type Style } from './style.js';
import { clip, wrapText as wrap } from './wrap.js';
import { word } from './word.js';

export interface ScanTextOptions {
  readonly width?: number;
  readonly style?: Style;
  /** Where we looked, for the empty message: "namespace default" or "all namespaces". */
  readonly scope: string;
  readonly allNamespaces: boolean;
  /** The empty message, the CAUSE heading and the closing line in this language (kubectl's columns stay as kubectl prints them). */
  readonly t?: Translate;
}

export function renderScanText(rows: readonly ScanRow[], options: ScanTextOptions): string {
  const st = options.style ?? PLAIN;
  const t = options.t ?? ENGLISH;
  const width = Math.max(60, options.width ?? 80);
  if (rows.length === 0) return `${st.good(t('scan.none', { scope: options.scope }))}\n`;
  const name = (r: ScanRow): string => (options.allNamespaces ? r.pod : r.name);
  const cause = (r: ScanRow): string => `${r.cause ?? '-'}: ${sanitize(r.said ? word(r.said, t) : r.summary)}`;
  const statusW = Math.min(Math.max(6, ...rows.map((r) => r.status.length)), 21);
  const restartsW = 8;
  const exitW = 4;
  const fixed = statusW + restartsW + exitW + 6;
  const longest = Math.max(3, ...rows.map((r) => name(r).length));
  const line = (cells: readonly string[], widths: readonly number[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const numbers = (r: ScanRow): string[] => [clip(r.status, statusW), String(r.restarts).padStart(restartsW - 1), r.exitCode === null ? '-' : String(r.exitCode)];
  const out: string[] = [];

  if (longest + fixed + 2 + MIN_CAUSE <= width) {
    // Everything on one line per pod.
    const widths = [longest, statusW, restartsW, exitW];
    const causeW = width - longest - fixed - 2;
    out.push(st.heading(line(['POD', 'STATUS', 'RESTARTS', 'EXIT', t('pods.causeColumn')], widths)));
    for (const r of rows) out.push(line([name(r), ...numbers(r), clipCause(cause(r), causeW)], widths));
  } else {
    // Pod names are what the reader types next, so they are never cut: the cause moves to its own line under
    // the row, and a name too long for its column gets a line to itself.
    const podW = Math.max(16, width - fixed);
    const widths = [podW, statusW, restartsW, exitW];
    out.push(st.heading(line(['POD', 'STATUS', 'RESTARTS', 'EXIT'], widths)), st.heading(`  ${t('pods.causeColumn')}`));
    for (const r of rows) {
      const pod = name(r);
      if (pod.length > podW) out.push(pod);
      out.push(line([pod.length > podW ? '' : pod, ...numbers(r)], widths), `  ${clipCause(cause(r), width - 2)}`);
    }
  }
  out.push('', ...wrap(t('scan.closing', { count: rows.length, scope: options.scope }), width).map(st.dim));
  return `${out.join('\n')}\n`;
}

const MIN_CAUSE = 30;

// "oom-killed: ledger runs…", or just "oom-killed" when the summary would show only a few characters.
// Widths in terminal columns: a summary in Chinese or Japanese takes two per character.
function clipCause(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const id = text.slice(0, text.indexOf(':'));
  return width - id.length < 10 ? id : clipToWidth(text, width);
}

/** `scan --output json`: an array of {pod, container, cause, summary, restarts}. */
export function renderScanJson(rows: readonly ScanRow[]): string {
  return `${JSON.stringify(rows.map((r) => ({ pod: r.pod, container: r.container, cause: r.cause, summary: sanitize(r.summary), restarts: r.restarts })), null, 2)}\n`;
}
