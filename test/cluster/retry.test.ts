// Reads retry what the API server says is temporary (429 with Retry-After, 5xx) with back-off, as client-go
// does, but never past the deadline.
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openLiveReader } from '../../src/cluster/index.js';
import { configureRequestTimeout } from '../../src/cluster/request-timeout.js';
import { loopbackKubeconfig } from './loopback-kubeconfig.js';

const POD = JSON.stringify({ metadata: { name: 'web', namespace: 'shop' }, spec: { containers: [{ name: 'app' }] } });
let script: { status: number; headers?: Record<string, string> }[] = [];
let hits = 0;
let server: Server;
let kubeconfig = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    const step = script[Math.min(hits, script.length - 1)]!;
    hits++;
    if (step.status === 200) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(POD);
      return;
    }
    res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
    res.end(JSON.stringify({ kind: 'Status', status: 'Failure', message: `busy (${step.status})`, code: step.status }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  kubeconfig = loopbackKubeconfig(server, 'retry');
});
afterAll(() => server.close());
afterEach(() => {
  hits = 0;
  configureRequestTimeout(undefined);
});

async function getPod(): Promise<unknown> {
  const { reader } = await openLiveReader({ kubeconfig });
  return reader.getPod('shop', 'web');
}

describe('retrying temporary failures of reads', () => {
  it('waits out a 429 with Retry-After and then reads', async () => {
    script = [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }];
    const start = Date.now();
    await expect(getPod()).resolves.toMatchObject({ metadata: { name: 'web' } });
    expect(hits).toBe(2);
    expect(Date.now() - start).toBeGreaterThanOrEqual(900);
  });

  it('retries 503 and 500 with back-off', async () => {
    script = [{ status: 503 }, { status: 500 }, { status: 200 }];
    await expect(getPod()).resolves.toMatchObject({ metadata: { name: 'web' } });
    expect(hits).toBe(3);
  });

  it('gives up after a few attempts with the server\'s own message', async () => {
    script = [{ status: 503 }];
    await expect(getPod()).rejects.toThrow(/busy \(503\)/);
    expect(hits).toBeGreaterThan(1);
    expect(hits).toBeLessThanOrEqual(5);
  });

  it('does not wait past the deadline when Retry-After asks for longer', async () => {
    configureRequestTimeout(1000);
    script = [{ status: 429, headers: { 'retry-after': '120' } }, { status: 200 }];
    const start = Date.now();
    await expect(getPod()).rejects.toThrow(/busy \(429\)/);
    expect(Date.now() - start).toBeLessThan(1500);
    expect(hits).toBe(1);
  });

  it('does not retry a 404 or a 403', async () => {
    script = [{ status: 403 }, { status: 200 }];
    await expect(getPod()).rejects.toThrow(/busy \(403\)/);
    expect(hits).toBe(1);
  });
});
