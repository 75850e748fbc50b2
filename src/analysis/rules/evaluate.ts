// The rule table's evaluator: rules in order, the first whose guard holds decides. Every rule tried is in the
// trace with why it failed (the first false clause, in words) or what made it fire.
import type { CauseId } from '../causes.js';
import type { Confidence, Finding, TraceStep } from '../types.js';
import { describeRuleGuard, holds, whyNot } from './guard.js';
import type { RuleScope } from './scope.js';
import type { Rule } from './table.js';

export type { TraceStep } from '../types.js';

export interface RuleOutcome {
  readonly rule: Rule;
  readonly cause: CauseId | null;
  readonly confidence: Confidence | null;
  readonly basis: readonly Finding[];
  readonly proved: boolean;
  readonly trace: readonly TraceStep[];
}

export function evaluateRules(rules: readonly Rule[], s: RuleScope): RuleOutcome {
  const trace: TraceStep[] = [];
  for (const rule of rules) {
    if (!holds(rule.when, s)) {
      trace.push({ rule: rule.id, fired: false, why: whyNot(rule.when, s) });
      continue;
    }
    trace.push({ rule: rule.id, fired: true, why: describeRuleGuard(rule.when) });
    const basis = rule.basis(s).filter((f): f is Finding => f !== undefined);
    const cause = rule.cause === 'log' ? (basis[0]?.cause ?? null) : rule.cause;
    const confidence = typeof rule.confidence === 'function' ? rule.confidence(s) : rule.confidence;
    const proved = typeof rule.proved === 'function' ? rule.proved(s) : rule.proved;
    return { rule, cause, confidence, basis, proved, trace };
  }
  // The table ends with a rule that always holds; reaching here means the table was cut short.
  throw new Error('the rule table has no last-resort rule');
}
