// The analysis returns a verdict with no words for people and no kubectl target: report/ words it. The same
// verdict, presented, is what `diagnose` prints.
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/analysis/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { present } from '../../src/report/present.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { scenarioEvidence } from './support/evidence.js';

const scenarios = (await loadScenarios([builtinScenariosDir()])).filter((s) => s.meta.pod);

describe('the verdict', () => {
  it('carries cause, confidence, basis, alternatives, rule and trace, and no summary, explanation, fix or next steps', async () => {
    for (const s of scenarios) {
      const v = judge({ evidence: await scenarioEvidence(s) });
      expect(Object.keys(v), s.name).not.toEqual(expect.arrayContaining(['summary']));
      for (const k of ['summary', 'explanation', 'fix', 'nextSteps']) expect(v, `${s.name}: ${k}`).not.toHaveProperty(k);
      expect(v.rule, s.name).toBe(v.trace.find((t) => t.fired && !t.rule.startsWith('init:'))?.rule);
      if (v.cause) expect(v.basis.length + v.evidence.length, s.name).toBeGreaterThan(0);
    }
  });

  it('is presented with the target it is given: next steps carry its context, the verdict itself does not', async () => {
    const s = scenarios.find((x) => x.name === 'oom-killed-jvm')!;
    const evidence = await scenarioEvidence(s);
    const verdict = judge({ evidence });
    expect(JSON.stringify(verdict)).not.toContain('ctx-from-test');
    const d = present({ verdict, evidence, target: { namespace: 'x', context: 'ctx-from-test' } });
    expect(d.cause).toBe(verdict.cause);
    expect(d.alternatives).toEqual(verdict.alternatives);
    expect(d.nextSteps.some((n) => n.command.includes('ctx-from-test'))).toBe(true);
    expect(d.summary).toMatch(/out of memory/);
  });
});
