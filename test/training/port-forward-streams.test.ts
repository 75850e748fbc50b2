import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/objects.js';
import { portForwardHandlers } from '../../src/training/port-forward/index.js';
import { SpdyConnection } from '../../src/training/spdy/connection.js';
import { FLAG_FIN, FrameReader, FrameType, encodeData, type Frame } from '../../src/training/spdy/frames.js';
import { GoLikeDeflater, synStream } from './spdy-test-client.js';

const pod: Pod = {
  metadata: { name: 'web-1', namespace: 'shop', uid: 'u-1' },
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }] },
  status: { phase: 'Running', containerStatuses: [{ name: 'nginx', ready: true, restartCount: 0, image: 'nginx:1.25', imageID: '', state: { running: { startedAt: '2026-01-01T00:00:00Z' } } }] },
};

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function setup(): { conn: SpdyConnection; stream: (id: number) => { text: string; ended: boolean }; sent: Frame[] } {
  const reader = new FrameReader();
  const sent: Frame[] = [];
  const conn = new SpdyConnection({ write: (b) => sent.push(...reader.push(b)), end: () => undefined }, portForwardHandlers(() => pod));
  const stream = (id: number): { text: string; ended: boolean } => {
    const mine = sent.filter((f): f is Extract<Frame, { control: false }> => !f.control && f.streamId === id);
    return { text: Buffer.concat(mine.map((f) => f.payload)).toString(), ended: mine.some((f) => (f.flags & FLAG_FIN) !== 0) };
  };
  return { conn, stream, sent };
}

describe('port-forward streams', () => {
  it('pairs the data and error streams of each request by requestID, in any order, and answers each on its own data stream', async () => {
    const { conn, stream } = setup();
    const go = new GoLikeDeflater();
    // Request 1's data stream arrives before request 0's error stream completes the first pair.
    conn.push(await synStream(go, 1, { streamtype: ['error'], port: ['80'], requestid: ['0'] }));
    conn.push(await synStream(go, 3, { streamtype: ['data'], port: ['80'], requestid: ['1'] }));
    conn.push(await synStream(go, 5, { streamtype: ['data'], port: ['80'], requestid: ['0'] }));
    conn.push(encodeData(3, Buffer.from('GET /one HTTP/1.1\r\nHost: x\r\n\r\n')));
    conn.push(encodeData(5, Buffer.from('GET /zero HTTP/1.1\r\nHost: x\r\n\r\n')));
    await until(() => stream(5).ended, 'request 0 to be answered');
    expect(stream(5).text).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*answered "GET \/zero HTTP\/1\.1"\n$/);
    expect(stream(1)).toEqual({ text: '', ended: true });
    expect(stream(3)).toEqual({ text: '', ended: false });
    conn.push(await synStream(go, 7, { streamtype: ['error'], port: ['80'], requestid: ['1'] }));
    await until(() => stream(3).ended, 'request 1 to be answered');
    expect(stream(3).text).toContain('answered "GET /one HTTP/1.1"');
  });

  it('writes the refusal on the error stream for a port no Ready container declares, and sends nothing on the data stream', async () => {
    const { conn, stream } = setup();
    const go = new GoLikeDeflater();
    conn.push(await synStream(go, 1, { streamtype: ['error'], port: ['5432'], requestid: ['0'] }));
    conn.push(await synStream(go, 3, { streamtype: ['data'], port: ['5432'], requestid: ['0'] }));
    await until(() => stream(1).ended && stream(3).ended, 'both streams to end');
    expect(stream(1).text).toMatch(/^error forwarding port 5432 to pod [0-9a-f]{64}, uid : .*connect: connection refused $/);
    expect(stream(3).text).toBe('');
  });

  it('resets a stream that names no port or a second stream of the same kind for one request', async () => {
    const { conn, sent } = setup();
    const go = new GoLikeDeflater();
    conn.push(await synStream(go, 1, { streamtype: ['data'], requestid: ['0'] }));
    conn.push(await synStream(go, 3, { streamtype: ['error'], port: ['80'], requestid: ['9'] }));
    conn.push(await synStream(go, 5, { streamtype: ['error'], port: ['80'], requestid: ['9'] }));
    await until(() => sent.filter((f) => f.control && f.type === FrameType.rstStream).length === 2, 'two resets');
    expect(sent.filter((f) => f.control && f.type === FrameType.rstStream).map((f) => f.payload.readUInt32BE(0))).toEqual([1, 5]);
  });
});
