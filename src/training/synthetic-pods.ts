// --synthetic-pods N: a big, believable cluster for scale tests, generated from templates without any I/O:
// mostly Running pods across ~50 namespaces, and about 4% failing the ways the scenarios do.
import type { KubeEvent, KubeObject, Pod } from '../k8s/index.js';
import { syntheticNode } from './install-scenarios.js';
import type { LogBook } from './log-book.js';
import type { ObjectStore } from './store.js';
import { WORLD_LABEL } from './worlds.js';

const NAMESPACES = 50;
/** The synthetic pods' own fleet: their scheduler counts these nodes, and the Pending pods ask for more memory than any has. */
const NODES = 12;
const WORLD = 'synthetic';
const PENDING_MESSAGE = `0/${NODES} nodes are available: ${NODES} Insufficient memory. preemption: 0/${NODES} nodes are available: ${NODES} No preemption victims found for incoming pod.`;
const APPS = ['api', 'web', 'worker', 'cache', 'auth', 'billing', 'search', 'gateway', 'ingest', 'notifier'];
const FAILURES = ['CrashLoopBackOff', 'OOMKilled', 'Init:CrashLoopBackOff', 'ImagePullBackOff', 'Pending'] as const;

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const hex = (n: number, len: number): string => (n >>> 0).toString(16).padStart(8, '0').repeat(4).slice(0, len);
const uidOf = (i: number): string => `5e1f0000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`;
const ALPHA = 'bcdfghjklmnpqrstvwxz2456789';
const suffix = (i: number): string => {
  let s = '';
  let n = (i * 2654435761) >>> 0;
  for (let k = 0; k < 5; k++) {
    s += ALPHA[n % ALPHA.length];
    n = Math.floor(n / ALPHA.length);
  }
  return s;
};

function failingStatus(kind: (typeof FAILURES)[number], name: string, restarts: number, now: number): Record<string, unknown> {
  const finished = iso(now - 45_000);
  const started = iso(now - 50_000);
  const crash = (reason: string, exitCode: number) => ({
    name,
    ready: false,
    restartCount: restarts,
    image: `registry.example.com/${name}:1.4.2`,
    imageID: '',
    started: false,
    state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${name}` } },
    lastState: { terminated: { exitCode, reason, startedAt: started, finishedAt: finished } },
  });
  switch (kind) {
    case 'CrashLoopBackOff':
      return { containerStatuses: [crash('Error', 1)] };
    case 'OOMKilled':
      return { containerStatuses: [{ ...crash('OOMKilled', 137), state: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: started, finishedAt: iso(now - 2000) } } }] };
    case 'Init:CrashLoopBackOff':
      return {
        phase: 'Pending',
        initContainerStatuses: [{ ...crash('Error', 1), name: 'migrate' }],
        containerStatuses: [{ name, ready: false, restartCount: 0, image: '', imageID: '', started: false, state: { waiting: { reason: 'PodInitializing' } } }],
      };
    case 'ImagePullBackOff':
      return {
        phase: 'Pending',
        containerStatuses: [{ name, ready: false, restartCount: 0, image: '', imageID: '', started: false, state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "registry.example.com/${name}:1.4.3"` } } }],
      };
    case 'Pending':
      return { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: PENDING_MESSAGE }] };
  }
}

