// A parsed trace → findings, in trace order, and the decisive one: the last failure before the entrypoint
// ended (a process usually gives up right after the call that mattered; earlier failures it survived).
import { dnsFindings } from './dns-rules.js';
import { endFinding, execFindings } from './exec-rules.js';
import { fileFinding } from './file-rules.js';
import { parseTrace } from './parse-trace.js';
import { socketFindings } from './socket-rules.js';
import type { SyscallFinding, TraceEvent } from './types.js';

export interface SyscallReport {
  readonly findings: readonly SyscallFinding[];
  /** The failure that most likely ended the process; undefined when the trace shows none. */
  readonly decisive?: SyscallFinding;
  /** How the entrypoint ended, when the trace reaches that far. */
  readonly end?: SyscallFinding;
}

export function analyzeEvents(events: readonly TraceEvent[]): SyscallReport {
  const failures = [
    ...events.flatMap((e) => (e.kind === 'call' ? [fileFinding(e)].filter((f): f is SyscallFinding => f !== undefined) : [])),
    ...execFindings(events), ...socketFindings(events), ...dnsFindings(events),
  ].sort((a, b) => a.line - b.line);
  const end = endFinding(events);
  const decisive = pickDecisive(failures, end);
  return { findings: end ? [...failures, end] : failures, ...(decisive ? { decisive } : {}), ...(end ? { end } : {}) };
}

export function analyzeTrace(text: string): SyscallReport {
  return analyzeEvents(parseTrace(text));
}

function pickDecisive(failures: readonly SyscallFinding[], end: SyscallFinding | undefined): SyscallFinding | undefined {
  if (end?.kind === 'killed-by-signal' && end.facts.signal === 'SIGSEGV') return end;
  const before = end ? failures.filter((f) => f.line < end.line) : failures;
  // A probe (stat/access) that found nothing is a question, not an attempt: prefer a real attempt.
  const attempts = before.filter((f) => f.facts.probe !== 1);
  const chosen = attempts.at(-1) ?? before.at(-1);
  return chosen ?? (end?.kind === 'killed-by-signal' ? end : undefined);
}
