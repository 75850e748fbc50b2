// Round 2 of issue 10: real-world failures worded with the phrases round 1 dropped must be named for their cause,
// and ordinary bugs that mention those words in passing must stay application crashes.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import type { RealWorldCase } from './real-world-builders.js';
import { SIGNAL_CASES } from './signal-cases.js';
import { PASSING_MENTIONS } from './negative-corpus-passing.js';

const diagnosisOf = (c: RealWorldCase) => diagnose({ evidence: c.evidence, target: { namespace: c.evidence.pod.metadata.namespace ?? 'default' } });

// Cases the engine still misses, each with why: the catalogue has the phrase, but naming the cause would print
// a sentence the evidence does not back.
const KNOWN_MISSES: Record<string, string> = {
  'https://github.com/OpenCCU/OpenCCU/issues/2101':
    '"wrong ELF class" would feed exec-format, whose text quotes "exec format error", which this log does not say',
};

describe('round 2: failures worded with the phrases round 1 dropped', () => {
  it('spans dependency, port, permission, configuration and native failures across runtimes', () => {
    expect(SIGNAL_CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(SIGNAL_CASES.map((c) => c.name.split(':')[0])).size).toBeGreaterThanOrEqual(8);
  });
  for (const c of SIGNAL_CASES) {
    const miss = KNOWN_MISSES[c.source];
    if (miss) {
      it.skip(`${c.name} — not yet ${c.cause}: ${miss}`, () => {});
      continue;
    }
    it(`${c.name} is ${c.cause} (${c.source})`, () => {
      const d = diagnosisOf(c);
      expect([c.cause, ...(c.also ?? [])]).toContain(d.cause);
      // The cause rests on a log line, and the finding names the catalogue phrase that matched.
      expect(d.findings.some((f) => f.cause === d.cause && f.facts !== undefined && 'phrase' in f.facts && typeof f.facts.phrase === 'string')).toBe(true);
    });
  }
});

describe('round 2: ordinary bugs that mention those words in passing', () => {
  it('has at least ten', () => expect(PASSING_MENTIONS.length).toBeGreaterThanOrEqual(10));
  for (const c of PASSING_MENTIONS) {
    it(`${c.name} is an application crash (${c.source})`, () => {
      expect(['app-crash', 'unknown']).toContain(diagnosisOf(c).cause);
    });
  }
});

describe('a segfault the log reports, with the exit code of whoever caught it', () => {
  it('says which exit code it was and that the log reports it, never "exit 139"', () => {
    const jvm = SIGNAL_CASES.find((c) => c.source === 'https://github.com/adoptium/temurin-build/issues/1545')!;
    const d = diagnosisOf(jvm);
    expect(d.cause).toBe('segfault');
    expect(d.summary).not.toContain('exit 139');
    expect(d.summary).toContain(`exit ${d.exitCode}`);
    expect(d.evidence.some((e) => /SIGSEGV/.test(e.text))).toBe(true);
  });
});
