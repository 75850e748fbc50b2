// The world checks catch what they claim to: a scheduler message counting nodes the world does not have, a
// clause no node explains, a mixed fleet, kubelet events from another node, restarts faster than back-off.
import { describe, expect, it } from 'vitest';
import type { KubeEvent, Pod } from '../../src/k8s/index.js';
import { worldProblems, type NodeObj, type WorldView } from './world-invariants.js';

const node = (name: string, memory = '31235052Ki', extra: Partial<NodeObj> = {}): NodeObj => ({
  apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'node.kubernetes.io/instance-type': 'm6i.2xlarge', 'topology.kubernetes.io/region': 'us-west-2', 'topology.kubernetes.io/zone': 'us-west-2a' } },
  spec: { providerID: `aws:///us-west-2a/i-0${name.length}` }, status: { allocatable: { memory, cpu: '8' } }, ...extra,
});
const aws = (i: number): NodeObj => node(`ip-10-30-${i}-1${i}.us-west-2.compute.internal`);
const T = (s: number): string => new Date(Date.UTC(2024, 9, 1, 7, 0, s)).toISOString().replace(/\.000Z$/, 'Z');
const pending: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'trainer', namespace: 'ml', uid: 'u1', creationTimestamp: T(0) }, spec: { containers: [{ name: 'c', image: 'i', resources: { requests: { memory: '48Gi' } } }] }, status: { phase: 'Pending' } };
const event = (reason: string, message: string, extra: Partial<KubeEvent> = {}): KubeEvent => ({
  apiVersion: 'v1', kind: 'Event', metadata: { name: `e-${reason}`, namespace: 'ml' }, involvedObject: { kind: 'Pod', name: 'trainer', namespace: 'ml', uid: 'u1' },
  reason, message, type: 'Warning', count: 1, firstTimestamp: T(1), lastTimestamp: T(1), ...extra,
});
const scheduling = (text: string): KubeEvent => event('FailedScheduling', text, { source: { component: 'default-scheduler' } });
const world = (over: Partial<WorldView>): WorldView => ({ name: 'w', nodes: [aws(1), aws(2), aws(3)], pods: [pending], events: [], now: Date.parse(T(3600)), ...over });
const PRE = ' preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

describe('world invariants', () => {
  it('accept a world whose scheduler message its three nodes explain', () => {
    expect(worldProblems(world({ events: [scheduling(`0/3 nodes are available: 3 Insufficient memory.${PRE}`)] }))).toEqual([]);
  });

  it('refuse a node count the world does not have, and a count of clauses no node explains', () => {
    expect(worldProblems(world({ events: [scheduling(`0/4 nodes are available: 4 Insufficient memory.${PRE}`)] }))).toEqual(expect.arrayContaining([expect.stringContaining('says 0/4 nodes, the world has 3')]));
    const big = world({ nodes: [aws(1), aws(2), node('ip-10-30-9-19.us-west-2.compute.internal', '64Gi')], events: [scheduling(`0/3 nodes are available: 3 Insufficient memory.${PRE}`)] });
    expect(worldProblems(big)).toEqual([expect.stringContaining('"3 Insufficient memory" but 2 node(s) match')]);
    expect(worldProblems(world({ events: [scheduling(`0/3 nodes are available: 3 node(s) had volume node affinity conflict.${PRE}`)] }))).toEqual([expect.stringContaining('no check explains')]);
  });

  it('refuse a mixed fleet and a node whose name and providerID disagree', () => {
    const gke = node('gke-prod-pool-1-4f2a9c1e-h7lw', '15Gi', { spec: {} });
    expect(worldProblems(world({ nodes: [aws(1), aws(2), { ...gke, metadata: { name: gke.metadata.name } }] })).join('\n')).toContain('nodes of aws');
    expect(worldProblems(world({ nodes: [aws(1), { ...aws(2), spec: { providerID: 'gce://p/z/x' } }, aws(3)] })).join('\n')).toContain('looks like aws and gcp at once');
    const bare = { ...aws(2), metadata: { name: aws(2).metadata.name }, spec: {} };
    expect(worldProblems(world({ nodes: [aws(1), bare, aws(3)] }))).toEqual(expect.arrayContaining([expect.stringContaining('has no aws:// providerID'), expect.stringContaining('has no topology.kubernetes.io/zone label'), expect.stringContaining('label their place differently')]));
  });

  it('refuse kubelet events from a node the pod does not run on, and starts faster than the back-off allows', () => {
    const running: Pod = { ...pending, spec: { ...pending.spec, nodeName: aws(1).metadata.name }, status: { phase: 'Running', containerStatuses: [{ name: 'c', ready: false, restartCount: 3, image: 'i', imageID: '', state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 1m20s restarting failed container=c' } }, lastState: { terminated: { exitCode: 1, startedAt: T(75), finishedAt: T(76) } } }] } };
    const started = (first: number, last: number, count: number, host = aws(1).metadata.name): KubeEvent => event('Started', 'Started container c', { involvedObject: { ...pending.metadata, kind: 'Pod', fieldPath: 'spec.containers{c}' } as KubeEvent['involvedObject'], count, firstTimestamp: T(first), lastTimestamp: T(last), source: { component: 'kubelet', host } });
    const now = Date.parse(T(100));
    expect(worldProblems(world({ pods: [running], events: [started(1, 60, 4)], now }))).toEqual(expect.arrayContaining([expect.stringContaining('4 starts in 59s, the back-off needs at least 70s')]));
    expect(worldProblems(world({ pods: [running], events: [started(1, 75, 4, aws(2).metadata.name)], now }))).toEqual([expect.stringContaining(`from ${aws(2).metadata.name}`)]);
    expect(worldProblems(world({ pods: [running], events: [started(1, 75, 6)], now })).join('\n')).toContain('6 Started events for 3 restarts');
    expect(worldProblems(world({ pods: [running], events: [started(1, 75, 4)], now: Date.parse(T(400)) })).join('\n')).toContain('past the 80s wait');
    expect(worldProblems(world({ pods: [running], events: [started(1, 75, 4)], now }))).toEqual([]);
  });
});
