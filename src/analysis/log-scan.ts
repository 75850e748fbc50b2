// Reading the failing run's log: which excerpt is the crashed run, and the last decisive line for each pattern,
// quoted with its neighbours.
import type { Evidence, LogExcerpt } from '../contracts/evidence.js';
import type { EvidenceLine } from '../contracts/diagnosis.js';
import { isQuietLine, WEIGHTED_SIGNATURES, type LogPattern } from './log-patterns.js';
import { matches, type Signature } from './signatures/index.js';

export interface LogHit {
  readonly pattern: LogPattern;
  /** The catalogue phrase that matched. */
  readonly signature: Signature;
  readonly line: string;
  readonly index: number;
  readonly excerpt: LogExcerpt;
  readonly quote: EvidenceLine;
}

/** The excerpts of one container, crashed run first: `previous`, then the current one. */
export function runsOf(evidence: Evidence, container: string, init: boolean): LogExcerpt[] {
  const mine = evidence.logs.filter((l) => l.container === container && l.init === init);
  const prev = mine.filter((l) => l.kind === 'previous');
  const cur = mine.filter((l) => l.kind === 'current' && !(l.sameRunAsPrevious && prev.some((p) => p.text.length > 0)));
  return [...prev, ...cur];
}

const MAX_QUOTED = 240;
const MAX_MATCHED = 4000;
const JSON_PROPERTY = /^\s*"[\w$-]+"\s*:\s*/;
const STACK_FRAME = /^goroutine \d+ \[|^\s+at |^\s+File "|^\s+\S+\.go:\d+|^\s*\.\.\. \d+ more/;
const clip = (s: string): string => (s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED)}…` : s);

export const logWhere = (x: LogExcerpt): string => `${x.container} (${x.kind === 'previous' || x.sameRunAsPrevious ? 'previous' : 'current'})`;

export function quoteLines(excerpt: LogExcerpt, lines: readonly string[], index: number, before = 1, after = 1): EvidenceLine {
  const from = Math.max(0, index - before);
  const to = Math.min(lines.length - 1, index + after);
  const text = lines.slice(from, to + 1).filter((l) => l.trim() !== '').map(clip).join('\n');
  return { source: 'log', where: logWhere(excerpt), text };
}

const splitLines = (text: string): string[] => text.split('\n').map((l) => l.replace(/\s+$/, ''));

const bounded = (line: string): string => (line.length > MAX_MATCHED ? line.slice(-MAX_MATCHED) : line);

/** The nearest non-empty line above `i` (a traceback's quoted source line above its exception). */
function above(lines: readonly string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.trim() !== '') return bounded(lines[j]!);
  return '';
}

/** The non-empty lines a signature's `near` context reads around line `i`. */
function nearLines(lines: readonly string[], i: number, s: Signature): string[] {
  if (!s.near) return [];
  const out: string[] = [];
  for (let j = i - 1, n = 0; j >= 0 && n < s.near.above; j--) if (lines[j]!.trim() !== '') { out.push(bounded(lines[j]!)); n++; }
  for (let j = i + 1, n = 0; j < lines.length && n < s.near.below; j++) if (lines[j]!.trim() !== '') { out.push(bounded(lines[j]!)); n++; }
  return out;
}

/** For every finding, its last decisive match in the excerpt (quiet-level lines skipped), with the phrase that matched. */
export function scanExcerpt(excerpt: LogExcerpt): LogHit[] {
  const lines = splitLines(excerpt.text);
  const hits = new Map<string, LogHit>();
  const fragments = new Map<string, { index: number; signature: Signature; pattern: LogPattern }>();
  for (let i = lines.length - 1; i >= 0; i--) {
    // Matching is bounded per line: a pathological line must not cost more than a normal one.
    const line = bounded(lines[i]!);
    if (line.trim() === '') continue;
    // A stack trace line has no level; a quiet line is never the reason for a crash.
    if (isQuietLine(line)) continue;
    for (const { signature, pattern } of WEIGHTED_SIGNATURES) {
      if (hits.has(pattern.id)) continue;
      // The context lines are read only for a line the phrase itself matches.
      if (signature.near && !signature.re.test(line)) continue;
      if (!matches(signature, line, signature.before ? above(lines, i) : '', signature.near ? nearLines(lines, i, signature) : [])) continue;
      // A bare property of a pretty-printed error object ("code": "ECONNREFUSED") is a poor quote when the
      // message line of the same error is there above it.
      // The same goes for a stack frame: the message line of the trace ("panic: …", "Caused by: …") says more.
      const fragment = JSON_PROPERTY.test(line) || (pattern.id === 'log-panic' && STACK_FRAME.test(line));
      if (fragment) {
        if (!fragments.has(pattern.id)) fragments.set(pattern.id, { index: i, signature, pattern });
        continue;
      }
      const before = pattern.id === 'log-panic' ? 2 : 1;
      hits.set(pattern.id, { pattern, signature, line, index: i, excerpt, quote: quoteLines(excerpt, lines, i, before, 1) });
    }
  }
  for (const [id, f] of fragments) {
    if (hits.has(id)) continue;
    hits.set(id, { pattern: f.pattern, signature: f.signature, line: lines[f.index]!, index: f.index, excerpt, quote: quoteLines(excerpt, lines, f.index, 1, 1) });
  }
  return [...hits.values()];
}

/** The last few non-empty lines: what the process said just before it died. */
export function tailOf(excerpt: LogExcerpt, n = 3): EvidenceLine | undefined {
  const lines = splitLines(excerpt.text).filter((l) => l.trim() !== '');
  if (lines.length === 0) return undefined;
  return { source: 'log', where: logWhere(excerpt), text: lines.slice(-n).map(clip).join('\n') };
}
