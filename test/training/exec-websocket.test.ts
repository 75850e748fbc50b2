import { Exec, KubeConfig, type V1Status } from '@kubernetes/client-node';
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/objects.js';
import type { ContainerContext } from '../../src/training/exec/index.js';
import { BUSYBOX_API, startFakeApi, type FakeApi } from './exec-test-server.js';

const pod = (name: string): Pod => ({ metadata: { name, namespace: 'shop' }, spec: { containers: [{ name: 'app', image: 'busybox:1.36' }] } });

const api_: ContainerContext = { ...BUSYBOX_API, entrypoint: { command: ['/app/server'], log: 'panic: no DB\n', exitCode: 2 } };
const distroless: ContainerContext = { ...api_, podName: 'distroless', image: 'gcr.io/distroless/static', hasShell: false };

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('exec over WebSocket', () => {
  let api: FakeApi;
  let exec: Exec;

  beforeAll(async () => {
    api = await startFakeApi({ pods: [pod('api'), pod('distroless')], containers: { api: api_, distroless } });
    const kc = new KubeConfig();
    kc.loadFromString(api.kubeconfig);
    exec = new Exec(kc);
  });
  afterAll(async () => api.close());

  async function run(podName: string, command: string[], opts: { stdin?: PassThrough; tty?: boolean } = {}): Promise<{ out: Collect; err: Collect; status: Promise<V1Status> }> {
    const out = new Collect();
    const err = new Collect();
    let resolveStatus: (s: V1Status) => void = () => undefined;
    const status = new Promise<V1Status>((r) => (resolveStatus = r));
    await exec.exec('shop', podName, 'app', command, out, opts.tty ? null : err, opts.stdin ?? null, opts.tty ?? false, resolveStatus);
    return { out, err, status };
  }

  it('runs a command, splits stdout from stderr and reports Success', async () => {
    const { out, err, status } = await run('api', ['sh', '-c', 'echo hello; echo oops >&2; printenv LOG_LEVEL; cat /etc/config/app.yaml']);
    expect((await status).status).toBe('Success');
    await waitFor(() => out.text.includes('port: 8080'), 'stdout');
    expect(out.text).toBe('hello\ndebug\nport: 8080\n');
    expect(err.text).toBe('oops\n');
  });

  it('ends a failing command with NonZeroExitCode and the exit code as a cause', async () => {
    const { status } = await run('api', ['sh', '-c', 'exit 3']);
    const s = await status;
    expect(s.status).toBe('Failure');
    expect(s.reason).toBe('NonZeroExitCode');
    expect(s.details?.causes).toEqual([{ reason: 'ExitCode', message: '3' }]);
  });

  it('echoes typed input with a prompt under a tty and ends when the shell exits', async () => {
    const stdin = new PassThrough();
    const { out, status } = await run('api', ['sh'], { stdin, tty: true });
    await waitFor(() => out.text.includes('/ # '), 'the prompt');
    stdin.write('echo hi\r');
    await waitFor(() => out.text.includes('hi\r\n/ # '), 'the echoed command and its output');
    expect(out.text).toBe('/ # echo hi\r\nhi\r\n/ # ');
    stdin.write('exit 4\r');
    expect((await status).details?.causes?.[0]?.message).toBe('4');
  });

  it('fails like containerd when the image has no shell', async () => {
    const { status } = await run('distroless', ['sh']);
    const s = await status;
    expect(s.reason).toBe('InternalError');
    expect(s.message).toMatch(/exec: "sh": executable file not found in \$PATH/);
  });
});

