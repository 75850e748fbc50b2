import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import { TokenBucket } from '../../src/watch/log-budget.js';
import { RecentKeys } from '../../src/watch/recent-keys.js';
import { eventMessage, resultOf } from '../../src/watch/result.js';
import { failureOf } from '../../src/watch/trigger.js';
import { workloadOf } from '../../src/watch/workload.js';
import { podsOfAlerts } from '../../src/watch/alertmanager.js';
import { publishedKeyOf } from '../../src/watch/published-events.js';
import { eventObject } from '../../src/watch/result.js';
import type { KubeEvent } from '../../src/k8s/index.js';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function pod(status: Partial<NonNullable<Pod['status']>>, meta: Partial<Pod['metadata']> = {}): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-abc12-x', namespace: 'shop', uid: 'u1', creationTimestamp: ago(3600), ...meta }, spec: { containers: [{ name: 'app', image: 'web' }] }, status: { phase: 'Running', ...status } };
}
const crashLooping = { containerStatuses: [{ name: 'app', ready: false, restartCount: 4, image: 'web', imageID: '', state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(20) } } }] };
const killedByRollout = { containerStatuses: [{ name: 'app', ready: false, restartCount: 0, image: 'web', imageID: '', state: { terminated: { exitCode: 143, reason: 'Error', finishedAt: ago(1) } } }] };

