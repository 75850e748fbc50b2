// The decision rule table in words: every rule can be explained, the list is the table's order, and the trace
// `diagnose -o json` prints ends with the rule that fired after the ones that did not.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { RULES } from '../../src/analysis/rules/table.js';
import { runRules } from '../../src/cli/rules-command.js';
import { diagnosisJson } from '../../src/report/diagnosis-json.js';
import { findRule, ruleExplanation, rulesList } from '../../src/analysis/rules/words.js';
import { UserError } from '../../src/errors.js';
import { NEGATIVE_CORPUS, LOOKALIKES } from '../analysis/negative-corpus.js';
import { REAL_WORLD_CASES } from '../analysis/real-world-cases.js';

describe('rules list / rules explain', () => {
  it('lists every rule once, in the order they are tried', () => {
    const lines = rulesList().trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length);
    RULES.forEach((r, i) => expect(lines[i]).toMatch(new RegExp(`^\\s*${i + 1}\\. ${r.id}\\s`)));
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  for (const r of RULES) {
    it(`explains ${r.id} in words`, () => {
      const text = ruleExplanation(findRule(r.id)!);
      expect(text).toContain(r.says);
      expect(text).toMatch(/fires when: \S/);
      expect(text).not.toMatch(/\[object|undefined|function/);
    });
  }

  it('ends with a rule that always fires', () => {
    expect(RULES[RULES.length - 1]!.when.kind).toBe('always');
  });

  it('an unknown rule id is a one-line usage error', () => {
    expect(() => runRules({ action: 'explain', id: 'no-such-rule' })).toThrow(UserError);
    expect(() => runRules({ action: 'explain', id: 'no-such-rule' })).toThrow(/no decision rule is called "no-such-rule"/);
  });
});

describe('the trace in diagnose -o json', () => {
  for (const c of [...REAL_WORLD_CASES.slice(0, 10), ...NEGATIVE_CORPUS.slice(0, 5), ...LOOKALIKES]) {
    it(`names the rule that fired and why the earlier ones did not: ${c.name}`, () => {
      const json = diagnosisJson(diagnose({ evidence: c.evidence, target: { namespace: 'x' } })) as { rule: string; trace: { rule: string; fired: boolean; why: string }[]; cause: string };
      const top = json.trace.filter((t) => !t.rule.startsWith('init:'));
      expect(top[top.length - 1]).toMatchObject({ rule: json.rule, fired: true });
      for (const t of top.slice(0, -1)) { expect(t.fired).toBe(false); expect(t.why.length).toBeGreaterThan(5); }
      expect(top.map((t) => t.rule)).toEqual(RULES.slice(0, top.length).map((r) => r.id));
    });
  }
});
