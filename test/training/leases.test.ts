// coordination.k8s.io/v1 Leases on the training cluster through real kubectl: create, the HOLDER column,
// and optimistic concurrency (a stale resourceVersion is a 409 Conflict), as leader election relies on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlMissing, startDrill, type Drill } from './kubectl-fix-harness.js';

let skip: string | undefined;
let drill: Drill | undefined;
beforeAll(async () => {
  skip = await kubectlMissing();
  if (!skip) drill = await startDrill('unknown-flag');
});
afterAll(async () => drill?.close());

const lease = (holder: string, resourceVersion?: string): string => JSON.stringify({
  apiVersion: 'coordination.k8s.io/v1', kind: 'Lease',
  metadata: { name: 'crashcourse', namespace: 'platform', ...(resourceVersion ? { resourceVersion } : {}) },
  spec: { holderIdentity: holder, leaseDurationSeconds: 15, acquireTime: '2024-01-01T00:00:00.000000Z', renewTime: '2024-01-01T00:00:00.000000Z' },
});

describe('Leases with real kubectl', () => {
  it('creates a Lease and lists it with its holder', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const created = await drill!.kubectl('create', '-f', await drill!.file('lease-a.json', lease('watch-a')));
    expect(created.code, created.stderr).toBe(0);
    const table = await drill!.kubectl('get', 'leases', '-n', 'platform');
    expect(table.stdout.split('\n')[0]).toMatch(/^NAME\s+HOLDER\s+AGE$/);
    expect(table.stdout).toMatch(/\ncrashcourse\s+watch-a\s+\S+/);
    const again = await drill!.kubectl('create', '-f', await drill!.file('lease-a.json', lease('watch-a')));
    expect(again.stderr).toContain('(AlreadyExists)');
  });

  it('updates with the current resourceVersion and refuses a stale one with 409 Conflict', async () => {
    if (skip) return console.log(`skipped: ${skip}`);
    const rv = (await drill!.kubectl('get', 'lease', '-n', 'platform', 'crashcourse', '-o', 'jsonpath={.metadata.resourceVersion}')).stdout;
    expect(rv).toMatch(/^\d+$/);
    const taken = await drill!.kubectl('replace', '-f', await drill!.file('lease-b.json', lease('watch-b', rv)));
    expect(taken.code, taken.stderr).toBe(0);
    const stale = await drill!.kubectl('replace', '-f', await drill!.file('lease-c.json', lease('watch-c', rv)));
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toContain('Operation cannot be fulfilled on leases.coordination.k8s.io "crashcourse": the object has been modified');
    const holder = await drill!.kubectl('get', 'lease', '-n', 'platform', 'crashcourse', '-o', 'jsonpath={.spec.holderIdentity}');
    expect(holder.stdout).toBe('watch-b');
  });
});
