// The rule table's guard language: the flows' words (`finding`, `exitCodeIn`, `not`/`all`/`any`) plus typed
// filters on a finding's facts and named facts about the pod. Pure data; `holds` gives it meaning and
// `whyNot` says, for the trace and the ruled-out causes, which clause was false (a message, worded by src/report).
import type { CauseId } from '../../contracts/causes.js';
import type { FindingId } from '../../contracts/finding-ids.js';
import { joinSaid, say, type Confidence, type Message } from '../../contracts/diagnosis.js';
import { absentSaid } from './absent.js';
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

// "137 or 143": a list of codes or signals, joined in the reader's language.
const orList = (items: readonly (string | number)[]): Message => joinSaid('dx.join.or', items.map((name) => say('dx.name', { name: String(name) })))!;

const whereSaid = (w: FindingWhere | undefined): Message => {
  if (!w) return say('dx.empty');
  const parts = [w.cause && say('dx.where.cause', { cause: w.cause }), w.confidence && say('dx.where.confidence', { confidence: w.confidence }),
    w.probe && say('dx.where.probe', { probe: orList(w.probe) }), w.hook && say('dx.where.hook', { hook: w.hook }),
    w.evicted && say('dx.where.evicted'), w.heap && say('dx.where.heap'), w.notTail && say('dx.where.notTail'), w.anyContainer && say('dx.where.anyContainer')].filter((x): x is Message => Boolean(x));
  return parts.length ? say('dx.where', { parts: joinSaid('dx.join.comma', parts)! }) : say('dx.empty');
};

/** The guard in words as a message, for the trace of a rule that fired and a negated clause. */
export function guardSaid(g: RuleGuard): Message {
  switch (g.kind) {
    case 'finding': return say('dx.guard.finding', { finding: g.finding, where: whereSaid(g.where) });
    case 'exitCodeIn': return say('dx.guard.exitCodeIn', { codes: orList(g.codes) });
    case 'signalIn': return say('dx.guard.signalIn', { signals: orList(g.signals) });
    case 'fact': return say(`dx.fact.${g.fact}.says`);
    case 'not': return say('dx.guard.not', { guard: guardSaid(g.guard) });
    case 'all': return joinSaid('dx.join.and', g.guards.map(guardSaid))!;
    case 'any': return say('dx.guard.any', { guards: joinSaid('dx.join.or', g.guards.map(guardSaid))! });
    case 'always': return say('dx.guard.always');
  }
}

/** Why the guard is false here: the first clause that failed, as a message. */
export function whyNot(g: RuleGuard, s: RuleScope): Message {
  switch (g.kind) {
    case 'finding': return absentSaid(g.finding, g.where, s);
    case 'exitCodeIn': return s.code ? say('dx.why.exitCodeNot', { code: s.code.code, codes: orList(g.codes) }) : say('dx.why.noExitCode');
    case 'signalIn': return s.code ? say('dx.why.signalNot', { code: s.code.code, signals: orList(g.signals) }) : say('dx.why.noExitCode');
    case 'fact': return say(`dx.fact.${g.fact}.isNot`);
    case 'not': return guardSaid(g.guard);
    case 'all': {
      const failed = g.guards.find((x) => !holds(x, s));
      return failed ? whyNot(failed, s) : say('dx.why.everyClauseHolds');
    }
    case 'any': return joinSaid('dx.join.semicolonAnd', g.guards.map((x) => whyNot(x, s)))!;
    case 'always': return say('dx.why.alwaysHolds');
  }
}
