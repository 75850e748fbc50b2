// A strace capture that ran becomes evidence: its output is attached to the evidence of the container it traced
// (replacing an earlier capture of that container), so the diagnosis is made again with the syscall analyzer
// reading it. Output with no system call in it (no strace in the image, kubectl failed) attaches nothing.
import type { Evidence } from '../contracts/evidence.js';
import type { Plan, RunRecord } from '../contracts/plan.js';
import { parseTrace, type TraceExcerpt } from '../syscalls/index.js';

// What the executor appends when it kept only part of a run's output, or stopped it at its time limit.
const CUT = /\n… \d+ more bytes not kept|\ntimed out$/;

export function traceFromRun(plan: Plan, record: RunRecord): TraceExcerpt | undefined {
  if (!plan.capture || plan.capture.kind !== 'strace' || record.outcome !== 'ran') return undefined;
  if (!parseTrace(record.output).some((e) => e.kind === 'call')) return undefined;
  const { container, origin, originSay } = plan.capture;
  return { container, origin, ...(originSay ? { originSay } : {}), text: record.output, truncated: CUT.test(record.output) };
}

export function withTrace(evidence: Evidence, trace: TraceExcerpt): Evidence {
  const others = (evidence.traces ?? []).filter((t) => t.container !== trace.container);
  return { ...evidence, traces: [...others, trace] };
}

/** Evidence read again keeps the captures taken before: they are not in the cluster to be read. */
export function keepTraces(previous: Evidence, gathered: Evidence): Evidence {
  return previous.traces?.length && !gathered.traces ? { ...gathered, traces: previous.traces } : gathered;
}
