// Leader election against a small in-test Lease server on loopback that enforces resourceVersion conflicts
// like the API server (the training cluster serves no coordination.k8s.io).
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/cluster/connection.js';
import { runLeaderElection } from '../../src/watch/leader.js';
import { until } from './cluster-api.js';
import { leaseServer } from './lease-server.js';

const connection = (port: number): Connection => ({ server: new URL(`http://127.0.0.1:${port}`), agent: new http.Agent(), headers: async () => ({}) });

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function elector(port: number, identity: string, log: string[]) {
  const stop = new AbortController();
  const done = runLeaderElection({
    conn: connection(port), identity, namespace: 'ops', name: 'crashcourse', signal: stop.signal,
    onLeading: () => log.push(`${identity} leads`), onStopped: () => log.push(`${identity} stops`), onError: (e) => log.push(`${identity} error ${String(e)}`),
    leaseDurationS: 1, renewMs: 100, retryMs: 100,
  });
  return { stop: async () => { stop.abort(); await done; } };
}

describe('leader election through a Lease', () => {
  it('lets exactly one of two replicas lead, and hands over at once when the leader shuts down', async () => {
    const server = await leaseServer();
    cleanups.push(server.close);
    const log: string[] = [];
    const a = elector(server.port, 'replica-a', log);
    await until('replica-a leading', () => (server.holder() === 'replica-a' ? true : undefined));
    const b = elector(server.port, 'replica-b', log);
    cleanups.push(b.stop);
    // b keeps trying every 100 ms for a while; a renews and stays the only leader.
    await new Promise((r) => setTimeout(r, 500));
    expect(log).toEqual(['replica-a leads']);
    const released = Date.now();
    await a.stop();
    await until('replica-b leading', () => (log.includes('replica-b leads') ? true : undefined));
    // Released (lease duration 1 s): well before a crashed leader's lease would have run out.
    expect(Date.now() - released).toBeLessThan(1000);
    expect(server.holder()).toBe('replica-b');
  });

  it('takes over a lease whose holder stopped renewing', async () => {
    const server = await leaseServer();
    cleanups.push(server.close);
    const log: string[] = [];
    // A holder that vanished without releasing: its renewTime is long past.
    await fetch(`http://127.0.0.1:${server.port}/apis/coordination.k8s.io/v1/namespaces/ops/leases`, {
      method: 'POST',
      body: JSON.stringify({ metadata: { name: 'crashcourse', namespace: 'ops' }, spec: { holderIdentity: 'gone', leaseDurationSeconds: 1, renewTime: '2020-01-01T00:00:00.000000Z', leaseTransitions: 4 } }),
    });
    const b = elector(server.port, 'replica-b', log);
    cleanups.push(b.stop);
    await until('replica-b leading', () => (server.holder() === 'replica-b' ? true : undefined));
    expect(log).toEqual(['replica-b leads']);
  });
});
