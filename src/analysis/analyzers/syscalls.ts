// A strace capture of the entrypoint, when one was taken: the call that failed just before the process gave up
// is a finding like a log line, with that line quoted. Silent logs are exactly when this matters.
import type { Evidence } from '../../contracts/evidence.js';
import { analyzeTrace } from '../../syscalls/index.js';
import type { AnalyzerContext } from '../context.js';
import { say, type Finding, type Message } from '../../contracts/diagnosis.js';

export function syscallFindings(evidence: Evidence, _ctx: AnalyzerContext): Finding[] {
  return (evidence.traces ?? []).flatMap((trace): Finding[] => {
    const { decisive, end } = analyzeTrace(trace.text);
    if (!decisive) return [];
    // `where` names the capture as the report shows it: "strace in copy web-crashcourse-ab12c, line 57"; `whereSay`
    // says the same in the reader's language (the origin a caller named only in English stays as given).
    const at = (line: number): { where: string; whereSay: Message } => ({
      where: `${trace.origin}, line ${line}`, whereSay: say('syscalls.where', { origin: trace.originSay ?? trace.origin, line: String(line) }),
    });
    const ending = end && end !== decisive ? [{ source: 'trace' as const, ...at(end.line), text: end.quote }] : [];
    return [{
      id: 'syscall-failure',
      ...(decisive.cause ? { cause: decisive.cause } : {}),
      // The trace shows the call failing, not that the failure was fatal: the process may have survived it.
      confidence: 'likely',
      container: trace.container,
      // The syscall reading (src/syscalls) says it as a message of its own catalog, with the trace's values.
      say: decisive.say,
      evidence: [{ source: 'trace', ...at(decisive.line), text: decisive.quote }, ...ending],
      facts: { kind: decisive.kind, ...decisive.facts, ...(trace.truncated ? { truncated: true } : {}) },
    }];
  });
}
