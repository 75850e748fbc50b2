// Every built-in scenario, assembled into Evidence by hand and diagnosed: the engine must name the scenario's
// cause (or one it lists in `also`).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { isFindingId } from '../../src/contracts/finding-ids.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { scenarioEvidence } from './support/evidence.js';

const scenarios = await loadScenarios([builtinScenariosDir()]);

describe('built-in scenarios', () => {
  it('there is at least one built-in scenario to diagnose', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  for (const s of scenarios.filter((x) => x.meta.pod && x.meta.cause)) {
    it(`diagnoses ${s.name} as ${s.meta.cause}`, async () => {
      const evidence = await scenarioEvidence(s);
      const d = diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } });
      const accepted = [s.meta.cause, ...(s.meta.also ?? [])];
      if (!accepted.includes(d.cause ?? undefined)) {
        console.log(`${s.name}: got ${d.cause} (${d.confidence}) — ${d.summary}\n${JSON.stringify(d.evidence, null, 1)}`);
      }
      expect(accepted).toContain(d.cause);
      expect(d.container).not.toBeNull();
      expect(d.evidence.length).toBeGreaterThan(0);
      // Flows guard on finding ids: every one emitted must be in the vocabulary.
      for (const f of d.findings) expect(isFindingId(f.id), f.id).toBe(true);
      // Pure: the same evidence gives the same diagnosis.
      expect(diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } })).toEqual(d);
    });
  }
});
