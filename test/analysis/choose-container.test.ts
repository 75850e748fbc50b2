// Which container the diagnosis is about: the one that actually fails, not a restarting sidecar; the init
// container while the pod is `Init:`; the one named with --container.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { UserError } from '../../src/errors.js';
import { evidenceOf, log } from './support/evidence.js';
import { appContainer, at, crashLooping, NOW, podOf, running } from './support/pods.js';

const target = { namespace: 'shop' };
const istio = appContainer({ name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.16.2', ports: [{ containerPort: 15090, name: 'http-envoy-prom', protocol: 'TCP' }] });

describe('choosing the failing container', () => {
  it('names the app container, not the istio-proxy sidecar that restarted once', () => {
    const pod = podOf([appContainer({ name: 'busybox', image: 'busybox', args: ['/bin/sh', '-c', 'sleep 5;exit 3'] }), istio],
      [crashLooping('busybox', { exitCode: 3, lived: 5 }, 6, '5m0s'), running('istio-proxy', 1)]);
    const d = diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), target });
    expect(d.container).toBe('busybox');
    expect(d.cause).toBe('app-crash');
    expect(d.exitCode).toBe(3);
  });

  it('prefers the container in CrashLoopBackOff over a sidecar that is also terminated', () => {
    const sidecar = { ...crashLooping('istio-proxy', { exitCode: 255, lived: 60, finishedAgo: 5 }, 2) };
    const pod = podOf([appContainer(), istio], [crashLooping('app', { exitCode: 1, finishedAgo: 40 }), sidecar]);
    const d = diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), target });
    expect(d.container).toBe('app');
    expect(d.summary).toMatch(/istio-proxy restarting too is a sidecar/);
  });

  it('chooses the init container while the pod is Init:CrashLoopBackOff and reads its own logs', () => {
    const init = appContainer({ name: 'wait-for-db', image: 'busybox:1.36', command: ['sh', '-c', 'until nc -z postgres 5432; do sleep 2; done'] });
    const pod = podOf([appContainer()], [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } }], {
      init: [init], initStatuses: [crashLooping('wait-for-db', { exitCode: 1, lived: 3 })], phase: 'Pending',
      conditions: [{ type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [wait-for-db]' }],
    });
    const logs = [log('wait-for-db', 'previous', 'nc: bad address \'postgres\'\n', true)];
    const d = diagnose({ evidence: evidenceOf({ pod, logs, collectedAt: NOW }), target });
    expect(d).toMatchObject({ cause: 'init-container', container: 'wait-for-db', confidence: 'confirmed' });
    expect(d.alternatives).toContainEqual(expect.objectContaining({ cause: 'missing-dependency', verdict: 'ruled-in' }));
    expect(d.summary).toMatch(/host name did not resolve/);
    expect(d.nextSteps[0]!.command).toEqual(['kubectl', '-n', 'shop', 'logs', 'api-7d9c6b5f4-x8k2p', '-c', 'wait-for-db', '--previous', '--tail=100']);
  });

  it('honours an explicit container even when another one fails harder', () => {
    const pod = podOf([appContainer(), istio], [crashLooping('app', { exitCode: 1 }), running('istio-proxy', 3)]);
    const d = diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), container: 'istio-proxy', target });
    expect(d.cause).toBeNull();
    expect(d.summary).toBe('istio-proxy is running and has not failed');
    const restarted = podOf([appContainer(), istio], [crashLooping('app', { exitCode: 1 }), { ...running('istio-proxy', 2), lastState: { terminated: { exitCode: 0, reason: 'Completed', finishedAt: at(700) } } }]);
    expect(diagnose({ evidence: evidenceOf({ pod: restarted, collectedAt: NOW }), container: 'istio-proxy', target }).container).toBe('istio-proxy');
  });

  it('rejects a container name the pod does not have with a one-line user error', () => {
    const pod = podOf([appContainer()], [crashLooping('app', { exitCode: 1 })]);
    expect(() => diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), container: 'nope', target })).toThrow(UserError);
    expect(() => diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), container: 'nope', target })).toThrow(/container "nope" not found.*containers: app/);
  });
});

describe('a healthy pod', () => {
  it('has no cause and a summary that says so', () => {
    const pod = podOf([appContainer()], [running('app', 0)], { conditions: [{ type: 'Ready', status: 'True' }] });
    const d = diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), target });
    expect(d).toMatchObject({ cause: null, confidence: null, container: null, exitCode: null, backoff: null });
    expect(d.summary).toMatch(/healthy/);
    expect(d.findings.some((f) => f.id === 'healthy')).toBe(true);
  });

  it('says which container is not ready when none is crashing', () => {
    const pod = podOf([appContainer()], [running('app', 0, false)]);
    const d = diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), target });
    expect(d.cause).toBeNull();
    expect(d.summary).toMatch(/app is running but not ready/);
  });

  it('treats a completed Job pod as healthy', () => {
    const pod = podOf([appContainer()], [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: at(100), finishedAt: at(50) } } }],
      { phase: 'Succeeded', spec: { restartPolicy: 'Never' } });
    const d = diagnose({ evidence: evidenceOf({ pod, collectedAt: NOW }), target });
    expect(d.cause).toBeNull();
    expect(d.summary).toMatch(/completed/);
  });
});
