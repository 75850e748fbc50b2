// Statements audited on every built-in scenario and every real-world case: what the diagnosis says about events,
// probes, times, commands and logs must be backed by the evidence it names.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import type { Evidence } from '../../src/contracts/evidence.js';
import type { Diagnosis } from '../../src/contracts/diagnosis.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { scenarioEvidence } from './support/evidence.js';
import { REAL_WORLD_CASES } from './real-world-cases.js';
import { MORE_CASES } from './real-world-cases-more.js';
import { LOOKALIKES, NEGATIVE_CORPUS } from './negative-corpus.js';
import { findingSummary, word } from '../../src/report/word.js';

const pods: { name: string; evidence: Evidence }[] = [
  ...[...REAL_WORLD_CASES, ...MORE_CASES, ...NEGATIVE_CORPUS, ...LOOKALIKES].map((c) => ({ name: c.name, evidence: c.evidence })),
];
for (const s of await loadScenarios([builtinScenariosDir()])) if (s.meta.pod) pods.push({ name: `scenario ${s.name}`, evidence: await scenarioEvidence(s) });

const sentences = (d: Diagnosis): string => [d.summary, d.explanation, d.fix ?? '', ...d.alternatives.map((a) => word(a.why)), ...d.findings.map((f) => findingSummary(f))].join('\n');
const ageSeconds = (e: Evidence): number => (e.collectedAt - Date.parse(e.pod.metadata.creationTimestamp ?? e.pod.status?.startTime ?? '1970-01-01T00:00:00Z')) / 1000;

describe('statements checked against evidence on every pod we ship or test', () => {
  it('covers the scenarios and the real-world cases', () => expect(pods.length).toBeGreaterThan(150));
  for (const p of pods) {
    it(p.name, () => {
      const d = diagnose({ evidence: p.evidence, target: { namespace: p.evidence.pod.metadata.namespace ?? 'default' } });
      const said = sentences(d);
      // "no Unhealthy events" only when there are none.
      if (/no Unhealthy events/.test(said)) expect(p.evidence.events.some((e) => e.reason === 'Unhealthy')).toBe(false);
      // "no Killing event" only when no Killing event names a probe.
      if (/no Killing event/.test(said)) expect(p.evidence.events.some((e) => e.reason === 'Killing' && /probe/i.test(e.message ?? ''))).toBe(false);
      // A run length or a lifetime never exceeds the pod's age (a never-started container has none).
      for (const m of said.matchAll(/(?:lived|lasted|after) (\d+)s\b/g)) expect(Number(m[1])).toBeLessThanOrEqual(Math.max(ageSeconds(p.evidence), 0) + 60);
      // A JVM heap size is written the way the JVM takes it.
      expect(said).not.toMatch(/-Xm[xs]\d+(?:\.\d+)?[KMGT]i\b/);
      // "logged: …" is said only of a run whose log the evidence holds.
      for (const f of d.findings.filter((x) => /logged: /.test(findingSummary(x)))) expect(f.evidence.some((e) => e.source === 'log' || e.source === 'status')).toBe(true);
      // The spec's command is quoted only if the spec sets one.
      if (/the spec runs \(command/.test(said)) expect(p.evidence.pod.spec.containers.some((c) => (c.command ?? []).length > 0)).toBe(true);
      // Each trace step before the one that fired says why it did not.
      const trace = d.trace ?? [];
      expect(trace.filter((t) => t.fired && !t.rule.startsWith('init:'))).toHaveLength(1);
    });
  }
});
