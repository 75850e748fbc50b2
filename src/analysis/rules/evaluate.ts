// The rule table's evaluator: rules in order, the first whose guard holds decides. Every rule tried is in the
// trace with why it failed (the first false clause, in words) or what made it fire. The rules after it are
// read too, without deciding anything: a cause is ruled out only when none of its rules holds, or when one
// holds but a stronger rule came first.
import type { CauseId } from '../../contracts/causes.js';
import type { Confidence, Finding, Message, TraceStep } from '../../contracts/diagnosis.js';
import { guardSaid, holds, whyNot, type RuleGuard } from './guard.js';
import type { RuleScope } from './scope.js';
import type { Rule } from './table.js';

export type { TraceStep } from '../../contracts/diagnosis.js';

/** One rule of the table as read for this pod, whether or not it was reached. */
export interface RuleReading {
  readonly rule: Rule;
  readonly holds: boolean;
  /** Why it does not hold, or what holds. */
  readonly why: Message;
  /** It does not hold, but some of its `all` clauses do: a near miss worth naming. */
  readonly partial: boolean;
  /** The cause it names when it holds (a log rule names its line's cause). */
  readonly names?: CauseId | null;
}

export interface RuleOutcome {
  readonly rule: Rule;
  readonly cause: CauseId | null;
  readonly confidence: Confidence | null;
  readonly basis: readonly Finding[];
  readonly proved: boolean;
  readonly trace: readonly TraceStep[];
  /** Every rule of the table (before and after the one that fired), for the alternatives. */
  readonly readings: readonly RuleReading[];
}

// A rule came close when it is about this kind of exit (every exit-code/signal clause holds) and one of its plain
// clauses (a finding, a fact, the exit code) holds; only the rest is missing.
function nearMiss(g: RuleGuard, s: RuleScope): boolean {
  if (g.kind !== 'all') return false;
  const gates = g.guards.filter((x) => x.kind === 'exitCodeIn' || x.kind === 'signalIn');
  return gates.every((x) => holds(x, s)) && g.guards.some((x) => (x.kind === 'exitCodeIn' || x.kind === 'signalIn' || x.kind === 'finding' || x.kind === 'fact') && holds(x, s));
}

const read = (rule: Rule, s: RuleScope): RuleReading => {
  const g = rule.when;
  if (!holds(g, s)) return { rule, holds: false, why: whyNot(g, s), partial: nearMiss(g, s) };
  const names = rule.cause === 'log' ? (rule.basis(s)[0]?.cause ?? null) : rule.cause;
  return { rule, holds: true, why: guardSaid(g), partial: false, names };
};

export function evaluateRules(rules: readonly Rule[], s: RuleScope): RuleOutcome {
  const readings = rules.map((r) => read(r, s));
  const at = readings.findIndex((r) => r.holds);
  // The table ends with a rule that always holds; reaching here means the table was cut short.
  if (at < 0) throw new Error('the rule table has no last-resort rule');
  const rule = rules[at]!;
  const trace = readings.slice(0, at + 1).map((r) => ({ rule: r.rule.id, fired: r.holds, why: r.why }));
  const basis = rule.basis(s).filter((f): f is Finding => f !== undefined);
  const cause = rule.cause === 'log' ? (basis[0]?.cause ?? null) : rule.cause;
  const confidence = typeof rule.confidence === 'function' ? rule.confidence(s) : rule.confidence;
  const proved = typeof rule.proved === 'function' ? rule.proved(s) : rule.proved;
  return { rule, cause, confidence, basis, proved, trace, readings };
}
