// The termination message (terminationMessagePath, or the log tail with FallbackToLogsOnError): the program's
// own last word, read with the same patterns as the logs.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { lastTermination } from '../container-facts.js';
import { scanExcerpt } from '../log-scan.js';
import { classifyStartError, START_REASONS } from '../start-error.js';
import { say, type Finding } from '../../contracts/diagnosis.js';

export function terminationMessageFindings(_evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  const last = lastTermination(v);
  const message = last?.term.message?.trim();
  if (!v || !last || !message) return [];
  // A runtime message that names a known start failure is read by the status analyzer; any other is read here.
  if (START_REASONS.test(last.term.reason ?? '') && classifyStartError(message)) return [];
  const where = `${last.field}.message`;
  const out: Finding[] = [{ id: 'termination-message', confidence: 'confirmed', container: v.name, say: say('dx.f.terminationMessage', { container: v.name }),
    evidence: [{ source: 'status', where, text: `${where}: ${message.slice(0, 600)}` }] }];
  const excerpt = { container: v.name, init: v.init, kind: 'previous' as const, text: message, truncated: false };
  for (const hit of scanExcerpt(excerpt)) {
    if (hit.pattern.id === 'log-error') continue;
    out.push({ id: hit.pattern.id, cause: hit.pattern.cause, confidence: hit.pattern.strength, container: v.name,
      say: say('dx.f.terminationSays', { label: say(hit.pattern.labelId) }),
      evidence: [{ source: 'status', where, text: `${where}: ${hit.line.slice(0, 300)}` }],
      facts: { line: hit.line.slice(0, 300), specificity: hit.pattern.specificity, run: 'termination-message' } });
  }
  return out;
}
