// The causes the rule table rules out, read from its evaluation. A cause is named when one of its rules came
// close (some of its clauses hold, or it holds but a stronger rule came first), or, for a program's own exit, when
// it is one of the log-driven three; each says why, in the words of the evidence it looked at. The full list of
// rules tried stays in the trace.
import type { CauseId } from '../../contracts/causes.js';
import { joinSaid, say, type Alternative, type Message, type MessageId } from '../../contracts/diagnosis.js';
import type { RuleReading } from './evaluate.js';
import { LOG_CAUSES } from './log-line.js';
import { CRASH_RULES, POD_RULES, type Rule } from './table.js';

// An exit-code or signal clause only says "this rule is about another kind of exit": a weaker reason than what
// was looked for and not found.
const GATE = new Set<MessageId>(['dx.why.exitCodeNot', 'dx.why.signalNot', 'dx.why.noExitCode']);
const MAX_REASONS = 2;

const speaksFor = (r: RuleReading, c: CauseId): boolean => (r.holds ? r.names === c : r.rule.cause === c) || (r.rule.cause === 'log' && LOG_CAUSES.has(c));

// A rule's `says` as a clause inside a sentence: `dx.rule.<id>` (the catalog holds it lower-cased, without its "(see …)").
const ruleSaid = (r: Rule): Message => say(`dx.rule.${r.id}`);

/** The readings of the table the fired rule belongs to: a crash is not weighed against scheduling, nor the reverse. */
export function sameTable(readings: readonly RuleReading[], fired: Rule): readonly RuleReading[] {
  const table = POD_RULES.includes(fired) ? POD_RULES : CRASH_RULES;
  return readings.filter((r) => table.includes(r.rule));
}

const whyFor = (r: RuleReading, c: CauseId): Message =>
  r.rule.cause === 'log' && r.holds && r.names !== c ? (r.names ? say('dx.why.logNamesOther', { cause: r.names }) : say('dx.why.logNamesOtherCause')) : r.why;

export function ruledOut(readings: readonly RuleReading[], fired: Rule, decided: CauseId | null, programExit: boolean): Alternative[] {
  const inReach = (r: RuleReading): boolean => r.holds || r.partial || (r.rule.cause === 'log' && programExit);
  const causes: CauseId[] = [];
  for (const r of readings) {
    const named = r.rule.cause === 'log' ? [...LOG_CAUSES] : r.rule.cause ? [r.rule.cause] : [];
    for (const c of named) if (c !== decided && c !== 'unknown' && !causes.includes(c) && inReach(r) && speaksFor(r, c)) causes.push(c);
  }
  return causes.map((cause): Alternative => {
    // The rules that came close say the most: their reasons first.
    const mine = readings.filter((r) => speaksFor(r, cause)).sort((a, b) => Number(inReach(b)) - Number(inReach(a)));
    const outranked = mine.find((r) => r.holds && r.names === cause && r.rule !== fired);
    if (outranked) return { cause, verdict: 'ruled-out', why: say('dx.why.wouldFit', { rule: ruleSaid(outranked.rule), fired: ruleSaid(fired) }) };
    const seen = new Set<string>();
    const reasons = mine.map((r) => whyFor(r, cause)).filter((m) => !seen.has(JSON.stringify(m)) && seen.add(JSON.stringify(m)));
    const strong = reasons.filter((w) => !GATE.has(w.id));
    return { cause, verdict: 'ruled-out', why: joinSaid('dx.join.semicolon', (strong.length > 0 ? strong : reasons).slice(0, MAX_REASONS))! };
  });
}
