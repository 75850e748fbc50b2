// A minimal SPDY/3.1 client for tests, compressing its header blocks the way Go's framer does (one zlib stream
// with the SPDY/3 dictionary, a sync flush per block), so the server's inflater is exercised as kubectl does.
import { connect, type Socket } from 'node:net';
import { constants, createDeflate, createInflate, type Deflate } from 'node:zlib';
import { SPDY3_DICTIONARY } from '../../src/training/spdy/dictionary.js';
import { encodeHeaderBlock, decodeHeaderBlock } from '../../src/training/spdy/header-block.js';
import { FLAG_FIN, FrameReader, FrameType, encodeControl, encodeData, type Frame } from '../../src/training/spdy/frames.js';

export class GoLikeDeflater {
  private readonly zlib: Deflate = createDeflate({ dictionary: SPDY3_DICTIONARY });
  deflate(block: Buffer): Promise<Buffer> {
    return new Promise((resolve) => {
      this.zlib.write(block);
      this.zlib.flush(constants.Z_SYNC_FLUSH, () => {
        const chunks: Buffer[] = [];
        for (let c = this.zlib.read() as Buffer | null; c !== null; c = this.zlib.read() as Buffer | null) chunks.push(c);
        resolve(Buffer.concat(chunks));
      });
    });
  }
}

export async function synStream(deflater: GoLikeDeflater, streamId: number, headers: Record<string, string[]>, flags = 0): Promise<Buffer> {
  const fixed = Buffer.alloc(10);
  fixed.writeUInt32BE(streamId, 0);
  return encodeControl(FrameType.synStream, flags, Buffer.concat([fixed, await deflater.deflate(encodeHeaderBlock(headers))]));
}

export interface SpdyTestClient {
  readonly socket: Socket;
  readonly frames: Frame[];
  /** The 101 answer's head. */
  readonly handshake: string;
  open(streamId: number, headers: Record<string, string[]>, fin?: boolean): Promise<void>;
  send(streamId: number, data: string | Buffer, fin?: boolean): void;
  /** Everything received on a stream, and whether the server ended it. */
  stream(streamId: number): { text: string; ended: boolean };
  /** The server's SYN_REPLY header blocks inflated, in order (checks our zlib stream as Go's reader would). */
  replies(): Promise<number[]>;
}

export async function spdyClient(port: number, path: string, protocols: readonly string[]): Promise<SpdyTestClient> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n` +
      protocols.map((p) => `X-Stream-Protocol-Version: ${p}\r\n`).join('') +
      'Content-Length: 0\r\n\r\n',
  );
  let head = Buffer.alloc(0);
  const reader = new FrameReader();
  const frames: Frame[] = [];
  let handshake = '';
  let upgraded = false;
  await new Promise<void>((resolve) => {
    const onData = (chunk: Buffer): void => {
      if (handshake) {
        if (upgraded) frames.push(...reader.push(chunk));
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      handshake = head.subarray(0, end).toString();
      upgraded = handshake.startsWith('HTTP/1.1 101 ');
      if (upgraded) frames.push(...reader.push(head.subarray(end + 4)));
      resolve();
    };
    socket.on('data', onData);
  });
  const deflater = new GoLikeDeflater();
  return {
    socket,
    frames,
    handshake,
    open: async (id, headers, fin = false) => {
      socket.write(await synStream(deflater, id, headers, fin ? FLAG_FIN : 0));
    },
    send: (id, data, fin = false) => socket.write(encodeData(id, Buffer.from(data), fin)),
    stream: (id) => {
      const mine = frames.filter((f): f is Extract<Frame, { control: false }> => !f.control && f.streamId === id);
      return { text: Buffer.concat(mine.map((f) => f.payload)).toString(), ended: mine.some((f) => (f.flags & FLAG_FIN) !== 0) };
    },
    replies: async () => {
      const inflate = createInflate({ dictionary: SPDY3_DICTIONARY });
      const ids: number[] = [];
      for (const f of frames) {
        if (!f.control || f.type !== FrameType.synReply) continue;
        const block = await new Promise<Buffer>((resolve) => {
          inflate.write(f.payload.subarray(4));
          inflate.flush(constants.Z_SYNC_FLUSH, () => resolve((inflate.read() as Buffer | null) ?? Buffer.alloc(0)));
        });
        decodeHeaderBlock(block);
        ids.push(f.payload.readUInt32BE(0));
      }
      return ids;
    },
  };
}
