// `scan` as a table that fits 80 columns: POD, STATUS, RESTARTS, EXIT, CAUSE (the cause id and its one line).
import type { ScanRow } from '../evidence/scan-types.js';
import { sanitize } from '../text/sanitize.js';
import { PLAIN, type Style } from './style.js';
import { clip, wrap } from './wrap.js';

export interface ScanTextOptions {
  readonly width?: number;
  readonly style?: Style;
  /** Where we looked, for the empty message: "namespace default" or "all namespaces". */
  readonly scope: string;
  readonly allNamespaces: boolean;
}

export function renderScanText(rows: readonly ScanRow[], options: ScanTextOptions): string {
  const st = options.style ?? PLAIN;
  const width = Math.max(60, options.width ?? 80);
  if (rows.length === 0) return `${st.good(`No failing pods in ${options.scope}.`)}\n`;
  const name = (r: ScanRow): string => (options.allNamespaces ? r.pod : r.name);
  const statusW = Math.min(Math.max(6, ...rows.map((r) => r.status.length)), 21);
  const restartsW = 8;
  const exitW = 4;
  // The cause is the point of the table: it keeps at least 22 columns; the pod name gets what is left.
  const podW = Math.max(12, Math.min(Math.max(3, ...rows.map((r) => name(r).length)), width - statusW - restartsW - exitW - 8 - 22));
  const causeW = Math.max(10, width - podW - statusW - restartsW - exitW - 8);
  const line = (cells: readonly string[], widths: readonly number[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const widths = [podW, statusW, restartsW, exitW, causeW];
  const out = [st.heading(line(['POD', 'STATUS', 'RESTARTS', 'EXIT', 'CAUSE'], widths))];
  for (const r of rows) {
    const cause = r.cause ? `${r.cause}: ${sanitize(r.summary)}` : sanitize(r.summary);
    out.push(
      line([clip(name(r), podW), clip(r.status, statusW), String(r.restarts).padStart(restartsW - 1), r.exitCode === null ? '-' : String(r.exitCode), clip(cause, causeW)], widths),
    );
  }
  out.push('', ...wrap(`${rows.length} failing pod${rows.length === 1 ? '' : 's'} in ${options.scope}; kubectl-triage diagnose NS/POD shows the evidence.`, width).map(st.dim));
  return `${out.join('\n')}\n`;
}

/** `scan --output json`: an array of {pod, container, cause, summary, restarts}. */
export function renderScanJson(rows: readonly ScanRow[]): string {
  return `${JSON.stringify(rows.map((r) => ({ pod: r.pod, container: r.container, cause: r.cause, summary: sanitize(r.summary), restarts: r.restarts })), null, 2)}\n`;
}
