// The log signature catalogue as a table: every phrase matches the real line it was seen in and not its
// counter-example, its case sensitivity is a tested decision, and it sits in the family its id names.
import { describe, expect, it } from 'vitest';
import { SIGNATURE_FAMILIES, SIGNATURES, familyOf, matches } from '../../src/analysis/signatures/index.js';

const swapCase = (s: string): string => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

describe('log signature catalogue', () => {
  it('has one entry per phrase, ids unique and filed under their family', () => {
    const ids = SIGNATURES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [family, list] of Object.entries(SIGNATURE_FAMILIES)) for (const s of list) expect(familyOf(s), s.id).toBe(family);
    expect(Object.keys(SIGNATURE_FAMILIES)).toEqual(expect.arrayContaining(['jvm', 'node', 'python', 'go', 'rust', 'dotnet', 'ruby', 'php', 'database', 'tls', 'kubernetes']));
  });

  for (const s of SIGNATURES) {
    describe(s.id, () => {
      it('matches each of its examples, each with a source', () => {
        expect(s.examples.length).toBeGreaterThan(0);
        for (const e of s.examples) {
          expect(e.source.length, 'source').toBeGreaterThan(0);
          expect(matches(s, e.line, e.before, e.near), e.line).toBe(true);
        }
      });
      if (s.near) {
        it('needs its context: each example without the lines around it does not match', () => {
          for (const e of s.examples) expect(matches(s, e.line, e.before, []), e.line).toBe(false);
        });
      }
      it('does not match its counter-examples', () => {
        expect(s.counters.length).toBeGreaterThan(0);
        for (const c of s.counters) expect(matches(s, c), c).toBe(false);
      });
      it(s.re.flags.includes('i') ? 'is case-insensitive: its examples match in any case' : 'is case-sensitive: its examples in swapped case do not match', () => {
        for (const e of s.examples) expect(matches(s, swapCase(e.line), e.before && swapCase(e.before), e.near), swapCase(e.line)).toBe(s.re.flags.includes('i'));
      });
    });
  }
});
