// A `kubectl cluster-info dump --output-directory` tree read offline: pods, events and logs.txt become evidence.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOfflineReader } from '../../src/cluster/index.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { crashingPod } from './scenario-fixture.js';

function writeDump(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crashcourse-dump-'));
  const pod = crashingPod('web-1', { metadata: { namespace: 'shop', uid: 'u1' } });
  writeFileSync(join(dir, 'nodes.json'), JSON.stringify({ kind: 'NodeList', apiVersion: 'v1', items: [{ kind: 'Node', apiVersion: 'v1', metadata: { name: 'node-1' }, status: { nodeInfo: { architecture: 'amd64' } } }] }));
  mkdirSync(join(dir, 'shop', 'web-1'), { recursive: true });
  writeFileSync(join(dir, 'shop', 'pods.json'), JSON.stringify({ kind: 'PodList', apiVersion: 'v1', items: [pod] }));
  writeFileSync(
    join(dir, 'shop', 'events.json'),
    JSON.stringify({ kind: 'EventList', apiVersion: 'v1', items: [{ kind: 'Event', metadata: { name: 'e1', namespace: 'shop' }, involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'shop', uid: 'u1' }, reason: 'BackOff', message: 'Back-off restarting failed container app', type: 'Warning', count: 20, lastTimestamp: '2026-03-01T11:59:00Z' }] }),
  );
  writeFileSync(join(dir, 'shop', 'web-1', 'logs.txt'), 'Error: connect ECONNREFUSED 10.0.0.12:5432\n');
  return dir;
}

describe('a cluster-info dump', () => {
  it('gives the pod, its events, its node and its logs.txt as the crashed run', async () => {
    const evidence = await gatherEvidence(await openOfflineReader(writeDump()), 'shop', 'web-1', { tailLines: 500, limitBytes: 1 << 20 });
    expect(evidence.events.map((e) => e.reason)).toEqual(['BackOff']);
    expect(evidence.node?.metadata.name).toBe('node-1');
    expect(evidence.logs).toEqual([{ container: 'app', init: false, kind: 'current', text: 'Error: connect ECONNREFUSED 10.0.0.12:5432\n', truncated: false, sameRunAsPrevious: true }]);
  });
});
