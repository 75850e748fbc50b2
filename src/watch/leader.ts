// One active watcher among replicas, through a coordination.k8s.io/v1 Lease as client-go's leader election
// does it: create or take over an expired lease, renew it while leading, give it up on shutdown. A leader
// that cannot renew for a whole lease duration stops itself before another replica may take over.
import type { Connection } from '../cluster/connection.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import { sendJson } from './effects/api-send.js';
import { abortableSleep } from './abortable-sleep.js';

export interface LeaderOptions {
  readonly conn: Connection;
  readonly identity: string;
  readonly namespace: string;
  readonly name: string;
  readonly signal: AbortSignal;
  readonly onLeading: () => void;
  readonly onStopped: () => void;
  readonly onError: (err: unknown) => void;
  readonly leaseDurationS?: number;
  readonly renewMs?: number;
  readonly retryMs?: number;
  readonly now?: () => number;
}

interface Lease {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string; resourceVersion?: string };
  spec: { holderIdentity?: string; leaseDurationSeconds?: number; acquireTime?: string; renewTime?: string; leaseTransitions?: number };
}

// MicroTime, as the API server writes it.
const microTime = (ms: number): string => new Date(ms).toISOString().replace(/Z$/, '000Z');

export async function runLeaderElection(o: LeaderOptions): Promise<void> {
  const now = o.now ?? Date.now;
  const duration = o.leaseDurationS ?? 15;
  const renewMs = o.renewMs ?? 5000;
  const retryMs = o.retryMs ?? 2000;
  const path = `/apis/coordination.k8s.io/v1/namespaces/${encodeURIComponent(o.namespace)}/leases`;
  const timeout = Math.min(renewMs, 5000);
  let leading = false;
  let lastRenew = 0;
  let current: Lease | undefined;

  const attempt = async (): Promise<boolean> => {
    const t = now();
    let lease: Lease | undefined;
    try {
      lease = await sendJson<Lease>(o.conn, 'GET', `${path}/${encodeURIComponent(o.name)}`, undefined, timeout);
    } catch (err) {
      if (!(err instanceof ClusterError && err.kind === 'not-found')) throw err;
    }
    const mine = (transitions: number, acquired: string): Lease['spec'] => ({
      holderIdentity: o.identity, leaseDurationSeconds: duration, acquireTime: acquired, renewTime: microTime(t), leaseTransitions: transitions,
    });
    if (!lease) {
      current = await sendJson<Lease>(o.conn, 'POST', path, { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: o.name, namespace: o.namespace }, spec: mine(0, microTime(t)) }, timeout);
      return true;
    }
    const s = lease.spec;
    const held = s.holderIdentity === o.identity;
    const expired = !s.holderIdentity || !s.renewTime || Date.parse(s.renewTime) + (s.leaseDurationSeconds ?? duration) * 1000 < t;
    if (!held && !expired) return false;
    const spec = held ? mine(s.leaseTransitions ?? 0, s.acquireTime ?? microTime(t)) : mine((s.leaseTransitions ?? 0) + 1, microTime(t));
    // The resourceVersion makes the PUT fail with 409 when another replica updated the lease first.
    current = await sendJson<Lease>(o.conn, 'PUT', `${path}/${encodeURIComponent(o.name)}`, { ...lease, spec }, timeout);
    return true;
  };

  while (!o.signal.aborted) {
    let won = false;
    try {
      won = await attempt();
      if (won) lastRenew = now();
    } catch (err) {
      if (!(err instanceof ClusterError && err.kind === 'conflict')) o.onError(err);
    }
    if (won && !leading) {
      leading = true;
      o.onLeading();
    } else if (!won && leading && (now() - lastRenew >= duration * 1000 || !(await stillMine()))) {
      leading = false;
      o.onStopped();
    }
    await abortableSleep(leading ? renewMs : retryMs, o.signal);
  }
  if (leading && current) {
    // Hand over at once instead of making the next replica wait out the lease.
    const released = { ...current, spec: { ...current.spec, holderIdentity: '', leaseDurationSeconds: 1 } };
    await sendJson(o.conn, 'PUT', `${path}/${encodeURIComponent(o.name)}`, released, timeout).catch(() => undefined);
  }

  async function stillMine(): Promise<boolean> {
    try {
      const l = await sendJson<Lease>(o.conn, 'GET', `${path}/${encodeURIComponent(o.name)}`, undefined, timeout);
      return l.spec.holderIdentity === o.identity;
    } catch {
      return true;
    }
  }
}
