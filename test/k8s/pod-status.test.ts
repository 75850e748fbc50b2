import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { humanDuration, podStatusRow } from '../../src/k8s/index.js';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString();

function pod(partial: { spec?: Partial<Pod['spec']>; status: NonNullable<Pod['status']>; deleting?: boolean }): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'default', creationTimestamp: ago(600), ...(partial.deleting ? { deletionTimestamp: ago(5) } : {}) },
    spec: { containers: [{ name: 'app', image: 'busybox' }], ...partial.spec },
    status: partial.status,
  };
}

describe('kubectl STATUS column', () => {
  it('shows CrashLoopBackOff with restarts and how long ago the last one finished', () => {
    const row = podStatusRow(pod({
      status: {
        phase: 'Running',
        containerStatuses: [{
          name: 'app', ready: false, restartCount: 7,
          state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=app' } },
          lastState: { terminated: { exitCode: 3, reason: 'Error', finishedAt: ago(120) } },
        }],
      },
    }), NOW);
    expect(row).toMatchObject({ ready: '0/1', status: 'CrashLoopBackOff', restarts: 7, restartsText: '7 (2m ago)', age: '10m' });
  });

  it('shows the terminated reason (OOMKilled) while the container is between restarts', () => {
    const row = podStatusRow(pod({
      status: { phase: 'Running', containerStatuses: [{ name: 'app', ready: false, restartCount: 1, state: { terminated: { exitCode: 137, reason: 'OOMKilled', finishedAt: ago(3) } } }] },
    }), NOW);
    expect(row.status).toBe('OOMKilled');
  });

  it('shows ExitCode:N and Signal:N when the runtime gives no reason', () => {
    const exit = podStatusRow(pod({ status: { phase: 'Running', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 2 } } }] } }), NOW);
    const sig = podStatusRow(pod({ status: { phase: 'Running', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 137, signal: 9 } } }] } }), NOW);
    expect([exit.status, sig.status]).toEqual(['ExitCode:2', 'Signal:9']);
  });

  it('prefixes Init: while an init container fails, and counts only its restarts', () => {
    const row = podStatusRow(pod({
      spec: { initContainers: [{ name: 'migrate', image: 'x' }, { name: 'second', image: 'y' }] },
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          { name: 'migrate', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, finishedAt: ago(30) } } },
          { name: 'second', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } },
        ],
        containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } }],
      },
    }), NOW);
    expect(row).toMatchObject({ status: 'Init:CrashLoopBackOff', restartsText: '4 (30s ago)', ready: '0/1' });
  });

  it('shows Init:N/M while init containers are still running normally', () => {
    const row = podStatusRow(pod({
      spec: { initContainers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'x' }] },
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          { name: 'a', ready: true, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
          { name: 'b', ready: false, restartCount: 0, state: { running: { startedAt: ago(2) } } },
        ],
      },
    }), NOW);
    expect(row.status).toBe('Init:1/2');
  });

  it('reads the last container first so the first container decides, as kubectl does', () => {
    const row = podStatusRow(pod({
      spec: { containers: [{ name: 'app' }, { name: 'istio-proxy' }] },
      status: {
        phase: 'Running',
        containerStatuses: [
          { name: 'app', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 3, finishedAt: ago(17) } } },
          { name: 'istio-proxy', ready: true, restartCount: 0, state: { running: { startedAt: ago(90) } } },
        ],
      },
    }), NOW);
    expect(row).toMatchObject({ ready: '1/2', status: 'CrashLoopBackOff', restartsText: '2 (17s ago)' });
  });

  it('shows Completed for a finished job pod and Terminating for a pod being deleted', () => {
    const done = podStatusRow(pod({ status: { phase: 'Succeeded', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] } }), NOW);
    const deleting = podStatusRow(pod({ deleting: true, status: { phase: 'Running', containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: { running: {} } }] } }), NOW);
    expect([done.status, deleting.status]).toEqual(['Completed', 'Terminating']);
  });

  it('counts a started sidecar (restartable init container) as ready', () => {
    const row = podStatusRow(pod({
      spec: { initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }] },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Initialized', status: 'True' }],
        initContainerStatuses: [{ name: 'proxy', ready: true, started: true, restartCount: 0, state: { running: {} } }],
        containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: { running: {} } }],
      },
    }), NOW);
    expect(row).toMatchObject({ ready: '2/2', status: 'Running' });
  });
});

describe('kubectl human durations', () => {
  it.each([
    [5, '5s'], [119, '119s'], [120, '2m'], [125, '2m5s'], [600, '10m'], [3 * 3600, '3h'], [3 * 3600 + 60 * 5, '3h5m'],
    [30 * 3600, '30h'], [50 * 3600, '2d2h'], [10 * 86400, '10d'], [800 * 86400, '2y70d'], [9 * 365 * 86400, '9y'],
  ])('prints %i seconds as %s', (s, text) => {
    expect(humanDuration(s * 1000)).toBe(text);
  });
});
