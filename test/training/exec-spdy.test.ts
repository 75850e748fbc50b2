import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/objects.js';
import { BUSYBOX_API, startFakeApi, type FakeApi } from './exec-test-server.js';
import { spdyClient } from './spdy-test-client.js';

const pod: Pod = { metadata: { name: 'api', namespace: 'shop' }, spec: { containers: [{ name: 'app', image: 'busybox:1.36' }] } };
const ctx = BUSYBOX_API;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('exec over SPDY/3.1, as kubectl 1.27–1.29 speak it', () => {
  let api: FakeApi;
  beforeAll(async () => {
    api = await startFakeApi({ pods: [pod], containers: { api: ctx } });
  });
  afterAll(async () => api.close());
  const port = (): number => Number(new URL(api.url).port);
  const V4 = ['v4.channel.k8s.io', 'v3.channel.k8s.io', 'v2.channel.k8s.io', 'channel.k8s.io'];

  it('chooses v4 from kubectl 1.27’s offer, runs once every stream is open, and ends with the Status on the error stream', async () => {
    const client = await spdyClient(port(), '/api/v1/namespaces/shop/pods/api/exec?command=sh&command=-c&command=cat%20/etc/config/app.yaml%3B%20echo%20oops%201%3E%262%3B%20exit%204&stdout=true&stderr=true', V4);
    expect(client.handshake).toMatch(/^HTTP\/1\.1 101 Switching Protocols\r\n/);
    expect(client.handshake).toMatch(/\r\nX-Stream-Protocol-Version: v4\.channel\.k8s\.io(\r\n|$)/);
    await client.open(1, { streamtype: ['error'] });
    await client.open(3, { streamtype: ['stdout'] });
    await new Promise((r) => setTimeout(r, 50));
    expect(client.stream(3).text).toBe('');
    await client.open(5, { streamtype: ['stderr'] });
    await until(() => client.stream(1).ended && client.stream(3).ended && client.stream(5).ended, 'every stream to end');
    expect(await client.replies()).toEqual([1, 3, 5]);
    expect(client.stream(3).text).toBe('port: 8080\n');
    expect(client.stream(5).text).toBe('oops\n');
    expect(JSON.parse(client.stream(1).text)).toMatchObject({ status: 'Failure', reason: 'NonZeroExitCode', details: { causes: [{ reason: 'ExitCode', message: '4' }] } });
    client.socket.destroy();
  });

  it('feeds the stdin stream to the shell and ends its input on the client’s FIN (v5, as 1.29 offers it first)', async () => {
    const client = await spdyClient(port(), '/api/v1/namespaces/shop/pods/api/exec?command=sh&stdin=true&stdout=true&stderr=true', ['v5.channel.k8s.io', ...V4]);
    expect(client.handshake).toMatch(/X-Stream-Protocol-Version: v5\.channel\.k8s\.io/);
    await client.open(1, { streamtype: ['error'] });
    await client.open(3, { streamtype: ['stdin'] });
    client.send(3, 'echo $LOG_LEVEL\n');
    await client.open(5, { streamtype: ['stdout'] });
    await client.open(7, { streamtype: ['stderr'] });
    client.send(3, 'echo bye\n', true);
    await until(() => client.stream(1).ended, 'the error stream to end');
    expect(client.stream(5).text).toBe('debug\nbye\n');
    expect(JSON.parse(client.stream(1).text)).toEqual({ metadata: {}, status: 'Success' });
    client.socket.destroy();
  });

  it('refuses, as apimachinery does, a client that offers no channel protocol we speak', async () => {
    const client = await spdyClient(port(), '/api/v1/namespaces/shop/pods/api/exec?command=sh', ['channel.k8s.io']);
    expect(client.handshake).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n/);
    client.socket.destroy();
  });
});
