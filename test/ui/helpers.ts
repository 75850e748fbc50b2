// Test support for the UI: a frame poller with a deadline, a Session double that records what the UI sends and
// lets a test push snapshots, and a realistic OOM-killed pod as evidence.
import type { Diagnosis } from '../../src/contracts/diagnosis.js';
import type { Evidence } from '../../src/contracts/evidence.js';
import type { KubeEvent, Pod } from '../../src/k8s/index.js';
import { kubectl } from '../../src/contracts/kubectl-target.js';
import type { Plan } from '../../src/contracts/plan.js';
import type { Session, SessionEvent, SessionSnapshot, StepView } from '../../src/contracts/session.js';
import { say } from '../../src/contracts/diagnosis.js';

export const ENTER = '\r';
export const ESC = '\u001B';
export const DOWN = '\u001B[B';
export const UP = '\u001B[A';
export const TAB = '\t';

/** Polls `lastFrame()` until `condition` holds; fails with the last frame after the deadline. */
export async function waitFor(lastFrame: () => string | undefined, condition: (frame: string) => boolean, deadlineMs = 8000): Promise<string> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const frame = lastFrame() ?? '';
    if (condition(frame)) return frame;
    if (Date.now() > until) throw new Error(`frame condition not met within ${deadlineMs} ms; last frame:\n${frame}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const waitForText = (lastFrame: () => string | undefined, text: string | RegExp, deadlineMs?: number) =>
  waitFor(lastFrame, (f) => (typeof text === 'string' ? f.includes(text) : text.test(f)), deadlineMs);

/** Polls any condition (e.g. on recorded events) with a deadline. */
export async function until(condition: () => boolean, deadlineMs = 8000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`condition not met within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export class FakeSession implements Session {
  readonly sent: SessionEvent[] = [];
  stopped = false;
  private listeners = new Set<(s: SessionSnapshot) => void>();
  constructor(private snapshot: SessionSnapshot, private readonly react?: (event: SessionEvent, session: FakeSession) => void) {}
  getSnapshot(): SessionSnapshot {
    return this.snapshot;
  }
  subscribe(listener: (s: SessionSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  send(event: SessionEvent): void {
    this.sent.push(event);
    this.react?.(event, this);
  }
  stop(): void {
    this.stopped = true;
  }
  push(change: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const l of this.listeners) l(this.snapshot);
  }
}

export const NOW = Date.parse('2026-11-20T10:00:00Z');
const ago = (s: number) => new Date(NOW - s * 1000).toISOString();
export const TARGET = { context: 'kind-dev', namespace: 'shop' } as const;

export const pod: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'cart-7d9f8', namespace: 'shop', uid: 'u-1', creationTimestamp: ago(3600), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'cart-7d9f', controller: true }] },
  spec: {
    nodeName: 'node-a',
    containers: [
      {
        name: 'app',
        image: 'shop/cart:1.4',
        resources: { limits: { memory: '256Mi', cpu: '500m' }, requests: { memory: '128Mi', cpu: '100m' } },
        livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10, failureThreshold: 3 },
      },
      { name: 'istio-proxy', image: 'istio/proxyv2:1.22' },
    ],
  },
  status: {
    phase: 'Running',
    qosClass: 'Burstable',
    conditions: [{ type: 'Ready', status: 'False' }],
    containerStatuses: [
      {
        name: 'app',
        ready: false,
        restartCount: 7,
        state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=app pod=cart-7d9f8_shop(u-1)' } },
        lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: ago(150), finishedAt: ago(120) } },
      },
      { name: 'istio-proxy', ready: true, restartCount: 0, state: { running: { startedAt: ago(3500) } } },
    ],
  },
};

const event = (reason: string, type: string, message: string, count: number, secondsAgo: number): KubeEvent => ({
  metadata: { name: `cart.${reason}`, namespace: 'shop' },
  involvedObject: { kind: 'Pod', name: 'cart-7d9f8', namespace: 'shop', uid: 'u-1', fieldPath: 'spec.containers{app}' },
  reason,
  type,
  message,
  count,
  lastTimestamp: ago(secondsAgo),
});

export const PREVIOUS_LOG = [
  '2026-11-20T09:57:30Z INFO starting cart service on :8080',
  '2026-11-20T09:57:31Z INFO loading catalogue cache',
  '2026-11-20T09:57:58Z WARN cache size 240Mi, still loading',
  '2026-11-20T09:58:00Z INFO loaded 1200000 items',
].join('\n');

export function evidence(change: Partial<Evidence> = {}): Evidence {
  return {
    pod,
    events: [
      event('Scheduled', 'Normal', 'Successfully assigned shop/cart-7d9f8 to node-a', 1, 3600),
      event('Pulled', 'Normal', 'Container image "shop/cart:1.4" already present on machine', 8, 150),
      event('BackOff', 'Warning', 'Back-off restarting failed container app in pod cart-7d9f8_shop(u-1)', 31, 20),
    ],
    logs: [
      { container: 'app', init: false, kind: 'previous', text: PREVIOUS_LOG, truncated: false },
      { container: 'app', init: false, kind: 'current', text: PREVIOUS_LOG, truncated: false, sameRunAsPrevious: true },
      { container: 'istio-proxy', init: false, kind: 'current', text: 'envoy proxy ready\nupstream connect ok', truncated: false },
    ],
    owners: [],
    nodeEvents: [],
    references: [],
    services: [],
    limitRanges: [],
    quotas: [],
    gaps: [],
    collectedAt: NOW,
    source: 'kind-dev',
    ...change,
  };
}