describe('what the watcher diagnoses', () => {
  it.each([
    ['a container in CrashLoopBackOff', pod(crashLooping), 'crash-loop'],
    ['a pod whose image cannot be pulled', pod({ phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, image: 'web', imageID: '', state: { waiting: { reason: 'ImagePullBackOff' } } }] }), 'not-starting'],
    ['an unschedulable pod', pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] }), 'not-starting'],
    ['a container caught running between OOM kills', pod({ containerStatuses: [{ name: 'app', ready: true, restartCount: 3, image: 'web', imageID: '', state: { running: { startedAt: ago(5) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', finishedAt: ago(6) } } }] }), 'crash-loop'],
  ])('%s is a failure', (_, p, expected) => {
    expect(failureOf(p, NOW)).toBe(expected);
  });

  it.each([
    ['a container killed (exit 143) because its pod is being deleted by a rollout', pod(killedByRollout, { deletionTimestamp: ago(2) })],
    ['a crash-looping pod that is being deleted', pod(crashLooping, { deletionTimestamp: ago(2) })],
    ['a healthy running pod', pod({ containerStatuses: [{ name: 'app', ready: true, restartCount: 0, image: 'web', imageID: '', state: { running: { startedAt: ago(60) } } }] })],
    ['a pod that restarted once, long ago', pod({ containerStatuses: [{ name: 'app', ready: true, restartCount: 1, image: 'web', imageID: '', state: { running: { startedAt: ago(7200) } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(7200) } } }] })],
  ])('%s is not', (_, p) => {
    expect(failureOf(p, NOW)).toBeUndefined();
  });
});

describe('the workload of a pod', () => {
  it('is the Deployment behind a ReplicaSet named after the pod-template-hash, for old and new ReplicaSets alike', () => {
    const owned = (rs: string, hash: string) => pod({}, { labels: { 'pod-template-hash': hash }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs, uid: 'r', controller: true }] });
    expect(workloadOf(owned('web-7d9f8', '7d9f8'))).toEqual({ namespace: 'shop', kind: 'Deployment', name: 'web' });
    expect(workloadOf(owned('web-5c6b7', '5c6b7'))).toEqual({ namespace: 'shop', kind: 'Deployment', name: 'web' });
    expect(workloadOf(owned('bare-rs', 'zzz'))).toEqual({ namespace: 'shop', kind: 'ReplicaSet', name: 'bare-rs' });
  });

  it('is the StatefulSet, or the pod itself when nothing owns it', () => {
    expect(workloadOf(pod({}, { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db', uid: 's', controller: true }] }))).toEqual({ namespace: 'shop', kind: 'StatefulSet', name: 'db' });
    expect(workloadOf(pod({}))).toEqual({ namespace: 'shop', kind: 'Pod', name: 'web-abc12-x' });
  });
});

describe('bounded state', () => {
  it('forgets a key after its TTL and the oldest keys past the cap', () => {
    const keys = new RecentKeys(1000, 3);
    for (const k of ['a', 'b', 'c', 'd']) keys.mark(k, 0);
    expect(keys.size).toBe(3);
    expect(keys.has('a', 10)).toBe(false);
    expect(keys.has('d', 999)).toBe(true);
    expect(keys.has('d', 1000)).toBe(false);
  });

  it('holds at most the cap over 30,000 distinct keys', () => {
    const keys = new RecentKeys(60_000, 10_000);
    for (let i = 0; i < 30_000; i++) keys.mark(`ns/Deployment/w${i}/app-crash`, i);
    expect(keys.size).toBe(10_000);
  });

  it('lets a burst of log reads through, then one per 1/rate seconds', () => {
    let t = 0;
    const bucket = new TokenBucket(2, 3, () => t);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    t = 400;
    expect(bucket.take()).toBe(false);
    t = 500;
    expect(bucket.take()).toBe(true);
  });
});

describe('published text', () => {
  it('sanitises what came from the cluster and names the command to open the wizard', () => {
    const r = resultOf(
      { pod: 'shop/web-1', container: 'app', cause: 'app-crash', confidence: 'likely', alternatives: [], exitCode: 1, signal: null, restarts: 3, backoff: null,
        summary: 'app crashes\u001B[31m red\u0007', explanation: '', evidence: [], nextSteps: [], gaps: [{ what: 'logs of app', reason: 'forbidden: pods/log' }], findings: [] },
      'u1', { namespace: 'shop', kind: 'Deployment', name: 'web' }, 'watch', NOW);
    const message = eventMessage(r);
    expect(message).not.toMatch(/[\u0000-\u001F]/);
    expect(message).toContain('kubectl crashcourse shop/web-1');
    expect(message).toContain('Not read: logs of app: forbidden: pods/log');
  });

  it('takes each firing alert that names a pod once, and ignores resolved alerts and malformed names', () => {
    expect(podsOfAlerts({ alerts: [
      { status: 'firing', labels: { namespace: 'shop', pod: 'web-1' } },
      { status: 'firing', labels: { namespace: 'shop', pod: 'web-1', container: 'x' } },
      { status: 'resolved', labels: { namespace: 'shop', pod: 'web-2' } },
      { status: 'firing', labels: { namespace: 'Shop!', pod: 'web-3' } },
      { status: 'firing', labels: { namespace: 'shop' } },
    ] })).toEqual([{ namespace: 'shop', pod: 'web-1' }]);
    expect(podsOfAlerts('nonsense')).toEqual([]);
  });
});

describe('remembering what was published', () => {
  it('reads the workload and cause back from a Diagnosed Event we wrote, and ignores anything else', () => {
    const r = resultOf(
      { pod: 'shop/web-1', container: 'app', cause: 'oom-killed', confidence: 'likely', alternatives: [], exitCode: 137, signal: 'SIGKILL', restarts: 3, backoff: null,
        summary: 'app runs out of memory', explanation: '', evidence: [], nextSteps: [], gaps: [], findings: [] },
      'u1', { namespace: 'shop', kind: 'Deployment', name: 'web' }, 'watch', NOW);
    const ours = eventObject(r, 'watch-0', NOW) as unknown as KubeEvent;
    expect(publishedKeyOf({ ...ours, metadata: { ...ours.metadata, name: 'x' } })).toEqual({ key: 'shop/Deployment/web/oom-killed', at: Math.floor(NOW / 1000) * 1000 });
    expect(publishedKeyOf({ ...ours, reason: 'BackOff' })).toBeUndefined();
    expect(publishedKeyOf({ ...ours, metadata: { name: 'x', namespace: 'shop', annotations: { 'kubectl-crashcourse/workload': 'nonsense', 'kubectl-crashcourse/cause': 'x' } } })).toBeUndefined();
  });
});
