// The negative corpus (issue 10): ordinary application crashes from public reports must come out app-crash or
// unknown — never a configuration, dependency or permission problem the evidence does not show — and the
// look-alikes must keep the cause their reports show.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import type { RealWorldCase } from './real-world-builders.js';
import { LOOKALIKES, NEGATIVE_CORPUS } from './negative-corpus.js';

const causeOf = (c: RealWorldCase): string | null =>
  diagnose({ evidence: c.evidence, target: { namespace: c.evidence.pod.metadata.namespace ?? 'default' } }).cause;

describe('negative corpus: ordinary application crashes', () => {
  it('spans at least sixty crashes across eight runtimes', () => {
    expect(NEGATIVE_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(NEGATIVE_CORPUS.map((c) => c.name.split(':')[0])).size).toBeGreaterThanOrEqual(8);
  });
  for (const c of NEGATIVE_CORPUS) {
    it(`${c.name} is an application crash (${c.source})`, () => {
      expect(['app-crash', 'unknown']).toContain(causeOf(c));
    });
  }
});

describe('negative corpus: look-alikes', () => {
  for (const c of LOOKALIKES) {
    it(`${c.name} is ${c.cause} (${c.source})`, () => {
      expect(causeOf(c)).toBe(c.cause);
    });
  }
});
