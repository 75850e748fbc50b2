// The one line that proves the cause, chosen from what the diagnosis quotes, so a step can show it first at any
// terminal size instead of leaving it behind "(N older not shown)" or past the bottom edge.
import type { CauseId } from '../../contracts/causes.js';
import { CONFIDENCE_RANK, type Diagnosis, type Message, type QuotedLine } from '../../contracts/diagnosis.js';

export interface DecisiveLine {
  /** "event", "status", "log:app (previous)", … as the report writes it. */
  readonly source: string;
  /** `source` as a message when the tool named the place itself (a strace capture and its line). */
  readonly sourceSay?: Message;
  /** The telling line of the quoted text (a multi-line log quote keeps its error line). */
  readonly line: string;
}

// In a multi-line quote (a stack trace, a usage text) the line that names the failure.
const TELLING = /error|fail|denied|refused|not found|not defined|killed|oom|panic|exception|emerg|fatal|cannot|can't|unable|invalid|no such|read-only|permission|exit|signal/i;
// Status quotes end in timestamps that say nothing about the cause and push the reason off a narrow row.
const TIMES = / (?:startedAt|finishedAt)=\S+/g;

export function tellingLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  return (lines.find((l) => TELLING.test(l)) ?? lines[0] ?? '').replace(TIMES, '');
}

function quotesFor(diagnosis: Diagnosis, cause: CauseId): readonly QuotedLine[] {
  if (diagnosis.cause === cause) return diagnosis.evidence;
  const findings = diagnosis.findings.filter((f) => f.cause === cause).sort((a, b) => CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence]);
  return findings.flatMap((f) => f.evidence.map((e) => ({
    source: e.source === 'log' ? `log:${e.where}` : e.source === 'trace' ? e.where : e.source, text: e.text,
    ...(e.source === 'trace' && e.whereSay ? { sourceSay: e.whereSay } : {}),
  })));
}

/** The decisive line for `cause` (the step's result, else the diagnosis's cause); undefined when none is quoted. */
export function decisiveLine(diagnosis: Diagnosis | undefined, cause?: CauseId): DecisiveLine | undefined {
  const c = cause ?? diagnosis?.cause ?? undefined;
  if (!diagnosis || !c) return undefined;
  const quotes = quotesFor(diagnosis, c).filter((q) => q.source !== 'spec' && q.text.trim() !== '' && q.text.trim() !== '(empty)');
  const q = quotes[0];
  return q ? { source: q.source, ...(q.sourceSay ? { sourceSay: q.sourceSay } : {}), line: tellingLine(q.text) } : undefined;
}