export function addSyntheticPods(store: ObjectStore, logs: LogBook, count: number, now: number): void {
  const created = iso(now - 3 * 86400_000);
  for (let n = 0; n < Math.min(NAMESPACES, count); n++) {
    const name = `synthetic-${String(n).padStart(2, '0')}`;
    store.put('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name, uid: uidOf(1_000_000 + n), creationTimestamp: created, labels: { 'kubernetes.io/metadata.name': name, [WORLD_LABEL]: WORLD } }, status: { phase: 'Active' } });
  }
  for (let n = 0; n < NODES; n++) {
    const node = syntheticNode(`synthetic-node-${n}`, created, `10.0.1.${n}`);
    store.put('nodes', { ...node, metadata: { ...node.metadata, uid: uidOf(3_000_000 + n), labels: { ...node.metadata.labels, [WORLD_LABEL]: WORLD } } });
  }
  const crashLog = Buffer.from('starting server\nloading configuration from /etc/app/config.yaml\nError: dial tcp 10.96.0.15:5432: connect: connection refused\n');
  for (let i = 0; i < count; i++) {
    const namespace = `synthetic-${String(i % NAMESPACES).padStart(2, '0')}`;
    const app = APPS[Math.floor(i / NAMESPACES) % APPS.length]!;
    const name = `${app}-${hex(i * 40503, 10)}-${suffix(i)}`;
    const failing = i % 25 === 7 ? FAILURES[Math.floor(i / 25) % FAILURES.length] : undefined;
    const uid = uidOf(i);
    const nodeName = failing === 'Pending' ? undefined : `synthetic-node-${i % NODES}`;
    const base = {
      phase: 'Running',
      hostIP: '10.0.1.' + (i % NODES),
      podIP: `10.244.${(i >> 8) & 255}.${i & 255}`,
      startTime: created,
      qosClass: 'Burstable',
      conditions: [
        { type: 'Initialized', status: 'True', lastTransitionTime: created },
        { type: 'Ready', status: failing ? 'False' : 'True', lastTransitionTime: created },
        { type: 'ContainersReady', status: failing ? 'False' : 'True', lastTransitionTime: created },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: created },
      ],
      containerStatuses: [{ name: app, ready: true, restartCount: 0, started: true, image: `registry.example.com/${app}:1.4.2`, imageID: '', state: { running: { startedAt: created } } }],
    };
    const status = failing ? { ...base, ...failingStatus(failing, app, 3 + (i % 40), now) } : base;
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace, uid, creationTimestamp: created, labels: { app, 'pod-template-hash': hex(i * 40503, 10) } },
      spec: {
        containers: [{ name: app, image: `registry.example.com/${app}:1.4.2`, resources: failing === 'Pending' ? { limits: { memory: '64Gi' }, requests: { cpu: '2', memory: '64Gi' } } : { limits: { memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } } }],
        ...(failing === 'Init:CrashLoopBackOff' ? { initContainers: [{ name: 'migrate', image: `registry.example.com/${app}-migrate:1.4.2` }] } : {}),
        restartPolicy: 'Always',
        ...(nodeName ? { nodeName } : {}),
      },
      status,
    };
    store.put('pods', pod);
    if (!failing) continue;
    const container = failing === 'Init:CrashLoopBackOff' ? 'migrate' : app;
    if (failing === 'CrashLoopBackOff' || failing === 'Init:CrashLoopBackOff') logs.set(namespace, name, container, 'previous', { data: crashLog });
    const reason = failing === 'ImagePullBackOff' ? 'Failed' : failing === 'Pending' ? 'FailedScheduling' : 'BackOff';
    const message =
      failing === 'ImagePullBackOff'
        ? `Failed to pull image "registry.example.com/${app}:1.4.3": manifest unknown`
        : failing === 'Pending'
          ? PENDING_MESSAGE
          : `Back-off restarting failed container ${container} in pod ${name}_${namespace}(${uid})`;
    const ev: KubeEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.${hex(i, 16)}`, namespace, uid: uidOf(2_000_000 + i), creationTimestamp: created },
      involvedObject: { kind: 'Pod', namespace, name, uid, apiVersion: 'v1', ...(failing === 'Pending' ? {} : { fieldPath: `spec.containers{${container}}` }) },
      reason,
      message,
      type: 'Warning',
      count: 3 + (i % 40),
      firstTimestamp: created,
      lastTimestamp: iso(now - 30_000),
      source: { component: failing === 'Pending' ? 'default-scheduler' : 'kubelet' },
    };
    store.put('events', ev as KubeObject);
  }
}
