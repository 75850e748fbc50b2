// The engine on pods rebuilt from public bug reports (real-world-cases.ts): it must name the cause the report's
// resolution shows, and say why with evidence.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { isFindingId } from '../../src/contracts/finding-ids.js';
import { REAL_WORLD_CASES } from './real-world-cases.js';
import { MORE_CASES } from './real-world-cases-more.js';

describe('real-world cases from public bug reports', () => {
  it('there are real-world cases to diagnose', () => {
    expect(REAL_WORLD_CASES.length).toBeGreaterThanOrEqual(20);
    expect(MORE_CASES.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of [...REAL_WORLD_CASES, ...MORE_CASES]) {
    it(`names ${c.cause} for ${c.name}`, () => {
      const target = { namespace: c.evidence.pod.metadata.namespace ?? 'default' };
      const d = diagnose({ evidence: c.evidence, target });
      const accepted: (string | null)[] = [c.cause, ...(c.also ?? [])];
      if (!accepted.includes(d.cause)) {
        console.log(`${c.source}: got ${d.cause} (${d.confidence}) — ${d.summary}\n${JSON.stringify(d.evidence, null, 1)}`);
      }
      expect(accepted).toContain(d.cause);
      expect(d.evidence.length).toBeGreaterThan(0);
      for (const f of d.findings) expect(isFindingId(f.id), f.id).toBe(true);
    });
  }
});
