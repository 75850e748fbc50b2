// Alternatives come from the rule table's evaluation: a cause is ruled out with the reasons its own rules failed
// (in words naming what was looked at), or because a stronger rule came first; never from a separate list.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { word } from '../../src/report/word.js';
import { RULES } from '../../src/analysis/rules/table.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { evidenceOf, log, scenarioEvidence } from './support/evidence.js';
import { appContainer, crashLooping, event, NOW, podOf } from './support/pods.js';
import { REAL_WORLD_CASES } from './real-world-cases.js';

const target = { namespace: 'shop' };
const run = (parts: Parameters<typeof evidenceOf>[0]) => diagnose({ evidence: evidenceOf(parts), target });
const pods = REAL_WORLD_CASES.map((c) => ({ name: c.name, evidence: c.evidence }));
for (const s of await loadScenarios([builtinScenariosDir()])) if (s.meta.pod) pods.push({ name: `scenario ${s.name}`, evidence: await scenarioEvidence(s) });
const causesOfRules = new Set(RULES.map((r) => r.cause));

describe('alternatives read from the rule table', () => {
  it('rules out an outside kill after OOMKilled because the stronger rule came first, naming it', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 137, reason: 'OOMKilled', lived: 60 })]), collectedAt: NOW });
    const outside = d.alternatives.find((a) => a.cause === 'killed-externally');
    expect(outside).toMatchObject({ verdict: 'ruled-out' });
    expect(word(outside!.why)).toMatch(/would fit \(SIGKILL\/SIGTERM.*stronger evidence decides first: the status says OOMKilled/);
  });

  it('rules out a probe kill with what the events hold: no Unhealthy event for the container, no Killing for a probe', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 137, lived: 300 })]), collectedAt: NOW });
    const found = d.alternatives.find((a) => a.cause === 'liveness-probe');
    const why = found ? word(found.why) : '';
    expect(why).toContain('no Unhealthy event for app');
    expect(why).toContain('no Killing of app for a failed liveness or startup probe');
  });

  it('says which probe failed when only a readiness probe did', () => {
    const events = [event('Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503', { count: 4, fieldPath: 'spec.containers{app}' })];
    const d = run({ pod: podOf([appContainer({ readinessProbe: { httpGet: { path: '/r', port: 8080 } } })], [crashLooping('app', { exitCode: 137, lived: 300 })]), events, collectedAt: NOW });
    expect(word(d.alternatives.find((a) => a.cause === 'liveness-probe')!.why)).toMatch(/only the readiness probe failed.*never restarts a container/);
  });

  it('rules out the other log-driven causes of a program exit by the line that decided', () => {
    const logs = [log('app', 'previous', 'starting\nError: unknown flag: --prot\n')];
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 2, lived: 1 })]), logs, collectedAt: NOW });
    expect(d.cause).toBe('bad-config');
    expect(word(d.alternatives.find((a) => a.cause === 'missing-dependency')!.why)).toContain('the log line that decides names bad-config instead');
  });

  it('does not weigh a program exit against a signal it did not get', () => {
    const logs = [log('app', 'previous', 'Error: unknown flag: --prot\n')];
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 2, lived: 1 })]), logs, collectedAt: NOW });
    expect(d.alternatives.map((a) => a.cause)).not.toContain('segfault');
    expect(d.alternatives.map((a) => a.cause)).not.toContain('killed-externally');
  });

  it('gives every ruled-out cause a rule of its own and a reason in words, never an internal id', () => {
    let checked = 0;
    for (const p of pods) {
      const d = diagnose({ evidence: p.evidence, target });
      for (const a of d.alternatives.filter((x) => x.verdict === 'ruled-out')) {
        expect(causesOfRules.has(a.cause) || ['bad-config', 'missing-dependency', 'app-crash'].includes(a.cause), `${p.name}: ${a.cause}`).toBe(true);
        expect(word(a.why), p.name).not.toMatch(/\bno [a-z]+(?:-[a-z]+)+ finding\b|\bnothing found of the kind\b/);
        expect(a.cause, p.name).not.toBe(d.cause);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
