// Exit 137 has four explanations; the evidence decides which one, and the others are named as ruled out.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { evidenceOf, log } from './support/evidence.js';
import { appContainer, crashLooping, event, NOW, podOf } from './support/pods.js';

const target = { namespace: 'shop', context: 'prod-eu' };
const killed = (reason: string) => podOf([appContainer({ livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10, failureThreshold: 3 } })],
  [crashLooping('app', { exitCode: 137, reason, lived: 95 })]);

describe('exit 137', () => {
  it('is an OOM kill when the last state says OOMKilled, and the other three are ruled out', () => {
    const d = diagnose({ evidence: evidenceOf({ pod: killed('OOMKilled'), collectedAt: NOW }), target });
    expect(d).toMatchObject({ cause: 'oom-killed', confidence: 'confirmed', exitCode: 137, signal: 'SIGKILL', container: 'app', restarts: 5 });
    expect(d.evidence[0]).toMatchObject({ source: 'status' });
    expect(d.evidence[0]!.text).toContain('reason=OOMKilled');
    const verdicts = Object.fromEntries(d.alternatives.map((a) => [a.cause, a.verdict]));
    expect(verdicts).toMatchObject({ 'liveness-probe': 'ruled-out', 'killed-externally': 'ruled-out', 'app-crash': 'ruled-out' });
    expect(d.fix).toMatch(/memory limit/i);
  });

  it('is a liveness kill when a Killing event says the probe failed for that container', () => {
    const events = [
      event('Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500', { count: 18, fieldPath: 'spec.containers{app}' }),
      event('Killing', 'Container app failed liveness probe, will be restarted', { type: 'Normal', count: 6, fieldPath: 'spec.containers{app}' }),
      event('BackOff', 'Back-off restarting failed container app in pod api-7d9c6b5f4-x8k2p_shop(3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b)', { count: 40, fieldPath: 'spec.containers{app}' }),
    ];
    const d = diagnose({ evidence: evidenceOf({ pod: killed('Error'), events, collectedAt: NOW }), target });
    expect(d).toMatchObject({ cause: 'liveness-probe', confidence: 'confirmed', signal: 'SIGKILL' });
    expect(d.evidence.some((e) => e.source === 'event' && e.text.includes('failed liveness probe'))).toBe(true);
    expect(d.alternatives.find((a) => a.cause === 'oom-killed')?.verdict).toBe('ruled-out');
  });

  it('does not take a Killing event about another container as proof', () => {
    const events = [event('Killing', 'Container istio-proxy failed liveness probe, will be restarted', { type: 'Normal', fieldPath: 'spec.containers{istio-proxy}' })];
    const d = diagnose({ evidence: evidenceOf({ pod: killed('Error'), events, collectedAt: NOW }), target });
    expect(d.cause).toBe('killed-externally');
  });

  it('is an outside kill when nothing in the pod explains the SIGKILL', () => {
    const d = diagnose({ evidence: evidenceOf({ pod: killed('Error'), logs: [log('app', 'previous', 'INFO serving on :8080\n')], collectedAt: NOW }), target });
    expect(d).toMatchObject({ cause: 'killed-externally', confidence: 'likely' });
    const out = d.alternatives.filter((a) => a.verdict === 'ruled-out').map((a) => a.cause);
    expect(out).toEqual(expect.arrayContaining(['oom-killed', 'liveness-probe', 'app-crash']));
  });

  it("is the app's own choice when its log says it exits with 137", () => {
    const logs = [log('app', 'previous', '2024-05-20T13:59:20Z INFO draining\n2024-05-20T13:59:21Z FATAL watchdog tripped, exiting with code 137\n')];
    const d = diagnose({ evidence: evidenceOf({ pod: killed('Error'), logs, collectedAt: NOW }), target });
    expect(d.cause).toBe('app-crash');
    expect(d.evidence.some((e) => e.source.startsWith('log:app (previous)') && e.text.includes('exiting with code 137'))).toBe(true);
  });

  it('is a probe kill, likely, when Unhealthy liveness events exist but the Killing event has expired', () => {
    const events = [event('Unhealthy', 'Liveness probe failed: Get "http://10.244.3.18:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', { count: 9, fieldPath: 'spec.containers{app}' })];
    const d = diagnose({ evidence: evidenceOf({ pod: killed('Error'), events, collectedAt: NOW }), target });
    expect(d).toMatchObject({ cause: 'liveness-probe', confidence: 'likely' });
  });

  it('is an OOM kill, likely, when the node reports an OOM kill but the status does not', () => {
    const nodeEvents = [event('OOMKilling', 'Memory cgroup out of memory: Killed process 2481 (java) total-vm:4526712kB, anon-rss:1048012kB', { kind: 'Node' })];
    const d = diagnose({ evidence: evidenceOf({ pod: killed('Error'), nodeEvents, collectedAt: NOW }), target });
    expect(d).toMatchObject({ cause: 'oom-killed', confidence: 'likely' });
  });
});

describe('exit 143', () => {
  it('is an outside SIGTERM when there is no probe failure', () => {
    const pod = podOf([appContainer()], [crashLooping('app', { exitCode: 143, lived: 300 })]);
    const d = diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), target });
    expect(d).toMatchObject({ cause: 'killed-externally', signal: 'SIGTERM', exitCode: 143 });
  });
});
