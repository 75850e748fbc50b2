// The failing run's log: for each pattern the last decisive line, crashed run first. The decision weighs these
// by specificity; here we only say what each line shows.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import type { CauseId } from '../../contracts/causes.js';
import { runsOf, scanExcerpt, tailOf, type LogHit } from '../log-scan.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

export function logHits(evidence: Evidence, ctx: AnalyzerContext): LogHit[] {
  const v = ctx.primary;
  if (!v) return [];
  const best = new Map<string, LogHit>();
  for (const excerpt of runsOf(evidence, v.name, v.init)) {
    for (const hit of scanExcerpt(excerpt)) if (!best.has(hit.pattern.id)) best.set(hit.pattern.id, hit);
  }
  return [...best.values()];
}

export const causeOfHit = (hit: LogHit): CauseId => hit.pattern.cause;

export function logFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  if (!v) return [];
  const out: Finding[] = logHits(evidence, ctx).map((hit) => ({
    id: hit.pattern.id, cause: causeOfHit(hit), confidence: hit.pattern.strength, container: v.name,
    say: say(hit.excerpt.kind === 'previous' || hit.excerpt.sameRunAsPrevious ? 'dx.f.crashedRunLogged' : 'dx.f.currentRunLogged', { label: say(hit.pattern.labelId) }),
    // The catalogue phrase that matched is named beside the quote, so a reader can look it up (`rules`/docs).
    evidence: [{ ...hit.quote, where: `${hit.quote.where}, phrase ${hit.signature.id}` }],
    facts: { line: hit.line.slice(0, 300), specificity: hit.pattern.specificity, run: hit.excerpt.kind, index: hit.index, phrase: hit.signature.id },
  }));
  const runs = runsOf(evidence, v.name, v.init);
  const gap = evidence.gaps.some((g) => g.what.includes(v.name) && /log/i.test(g.what));
  if (!gap && runs.length > 0 && runs.every((r) => r.text.trim() === '')) {
    out.push({ id: 'logs-empty', confidence: 'confirmed', container: v.name, say: say('dx.f.logsEmpty', { container: v.name }),
      evidence: [{ source: 'log', where: `${v.name} (previous)`, text: '(empty)' }] });
  } else if (out.length === 0) {
    const tail = runs.map((r) => tailOf(r)).find((t) => t !== undefined);
    if (tail) out.push(finding({ id: 'log-error', confidence: 'possible', container: v.name, say: say('dx.f.logTail', { container: v.name }), evidence: [tail], facts: { specificity: 0, tail: true } }));
  }
  return out;
}
