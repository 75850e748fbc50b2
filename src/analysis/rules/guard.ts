// The rule table's guard language: the flows' words (`finding`, `exitCodeIn`, `not`/`all`/`any`) plus typed
// filters on a finding's facts and named facts about the pod. Pure data; `holds` gives it meaning and
// `whyNot` says, for the trace, which clause was false.
import type { CauseId } from '../../contracts/causes.js';
import type { FindingId } from '../../contracts/finding-ids.js';
import type { Confidence } from '../../contracts/diagnosis.js';
import { absentWords } from './absent.js';
import { FACTS, type FactId } from './facts.js';
import type { RuleScope } from './scope.js';

/** Typed filters on one finding: each names a fact the analyzers set. */
export interface FindingWhere {
  readonly cause?: CauseId;
  readonly confidence?: Confidence;
  /** probe-failing / probe-kill: which probe. */
  readonly probe?: readonly ('liveness' | 'startup' | 'readiness')[];
  /** hook-failed: which hook event. */
  readonly hook?: 'FailedPostStartHook' | 'FailedPreStopHook';
  /** killed-by-signal and friends: the pod was evicted. */
  readonly evicted?: true;
  /** memory-limit-tight: a JVM heap setting sized it. */
  readonly heap?: true;
  /** log-error: a real error line rather than the run's last lines. */
  readonly notTail?: true;
  /** Look at every container's findings, not only the failing one's. */
  readonly anyContainer?: true;
}

export type RuleGuard =
  | { readonly kind: 'finding'; readonly finding: FindingId; readonly where?: FindingWhere }
  | { readonly kind: 'exitCodeIn'; readonly codes: readonly number[] }
  | { readonly kind: 'signalIn'; readonly signals: readonly string[] }
  | { readonly kind: 'fact'; readonly fact: FactId }
  | { readonly kind: 'not'; readonly guard: RuleGuard }
  | { readonly kind: 'all'; readonly guards: readonly RuleGuard[] }
  | { readonly kind: 'any'; readonly guards: readonly RuleGuard[] }
  | { readonly kind: 'always' };

// Builders, so the table reads like the flows' YAML.
export const finding = (id: FindingId, where?: FindingWhere): RuleGuard => ({ kind: 'finding', finding: id, ...(where ? { where } : {}) });
export const exitCodeIn = (...codes: number[]): RuleGuard => ({ kind: 'exitCodeIn', codes });
export const signalIn = (...signals: string[]): RuleGuard => ({ kind: 'signalIn', signals });
export const fact = (id: FactId): RuleGuard => ({ kind: 'fact', fact: id });
export const not = (guard: RuleGuard): RuleGuard => ({ kind: 'not', guard });
export const all = (...guards: RuleGuard[]): RuleGuard => ({ kind: 'all', guards });
export const any = (...guards: RuleGuard[]): RuleGuard => ({ kind: 'any', guards });
export const always: RuleGuard = { kind: 'always' };

export function holds(g: RuleGuard, s: RuleScope): boolean {
  switch (g.kind) {
    case 'finding': return s.find(g.finding, g.where) !== undefined;
    case 'exitCodeIn': return s.code !== undefined && g.codes.includes(s.code.code);
    case 'signalIn': return s.code?.signal !== undefined && g.signals.includes(s.code.signal);
    case 'fact': return FACTS[g.fact].holds(s);
    case 'not': return !holds(g.guard, s);
    case 'all': return g.guards.every((x) => holds(x, s));
    case 'any': return g.guards.some((x) => holds(x, s));
    case 'always': return true;
  }
}

const whereWords = (w: FindingWhere | undefined): string => {
  if (!w) return '';
  const parts = [w.cause && `pointing to ${w.cause}`, w.confidence && `${w.confidence}`, w.probe && `for the ${w.probe.join(' or ')} probe`, w.hook && `(${w.hook})`,
    w.evicted && 'from an eviction', w.heap && 'sized by a JVM heap setting', w.notTail && 'on a real error line', w.anyContainer && 'in any container'].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

/** The guard in words, for `rules list` / `rules explain`. */
export function describeRuleGuard(g: RuleGuard): string {
  switch (g.kind) {
    case 'finding': return `the analysis found ${g.finding}${whereWords(g.where)}`;
    case 'exitCodeIn': return `the exit code is ${g.codes.join(' or ')}`;
    case 'signalIn': return `the exit code means ${g.signals.join(' or ')}`;
    case 'fact': return FACTS[g.fact].says;
    case 'not': return `not (${describeRuleGuard(g.guard)})`;
    case 'all': return g.guards.map(describeRuleGuard).join(' and ');
    case 'any': return `(${g.guards.map(describeRuleGuard).join(' or ')})`;
    case 'always': return 'always (the last resort)';
  }
}

/** Why the guard is false here: the first clause that failed, in words. */
export function whyNot(g: RuleGuard, s: RuleScope): string {
  switch (g.kind) {
    case 'finding': return absentWords(g.finding, g.where, s);
    case 'exitCodeIn': return s.code ? `the exit code is ${s.code.code}, not ${g.codes.join(' or ')}` : 'there is no exit code';
    case 'signalIn': return s.code ? `exit ${s.code.code} is not ${g.signals.join(' or ')}` : 'there is no exit code';
    case 'fact': return FACTS[g.fact].isNot;
    case 'not': return describeRuleGuard(g.guard);
    case 'all': {
      const failed = g.guards.find((x) => !holds(x, s));
      return failed ? whyNot(failed, s) : 'every clause holds';
    }
    case 'any': return g.guards.map((x) => whyNot(x, s)).join('; and ');
    case 'always': return 'always holds';
  }
}
