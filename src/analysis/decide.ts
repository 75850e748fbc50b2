// From findings to one primary cause, by the ordered rule table in ./rules/table.ts: the first rule whose guard
// holds decides, and the trace of every rule tried says why the earlier ones did not.
import type { Evidence } from '../contracts/evidence.js';
import type { CauseId } from '../contracts/causes.js';
import type { AnalyzerContext } from './context.js';
import { evaluateRules, type TraceStep } from './rules/evaluate.js';
import { FACTS } from './rules/facts.js';
import { ruleScope } from './rules/scope.js';
import { CRASH_RULES, RULES } from './rules/table.js';
import { ruledOut, sameTable } from './rules/ruled-out.js';
import type { Alternative, Confidence, Finding } from '../contracts/diagnosis.js';

export type { TraceStep } from './rules/evaluate.js';

export interface Decision {
  readonly cause: CauseId | null;
  readonly confidence: Confidence | null;
  /** The findings that carry the decision, strongest first. */
  readonly basis: readonly Finding[];
  /** For an init container: what its own failure looks like. */
  readonly secondary?: { readonly cause: CauseId; readonly confidence: Confidence; readonly basis: readonly Finding[] };
  /** True when the cause rests on a status field or an event rather than logs or an exit code. */
  readonly proved: boolean;
  /** The rule that fired, and every rule tried before it. */
  readonly rule: string;
  readonly trace: readonly TraceStep[];
  /** The causes the table rules out, each with why (./rules/ruled-out.ts). */
  readonly ruledOut: readonly Alternative[];
}

export function decide(evidence: Evidence, ctx: AnalyzerContext, findings: readonly Finding[]): Decision {
  const s = ruleScope(evidence, ctx, findings);
  const out = evaluateRules(RULES, s);
  const decision: Decision = {
    cause: out.cause, confidence: out.confidence, basis: out.basis, proved: out.proved, rule: out.rule.id, trace: out.trace,
    ruledOut: out.cause === null ? [] : ruledOut(sameTable(out.readings, out.rule), out.rule, out.cause, FACTS['program-exit'].holds(s)),
  };
  if (!out.rule.secondary) return decision;
  const own = evaluateRules(CRASH_RULES, s);
  return {
    ...decision, basis: [...out.basis, ...own.basis], trace: [...out.trace, ...own.trace.map((t) => ({ ...t, rule: `init:${t.rule}` }))],
    ...(own.cause && own.cause !== 'unknown' ? { secondary: { cause: own.cause, confidence: own.confidence ?? 'possible', basis: own.basis } } : {}),
  };
}
