// Which log lines to show: the window around the decisive lines the analyzers quoted (the panic, the refused
// connection), else the tail; and search over a bounded set of lines for the log viewer.
import type { Diagnosis } from '../../contracts/diagnosis.js';
import type { LogExcerpt } from '../../contracts/evidence.js';

/** Quoted log lines of the diagnosis for this container, trimmed, for matching against the excerpt. */
export function decisiveLines(diagnosis: Diagnosis | undefined, container: string): string[] {
  if (!diagnosis) return [];
  const out: string[] = [];
  for (const f of diagnosis.findings) {
    if (f.container && f.container !== container) continue;
    for (const e of f.evidence) if (e.source === 'log') out.push(...e.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 3));
  }
  return out;
}

export interface LogWindow {
  readonly lines: readonly string[];
  /** Index (within `lines`) of decisive lines. */
  readonly marked: ReadonlySet<number>;
  readonly skippedBefore: number;
}

export function logWindow(text: string, decisive: readonly string[], height: number): LogWindow {
  const all = text.replace(/\n$/, '').split('\n');
  const hits: number[] = [];
  all.forEach((line, i) => {
    if (decisive.some((d) => line.includes(d) || d.includes(line.trim()) && line.trim().length > 3)) hits.push(i);
  });
  const last = hits.length > 0 ? hits[hits.length - 1]! : all.length - 1;
  let end = Math.min(all.length, hits.length > 0 ? last + 1 + Math.floor(height / 3) : all.length);
  let start = Math.max(0, end - height);
  // A quote longer than the window (an error followed by its usage text): its first line is the one that says
  // what failed ("flag provided but not defined"), so the window starts there rather than at the quote's end.
  if (hits.length > 0 && hits[0]! < start) {
    start = Math.max(0, hits[0]! - 1);
    end = Math.min(all.length, start + height);
  }
  return {
    lines: all.slice(start, end),
    marked: new Set(hits.filter((h) => h >= start && h < end).map((h) => h - start)),
    skippedBefore: start,
  };
}

export function findExcerpt(logs: readonly LogExcerpt[], container: string, kind: 'previous' | 'current', init?: boolean): LogExcerpt | undefined {
  return logs.find((l) => l.container === container && l.kind === kind && (init === undefined || l.init === init));
}

/** Indexes of lines containing `query` (case-insensitive). */
export function searchLines(lines: readonly string[], query: string): number[] {
  const q = query.toLowerCase();
  if (!q) return [];
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.toLowerCase().includes(q)) out.push(i);
  });
  return out;
}
