// Sentences audited against the evidence they name (issue 10, item 6 and the exit-code item of 7): each case
// below printed a statement the evidence did not support before it was fixed.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { lifetimeSeconds } from '../../src/analysis/container-facts.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { evidenceOf, log, scenarioEvidence } from './support/evidence.js';
import { appContainer, crashLooping, event, NOW, podOf } from './support/pods.js';
import { findingSummary, word } from '../../src/report/word.js';

const target = { namespace: 'shop' };
const run = (parts: Omit<Parameters<typeof evidenceOf>[0], 'collectedAt'>) => diagnose({ evidence: evidenceOf({ ...parts, collectedAt: NOW }), target });

describe('statements about times', () => {
  it('a container that never started (startedAt at the zero time) has no run length', () => {
    expect(lifetimeSeconds({ exitCode: 128, reason: 'StartError', startedAt: '1970-01-01T00:00:00Z', finishedAt: '2026-12-05T13:00:00Z' })).toBeUndefined();
    expect(lifetimeSeconds({ exitCode: 1, startedAt: '2026-12-05T12:59:50Z', finishedAt: '2026-12-05T13:00:00Z' })).toBe(10);
  });
});

describe('statements about the JVM', () => {
  it('suggests -Xmx in the JVM\'s own units, never a Kubernetes suffix', () => {
    const c = appContainer({ resources: { limits: { memory: '1Gi' } }, env: [{ name: 'JAVA_TOOL_OPTIONS', value: '-Xmx1536m' }] });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 137, reason: 'OOMKilled', lived: 80 })]) });
    expect(d.fix).toMatch(/-Xmx768m\b/);
    expect(`${d.fix} ${d.findings.map((f) => findingSummary(f)).join(' ')}`).not.toMatch(/-Xmx\d+(?:\.\d+)?[KMGT]i/);
  });
});

describe('statements about probes', () => {
  it('does not say "no Unhealthy events" when readiness Unhealthy events exist, and names the probe', () => {
    const c = appContainer({ readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 5 } });
    const events = [event('Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503', { count: 14, fieldPath: 'spec.containers{app}' })];
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 137, lived: 300 })]), events });
    const w = d.alternatives.find((a) => a.cause === 'liveness-probe')?.why;
    const why = w ? word(w) : '';
    expect(why).not.toMatch(/no Unhealthy events/);
    expect(why).toMatch(/readiness/);
  });
});

describe('statements about logs', () => {
  it('an init container whose migration failed on SQL is not said to have panicked', async () => {
    const [s] = (await loadScenarios([builtinScenariosDir()])).filter((x) => x.name === 'init-container-migration-fails');
    const evidence = await scenarioEvidence(s!);
    const d = diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } });
    const said = d.findings.map((f) => findingSummary(f)).join('\n');
    expect(said).not.toMatch(/panic or uncaught exception/);
    expect(d.findings.some((f) => f.id.startsWith('log-') && f.evidence.some((e) => /already exists/.test(e.text)))).toBe(true);
  });

  it('a crash with an empty log points at the command the spec runs, not at log lines', () => {
    const c = appContainer({ command: ['sh', '-c', 'test -f /config/app.yaml || exit 3'] });
    const d = run({ pod: podOf([c], [crashLooping('app', { exitCode: 3, lived: 1 })]), logs: [log('app', 'previous', '')] });
    expect(d.cause).toBe('app-crash');
    expect(d.explanation).not.toMatch(/quoted log lines/);
    expect(d.explanation).toContain('test -f /config/app.yaml');
  });
});

describe('an exit code alone', () => {
  it('is not evidence of bad configuration (exit 78 with an empty log is unknown)', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 78, lived: 2 })]), logs: [log('app', 'previous', '')] });
    expect(d.cause).toBe('unknown');
  });
  it('with the line the program printed, still suggests configuration', () => {
    const d = run({ pod: podOf([appContainer()], [crashLooping('app', { exitCode: 78, lived: 2 })]), logs: [log('app', 'previous', 'giving up\n')] });
    expect(d.cause).toBe('bad-config');
  });
});
