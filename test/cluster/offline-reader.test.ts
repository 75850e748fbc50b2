import { describe, expect, it } from 'vitest';
import { openOfflineReader } from '../../src/cluster/index.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';
import { crashingPod, writeScenario } from '../evidence/scenario-fixture.js';

const labelled = (name: string, labels: Record<string, string>, phase = 'Running'): object => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'shop', labels },
  spec: { nodeName: name.endsWith('1') ? 'node-a' : 'node-b', containers: [{ name: 'app' }] },
  status: { phase },
});

async function reader() {
  return openOfflineReader(
    writeScenario(
      [
        labelled('web-1', { app: 'web', tier: 'front' }),
        labelled('web-2', { app: 'web' }, 'Pending'),
        labelled('db-1', { app: 'db', tier: 'back' }),
        crashingPod('api'),
        { apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'ev', namespace: 'default' }, regarding: { kind: 'Pod', name: 'api', namespace: 'default' }, reason: 'BackOff', note: 'Back-off restarting failed container', type: 'Warning', deprecatedCount: 7 },
      ],
      [{ pod: 'api', container: 'app', previous: true, content: 'line 1\nline 2\nline 3\n' }],
    ),
  );
}

describe('the offline reader', () => {
  it('answers label and field selectors as the API server does', async () => {
    const r = await reader();
    const names = async (opts: object) => (await r.listPods('shop', opts)).items.map((p) => p.metadata.name);
    expect(await names({ labelSelector: 'app=web' })).toEqual(['web-1', 'web-2']);
    expect(await names({ labelSelector: 'app in (web,db),tier' })).toEqual(['web-1', 'db-1']);
    expect(await names({ labelSelector: '!tier' })).toEqual(['web-2']);
    expect(await names({ fieldSelector: 'status.phase=Running,spec.nodeName=node-a' })).toEqual(['web-1', 'db-1']);
    expect(await names({ fieldSelector: 'metadata.name!=web-1' })).toEqual(['web-2', 'db-1']);
  });

  it('pages with limit and continue', async () => {
    const r = await reader();
    const first = await r.listPods(undefined, { limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await r.listPods(undefined, { limit: 3, continue: first.metadata!.continue! });
    expect(second.items.map((p) => p.metadata.name)).toEqual(['api']);
    expect(second.metadata?.continue).toBeUndefined();
  });

  it('serves events.k8s.io events in the core shape', async () => {
    const r = await reader();
    const events = await r.listEvents('default', { fieldSelector: 'involvedObject.name=api' });
    expect(events.items.map((e) => [e.reason, e.message, e.count])).toEqual([['BackOff', 'Back-off restarting failed container', 7]]);
  });

  it('reads the tail of a log and keeps the kubelet errors for runs that do not exist', async () => {
    const r = await reader();
    const tail = await r.readLog('default', 'api', { container: 'app', previous: true, tailLines: 2 });
    expect([tail.bytes.toString(), tail.truncated]).toEqual(['line 2\nline 3\n', true]);
    // Waiting in back-off: "current" is the crashed run.
    expect((await r.readLog('default', 'api', { container: 'app', previous: false })).bytes.toString()).toBe('line 1\nline 2\nline 3\n');
    await expect(r.readLog('shop', 'web-1', { container: 'app', previous: true })).rejects.toThrow('previous terminated container "app" in pod "web-1" not found');
    await expect(r.readLog('default', 'api', { container: 'nope', previous: false })).rejects.toBeInstanceOf(ClusterError);
  });

  it('answers 404 in the API server words and uses the snapshot as its clock', async () => {
    const r = await reader();
    const err = await r.getPod('default', 'ghost').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClusterError);
    expect([(err as ClusterError).kind, (err as ClusterError).message]).toEqual(['not-found', 'pods "ghost" not found']);
    expect(r.now?.()).toBe(Date.parse('2026-03-01T12:00:00Z'));
    expect(await r.getPodMetrics('default', 'api')).toBeUndefined();
  });
});
