// Publishing to a loopback API server and a loopback Slack-compatible webhook: each sink fails on its own.
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/cluster/connection.js';
import { publish } from '../../src/watch/effects/publish.js';
import { inClusterConnection } from '../../src/watch/in-cluster.js';
import type { WatchResult } from '../../src/watch/result.js';

const result: WatchResult = {
  namespace: 'shop', pod: 'web-7d9f8-x1', podUid: 'uid-1', workload: { namespace: 'shop', kind: 'Deployment', name: 'web' },
  cause: 'bad-config', confidence: 'likely', container: 'app', summary: 'app rejects its configuration (exit 2)', gaps: [],
  command: ['kubectl', 'crashcourse', 'shop/web-7d9f8-x1'], trigger: 'watch', at: '2026-01-01T00:00:00.000Z',
};

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

async function recorder(status: number): Promise<{ url: string; got: { method: string; path: string; body: unknown }[] }> {
  const got: { method: string; path: string; body: unknown }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ method: req.method ?? '', path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString() || 'null') });
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(status < 300 ? '{"kind":"Event"}' : '{"kind":"Status","message":"events is forbidden"}');
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, got };
}

const conn = (url: string): Connection => ({ server: new URL(url), agent: new http.Agent(), headers: async () => ({}) });

describe('publishing a result', () => {
  it('writes the JSON line, POSTs a Diagnosed Event on the pod and a Slack-compatible message', async () => {
    const api = await recorder(201);
    const hook = await recorder(200);
    const lines: string[] = [];
    const failures = await publish(result, { write: (l) => void lines.push(l), events: { conn: conn(api.url), instance: 'watch-0' }, webhook: new URL(`${hook.url}/hooks/T1`), timeoutMs: 5000 }, Date.parse(result.at));
    expect(failures).toEqual([]);
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'Diagnosis', cause: 'bad-config', pod: 'web-7d9f8-x1' });
    expect(api.got).toEqual([expect.objectContaining({ method: 'POST', path: '/api/v1/namespaces/shop/events' })]);
    expect(api.got[0]!.body).toMatchObject({
      reason: 'Diagnosed', type: 'Warning', involvedObject: { kind: 'Pod', name: 'web-7d9f8-x1', uid: 'uid-1' }, source: { component: 'kubectl-crashcourse' }, reportingInstance: 'watch-0',
    });
    expect((hook.got[0]!.body as { text: string }).text).toContain('*bad-config* in Deployment shop/web');
    expect((hook.got[0]!.body as { text: string }).text).toContain('`kubectl crashcourse shop/web-7d9f8-x1`');
  });

  it('still posts the webhook when the Event is refused, and reports the refusal', async () => {
    const api = await recorder(403);
    const hook = await recorder(200);
    const failures = await publish(result, { write: () => undefined, events: { conn: conn(api.url), instance: 'w' }, webhook: new URL(hook.url), timeoutMs: 5000 }, 0);
    expect(failures.map((f) => f.sink)).toEqual(['event']);
    expect(String(failures[0]!.error)).toContain('forbidden');
    expect(hook.got).toHaveLength(1);
  });

  it('creates no Event in --dry-run (no event sink)', async () => {
    const api = await recorder(201);
    await publish(result, { write: () => undefined, timeoutMs: 5000 }, 0);
    expect(api.got).toEqual([]);
  });
});

describe('running in a Pod', () => {
  it('talks to KUBERNETES_SERVICE_HOST with the mounted CA and re-reads the rotated token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crashcourse-sa-'));
    writeFileSync(join(dir, 'ca.crt'), '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n');
    writeFileSync(join(dir, 'namespace'), 'kubectl-crashcourse');
    writeFileSync(join(dir, 'token'), 'first\n');
    const ic = inClusterConnection({ KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' }, dir);
    expect(ic.conn.server.href).toBe('https://10.96.0.1/');
    expect(ic.namespace).toBe('kubectl-crashcourse');
    expect(await ic.conn.headers()).toEqual({ Authorization: 'Bearer first' });
    writeFileSync(join(dir, 'token'), 'rotated\n');
    expect(await ic.conn.headers()).toEqual({ Authorization: 'Bearer rotated' });
    expect(() => inClusterConnection({}, dir)).toThrow('KUBERNETES_SERVICE_HOST is not set');
  });
});