describe('the WebSocket wire', () => {
  let api: FakeApi;
  beforeAll(async () => {
    api = await startFakeApi({ pods: [pod('api')], containers: { api: api_ } });
  });
  afterAll(async () => api.close());

  const port = (): number => Number(new URL(api.url).port);

  function clientFrame(opcode: number, payload: Buffer, fin = true, masked = true): Buffer {
    const mask = randomBytes(4);
    const header = Buffer.from([(fin ? 0x80 : 0) | opcode, (masked ? 0x80 : 0) | payload.length]);
    const body = Buffer.from(payload.map((b, i) => b ^ (masked ? (mask[i & 3] as number) : 0)));
    return Buffer.concat([header, masked ? mask : Buffer.alloc(0), body]);
  }

  /** Server frames are unmasked and short in these tests: [opcode, payload] pairs. */
  function serverFrames(data: Buffer): [number, Buffer][] {
    const frames: [number, Buffer][] = [];
    const start = data.indexOf('\r\n\r\n') + 4;
    for (let at = start; at + 2 <= data.length; ) {
      let len = (data[at + 1] as number) & 0x7f;
      let off = 2;
      if (len === 126) {
        len = data.readUInt16BE(at + 2);
        off = 4;
      }
      frames.push([(data[at] as number) & 0x0f, data.subarray(at + off, at + off + len)]);
      at += off + len;
    }
    return frames;
  }

  async function open(query: string, protocol = 'v5.channel.k8s.io'): Promise<{ socket: Socket; received: () => Buffer }> {
    const socket = connect(port(), '127.0.0.1');
    let data = Buffer.alloc(0);
    socket.on('data', (c: Buffer) => (data = Buffer.concat([data, c])));
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      `GET /api/v1/namespaces/shop/pods/api/exec?${query} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`,
    );
    await waitFor(() => data.includes('\r\n\r\n'), 'the handshake answer');
    return { socket, received: () => data };
  }

  it('answers a ping with a pong carrying the same data', async () => {
    const { socket, received } = await open('command=sh&stdin=true&stdout=true');
    socket.write(clientFrame(0x9, Buffer.from('are you there')));
    await waitFor(() => serverFrames(received()).some(([op]) => op === 0xa), 'a pong');
    expect(serverFrames(received()).find(([op]) => op === 0xa)?.[1].toString()).toBe('are you there');
    socket.destroy();
  });

  it('reassembles stdin sent in fragments and ends on the v5 close signal', async () => {
    const { socket, received } = await open('command=sh&stdin=true&stdout=true&stderr=true');
    socket.write(clientFrame(0x2, Buffer.from('\u0000echo frag'), false));
    socket.write(clientFrame(0x9, Buffer.from('')));
    socket.write(clientFrame(0x0, Buffer.from('mented\n'), true));
    socket.write(clientFrame(0x2, Buffer.from([255, 0])));
    await waitFor(() => serverFrames(received()).some(([op]) => op === 0x8), 'the close frame');
    const frames = serverFrames(received());
    const stdout = frames.filter(([op, p]) => op === 0x2 && p[0] === 1).map(([, p]) => p.subarray(1).toString()).join('');
    const status = frames.find(([op, p]) => op === 0x2 && p[0] === 3)?.[1].subarray(1).toString();
    expect(stdout).toBe('fragmented\n');
    expect(JSON.parse(status ?? '{}')).toEqual({ metadata: {}, status: 'Success' });
    expect(frames.at(-1)?.[1].readUInt16BE(0)).toBe(1000);
    socket.destroy();
  });

  it('joins the container’s shell when a session names no command, as attach does', async () => {
    const { socket, received } = await open('stdin=true&stdout=true');
    socket.write(clientFrame(0x2, Buffer.from('\u0000echo attached\n')));
    socket.write(clientFrame(0x2, Buffer.from([255, 0])));
    await waitFor(() => serverFrames(received()).some(([op]) => op === 0x8), 'the close frame');
    const stdout = serverFrames(received()).filter(([op, p]) => op === 0x2 && p[0] === 1).map(([, p]) => p.subarray(1).toString()).join('');
    expect(stdout).toBe('attached\n');
    socket.destroy();
  });

  it('closes with a protocol error when the client does not mask its frames', async () => {
    const { socket, received } = await open('command=sh&stdin=true&stdout=true');
    socket.write(clientFrame(0x2, Buffer.from('\u0000echo x\n'), true, false));
    await waitFor(() => serverFrames(received()).some(([op]) => op === 0x8), 'the close frame');
    expect(serverFrames(received()).find(([op]) => op === 0x8)?.[1].readUInt16BE(0)).toBe(1002);
    socket.destroy();
  });

  it('speaks v4.channel.k8s.io to a client that offers only that', async () => {
    const { socket, received } = await open('command=sh&command=-c&command=exit%205&stdout=true', 'v4.channel.k8s.io');
    expect(received().toString()).toMatch(/\r\nSec-WebSocket-Protocol: v4\.channel\.k8s\.io\r\n/);
    await waitFor(() => serverFrames(received()).some(([op]) => op === 0x8), 'the close frame');
    const status = serverFrames(received()).find(([op, p]) => op === 0x2 && p[0] === 3)?.[1].subarray(1).toString();
    expect(JSON.parse(status ?? '{}')).toMatchObject({ status: 'Failure', reason: 'NonZeroExitCode', details: { causes: [{ reason: 'ExitCode', message: '5' }] } });
    socket.destroy();
  });

  it('refuses an upgrade that offers no channel protocol it speaks', async () => {
    const { received, socket } = await open('command=sh', 'channel.k8s.io');
    expect(received().toString()).toMatch(/^HTTP\/1\.1 400 /);
    socket.destroy();
  });
});
