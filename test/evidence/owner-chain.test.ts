// The owner chain asks for a pod's Deployment beside its ReplicaSet (one round trip, not two), and uses that
// answer only when the ReplicaSet really names the Deployment as its controller.
import { describe, expect, it } from 'vitest';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import type { KubeObject } from '../../src/k8s/index.js';
import { ownerChain } from '../../src/evidence/owner-chain.js';

const obj = (kind: string, name: string, owner?: { kind: string; name: string }, labels?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1', kind, metadata: { name, namespace: 'shop', ...(labels ? { labels } : {}), ...(owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: owner.kind, name: owner.name, uid: 'u', controller: true }] } : {}) },
}) as KubeObject;

function fakeReader(objects: readonly KubeObject[]) {
  const asked: string[] = [];
  let pending = 0;
  let mostAtOnce = 0;
  const reader = {
    getObject: async (kind: string, _ns: string, name: string) => {
      asked.push(`${kind}/${name}`);
      pending++;
      mostAtOnce = Math.max(mostAtOnce, pending);
      await new Promise((r) => setTimeout(r, 20));
      pending--;
      const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
      if (!found) throw Object.assign(new Error(`${kind.toLowerCase()}s "${name}" not found`), { status: 404 });
      return found;
    },
  } as unknown as ClusterReader;
  return { reader, asked, mostAtOnce: () => mostAtOnce };
}

const pod = obj('Pod', 'web-7d9f8c6b5-x2x4z', { kind: 'ReplicaSet', name: 'web-7d9f8c6b5' }, { 'pod-template-hash': '7d9f8c6b5' });

describe('the owner chain', () => {
  it('reads the ReplicaSet and its Deployment at the same time and returns both', async () => {
    const f = fakeReader([obj('ReplicaSet', 'web-7d9f8c6b5', { kind: 'Deployment', name: 'web' }), obj('Deployment', 'web')]);
    const { owners, gaps } = await ownerChain(f.reader, pod, 'shop', { namespace: 'shop' });
    expect(owners.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ReplicaSet/web-7d9f8c6b5', 'Deployment/web']);
    expect(gaps).toEqual([]);
    expect(f.mostAtOnce()).toBe(2);
    expect(f.asked.filter((a) => a === 'Deployment/web')).toHaveLength(1);
  });

  it('does not use the early answer when the ReplicaSet has another controller', async () => {
    const f = fakeReader([obj('ReplicaSet', 'web-7d9f8c6b5', { kind: 'Deployment', name: 'web-canary' }), obj('Deployment', 'web'), obj('Deployment', 'web-canary')]);
    const { owners } = await ownerChain(f.reader, pod, 'shop', { namespace: 'shop' });
    expect(owners.map((o) => o.metadata.name)).toEqual(['web-7d9f8c6b5', 'web-canary']);
  });

  it('reports a Deployment it could not read as a gap, with the command to read it', async () => {
    const f = fakeReader([obj('ReplicaSet', 'web-7d9f8c6b5', { kind: 'Deployment', name: 'web' })]);
    const { owners, gaps } = await ownerChain(f.reader, pod, 'shop', { namespace: 'shop' });
    expect(owners.map((o) => o.metadata.name)).toEqual(['web-7d9f8c6b5']);
    expect(gaps.map((g) => g.what)).toEqual(['owner Deployment web']);
  });

  it('asks for no Deployment when the pod is not a ReplicaSet\'s with its template hash', async () => {
    const f = fakeReader([obj('StatefulSet', 'db')]);
    await ownerChain(f.reader, obj('Pod', 'db-0', { kind: 'StatefulSet', name: 'db' }), 'shop', { namespace: 'shop' });
    expect(f.asked).toEqual(['StatefulSet/db']);
  });
});
