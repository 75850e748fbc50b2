// When the last lines of a log hold more than limitBytes (one huge line), the kubelet's limitBytes keeps the
// HEAD of that range: the newest lines, usually the cause, were lost silently. We keep the tail and say so.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLiveReader } from '../../src/cluster/index.js';
import { gatherLogs } from '../../src/evidence/gather-logs.js';
import type { Pod } from '../../src/k8s/index.js';
import { loopbackKubeconfig } from './loopback-kubeconfig.js';

const LINES = [...Array.from({ length: 150 }, (_, i) => `line ${i}`), `HUGE ${'x'.repeat(1_200_000)}`, ...Array.from({ length: 48 }, (_, i) => `after ${i}`), 'FATAL: cannot open /data/db: permission denied'];
const LOG = Buffer.from(`${LINES.join('\n')}\n`);
let server: Server;
let kubeconfig = '';

beforeAll(async () => {
  // Serves tailLines and limitBytes as the kubelet does: the tail range first, then its first limitBytes bytes.
  server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    let body = LOG;
    const tail = Number(q.get('tailLines') ?? 0);
    if (tail > 0) body = Buffer.from(`${LINES.slice(-tail).join('\n')}\n`);
    const limit = Number(q.get('limitBytes') ?? 0);
    if (limit > 0) body = body.subarray(0, limit);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  kubeconfig = loopbackKubeconfig(server, 'logtail');
});
afterAll(() => server.close());

describe('a live log whose last lines exceed limitBytes', () => {
  it('keeps the newest bytes, not the oldest', async () => {
    const { reader } = await openLiveReader({ kubeconfig });
    const read = await reader.readLog('shop', 'web', { container: 'app', previous: true, tailLines: 200, limitBytes: 1 << 20 });
    expect(read.bytes.toString().endsWith('FATAL: cannot open /data/db: permission denied\n')).toBe(true);
    expect(read.bytes.length).toBeLessThanOrEqual(1 << 20);
    expect(read.truncated).toBe(true);
    expect(read.cutBytes).toBeGreaterThan(0);
  });

  it('records the cut as a gap in the evidence', async () => {
    const { reader } = await openLiveReader({ kubeconfig });
    const pod = { metadata: { name: 'web', namespace: 'shop' }, spec: { containers: [{ name: 'app' }] }, status: { containerStatuses: [{ name: 'app', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1 } } }] } } as unknown as Pod;
    const { logs, gaps } = await gatherLogs(reader, pod, { tailLines: 200, limitBytes: 1 << 20 }, { namespace: 'shop' });
    expect(logs.find((l) => l.kind === 'previous')?.text).toContain('FATAL: cannot open /data/db');
    expect(gaps.map((g) => g.what)).toContain('older lines of the previous logs of container app');
    expect(gaps.find((g) => g.what.startsWith('older lines'))?.reason).toMatch(/more than 1048576 bytes/);
  });
});

describe('an offline log whose last lines exceed limitBytes', () => {
  it('keeps the newest bytes and records the same gap as live', async () => {
    const { tempTree } = await import('../scenario/scenario-fixtures.js');
    const { openOfflineReader } = await import('../../src/cluster/index.js');
    const tree = tempTree();
    try {
      const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'shop' }, spec: { containers: [{ name: 'app' }] }, status: { containerStatuses: [{ name: 'app', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1 } } }] } };
      const dir = tree.write({ 'web.json': JSON.stringify(pod), 'logs/shop/web/app.previous.log': LOG });
      const reader = await openOfflineReader(dir);
      const { logs, gaps } = await gatherLogs(reader, pod as unknown as Pod, { tailLines: 200, limitBytes: 1 << 20 }, { namespace: 'shop' });
      expect(logs.find((l) => l.kind === 'previous')?.text).toContain('FATAL: cannot open /data/db');
      expect(gaps.map((g) => g.what)).toContain('older lines of the previous logs of container app');
    } finally {
      tree.cleanup();
    }
  });
});
