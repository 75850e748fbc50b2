// A server that ignores dryRun creates a real copy: it must be in the ledger from the moment we know, deleted
// again, and reported with its exact delete command — also when the delete fails.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/index.js';
import type { ApiResponse, KubeApi } from '../../src/exec/kube-api.js';
import { Ledger } from '../../src/exec/ledger.js';
import { serverDryRun } from '../../src/exec/override-dry-run.js';
import { ENGLISH } from '../../src/i18n/index.js';
import { buildOverrideCopy, KEEP_ALIVE_SLEEP } from '../../src/plans/override-copy.js';

const original: Pod = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'web', namespace: 'shop', uid: 'u-1', resourceVersion: '7' },
  spec: { containers: [{ name: 'app', image: 'busybox', command: ['false'] }] },
};
const copy = buildOverrideCopy({ pod: original, container: { name: 'app', init: false }, keepAlive: KEEP_ALIVE_SLEEP, sameNode: false, keepInitContainers: false, suffix: 'ab12c', now: '2026-01-01T00:00:00Z', claims: {} });

/** A server that stores whatever is POSTed, dryRun or not; `deleteStatus` is what it answers a DELETE. */
function ignoringServer(ledger: Ledger, deleteStatus = 200): { api: KubeApi; calls: string[]; ledgerAtDelete: () => number } {
  const calls: string[] = [];
  let stored: Pod | undefined;
  let atDelete = -1;
  const api: KubeApi = {
    context: 'c', namespace: 'shop', server: 'http://127.0.0.1:1', target: { namespace: 'shop', context: 'c' },
    async request(method, path, body): Promise<ApiResponse> {
      calls.push(`${method} ${path}`);
      if (method === 'POST') {
        stored = { ...(body as Pod), metadata: { ...(body as Pod).metadata, uid: 'u-copy', resourceVersion: '100' } };
        return { status: 201, body: stored };
      }
      if (method === 'DELETE') {
        atDelete = ledger.pending().length;
        if (deleteStatus >= 300) return { status: deleteStatus, body: { kind: 'Status', message: 'pods "x" is forbidden: cannot delete' } };
        stored = undefined;
        return { status: 200, body: {} };
      }
      return stored ? { status: 200, body: stored } : { status: 404, body: { kind: 'Status', message: 'not found' } };
    },
  };
  return { api, calls, ledgerAtDelete: () => atDelete };
}

describe('the server dry run against a server that ignores dryRun', () => {
  it('records the copy it created in the ledger before deleting it, then reports it with its delete command', async () => {
    const ledger = new Ledger();
    const server = ignoringServer(ledger);
    const dry = await serverDryRun(server.api, copy, ledger);
    expect(server.ledgerAtDelete()).toBe(1);
    expect(ledger.list().map((r) => r.name)).toEqual([copy.name]);
    expect(ledger.pending()).toEqual([]);
    expect(dry.kind).toBe('unsupported');
    const note = dry.kind === 'unsupported' ? ENGLISH(dry.note.key, dry.note.values) : '';
    expect(note).toContain(`ignored dryRun and created ${copy.name}`);
    expect(note).toContain(`kubectl --context c -n shop delete pod ${copy.name} --grace-period=0 --force --ignore-not-found`);
    expect(server.calls.filter((c) => c.startsWith('DELETE'))).toEqual([`DELETE /api/v1/namespaces/shop/pods/${copy.name}?gracePeriodSeconds=0`]);
  });

  it('a copy it could not delete stays recorded and the error names its exact delete command', async () => {
    const ledger = new Ledger();
    const server = ignoringServer(ledger, 403);
    await expect(serverDryRun(server.api, copy, ledger)).rejects.toThrow(
      new RegExp(`ignored dryRun and created ${copy.name} in namespace shop; deleting it failed \\(pods "x" is forbidden: cannot delete\\)\\. Delete it with: kubectl --context c -n shop delete pod ${copy.name} --grace-period=0 --force --ignore-not-found`),
    );
    expect(ledger.pending().map((r) => r.name)).toEqual([copy.name]);
  });

  it('a real dry run records nothing', async () => {
    const calls: string[] = [];
    const api: KubeApi = {
      context: 'c', namespace: 'shop', server: 'http://127.0.0.1:1', target: { namespace: 'shop' },
      async request(method, path, body) {
        calls.push(`${method} ${path}`);
        return method === 'POST' ? { status: 201, body: { ...(body as Pod), metadata: { ...(body as Pod).metadata, uid: 'u-dry' } } } : { status: 404, body: {} };
      },
    };
    const ledger = new Ledger();
    expect((await serverDryRun(api, copy, ledger)).kind).toBe('admitted');
    expect(ledger.list()).toEqual([]);
    expect(calls.some((c) => c.startsWith('DELETE'))).toBe(false);
  });
});