export const diagnosis: Diagnosis = {
  pod: 'shop/cart-7d9f8',
  container: 'app',
  cause: 'oom-killed',
  confidence: 'confirmed',
  alternatives: [{ cause: 'liveness-probe', verdict: 'ruled-out', why: say('dx.text', { text: 'no probe kill in the events' }) }],
  exitCode: 137,
  signal: 'SIGKILL',
  restarts: 7,
  backoff: { message: 'back-off 5m0s restarting failed container=app', delaySeconds: 300, sinceLastFinishSeconds: 120, nextStartInSeconds: 180 },
  summary: 'Container app was killed by the kernel for using more than its 256Mi memory limit.',
  explanation: 'Exit code 137 with reason OOMKilled means the memory cgroup limit was hit.',
  fix: 'Raise the memory limit or make the cache smaller.',
  evidence: [{ source: 'containerStatuses[app].lastState.terminated', text: 'reason OOMKilled, exit code 137' }],
  nextSteps: [{ title: 'Watch memory use', command: kubectl(TARGET, 'top', 'pod', 'cart-7d9f8', '--containers') }],
  gaps: [],
  findings: [
    { id: 'exit-code', confidence: 'confirmed', container: 'app', say: say('dx.text', { text: 'app exited 137' }), evidence: [], facts: { code: 137, kind: 'signal', reason: 'OOMKilled', signal: 'SIGKILL', meaning: 'SIGKILL: killed by the kernel OOM killer, the kubelet or someone else' } },
    { id: 'log-error', confidence: 'possible', container: 'app', say: say('dx.text', { text: 'a warning' }), evidence: [{ source: 'log', where: 'logs app (previous)', text: 'WARN cache size 240Mi, still loading' }] },
  ],
};

export const describePlan: Plan = { id: 'describe-pod', title: 'Describe the pod', intent: { target: TARGET, kind: 'describe', resource: 'pod', name: 'cart-7d9f8' }, argv: kubectl(TARGET, 'describe', 'pod', 'cart-7d9f8'), purpose: 'events and states', risk: 'read' };
export const eventsPlan: Plan = { id: 'get-events', title: 'List its events', intent: { target: TARGET, kind: 'read-events', pod: 'cart-7d9f8' }, argv: kubectl(TARGET, 'get', 'events', '--field-selector', 'involvedObject.name=cart-7d9f8'), purpose: 'events', risk: 'read' };
export const copyPlan: Plan = {
  id: 'override-copy',
  title: 'Start a copy that stays up',
  intent: { target: TARGET, kind: 'create-copy', dryRun: false },
  argv: kubectl(TARGET, 'create', '-f', '-'),
  purpose: 'a copy with the entrypoint replaced',
  risk: 'create',
  creates: 'pod shop/cart-7d9f8-crashcourse-ab12c',
  undo: kubectl(TARGET, 'delete', 'pod', 'cart-7d9f8-crashcourse-ab12c'),
  manifest: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: cart-7d9f8-crashcourse-ab12c\n',
};

export const STEPS: readonly StepView[] = [
  { flowId: 'crashloop', id: 'events', title: 'Read the events', explain: 'Events say what the kubelet did to the pod: probe kills, back-off, mount failures.', evidence: ['events'], plans: [describePlan, eventsPlan], choices: [{ id: 'look-inside', label: 'Look inside the container' }] },
  { flowId: 'crashloop', id: 'logs', title: 'Read the previous logs', explain: 'The previous run is the one that crashed.', evidence: ['previous-logs'], plans: [describePlan], choices: [] },
  { flowId: 'crashloop', id: 'exit-code', title: 'Read the exit code', explain: 'The exit code says how the process ended.', evidence: ['exit-code'], plans: [describePlan, copyPlan], choices: [] },
  { flowId: 'crashloop', id: 'oom', title: 'Out of memory', explain: 'The kernel killed it at its memory limit.', evidence: ['resources'], plans: [], choices: [], result: { kind: 'cause', cause: 'oom-killed' } },
];

export function snapshotAt(index: number, change: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return {
    phase: 'walking',
    pod: 'shop/cart-7d9f8',
    evidence: evidence(),
    diagnosis,
    step: STEPS[index]!,
    breadcrumb: STEPS.slice(0, index + 1).map((s) => ({ id: s.id, title: s.title })),
    runs: [],
    created: [],
    ...change,
  };
}

/** A session double that walks STEPS on NEXT and BACK, like the real one does along the default path. */
export function walkingSession(start = 0): FakeSession {
  let at = start;
  return new FakeSession(snapshotAt(start), (event, s) => {
    if (event.type === 'NEXT' && at < STEPS.length - 1) s.push(snapshotAt(++at));
    if (event.type === 'BACK' && at > 0) s.push(snapshotAt(--at));
  });
}
