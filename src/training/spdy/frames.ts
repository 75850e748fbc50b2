// SPDY/3.1 framing (draft 3.1, section 2.2): an 8-byte header, then the payload. A control frame has the high bit
// set, the version (3) and a type; a data frame carries a 31-bit stream id. Flags and a 24-bit length follow.
// The reader is incremental: push whatever the transport delivered, get back the complete frames.

export const SPDY_VERSION = 3;

export const FrameType = {
  synStream: 1,
  synReply: 2,
  rstStream: 3,
  settings: 4,
  ping: 6,
  goAway: 7,
  headers: 8,
  windowUpdate: 9,
} as const;

export const FLAG_FIN = 0x01;

/** RST_STREAM status codes used here (section 2.6.3). */
export const RstStatus = { protocolError: 1, invalidStream: 2, refusedStream: 3, cancel: 5, internalError: 6 } as const;

// A header block or a chunk of terminal output is far below this; more means the peer is not kubectl.
const MAX_FRAME_BYTES = 1 << 20;

export type Frame =
  | { readonly control: true; readonly type: number; readonly flags: number; readonly payload: Buffer }
  | { readonly control: false; readonly streamId: number; readonly flags: number; readonly payload: Buffer };

export class SpdyFrameError extends Error {
  override readonly name = 'SpdyFrameError';
}

export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Frame[] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const frames: Frame[] = [];
    while (this.pending.length >= 8) {
      const length = this.pending.readUIntBE(5, 3);
      if (length > MAX_FRAME_BYTES) throw new SpdyFrameError(`frame of ${length} bytes is too large`);
      if (this.pending.length < 8 + length) break;
      const word = this.pending.readUInt32BE(0);
      const flags = this.pending[4] as number;
      const payload = Buffer.from(this.pending.subarray(8, 8 + length));
      this.pending = this.pending.subarray(8 + length);
      if (word & 0x80000000) {
        const version = (word >>> 16) & 0x7fff;
        if (version !== SPDY_VERSION) throw new SpdyFrameError(`SPDY version ${version} is not supported`);
        frames.push({ control: true, type: word & 0xffff, flags, payload });
      } else {
        frames.push({ control: false, streamId: word & 0x7fffffff, flags, payload });
      }
    }
    return frames;
  }
}

function header(first: number, flags: number, length: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeUInt32BE(first >>> 0, 0);
  out.writeUInt32BE(((flags & 0xff) << 24) | length, 4);
  return out;
}

export function encodeControl(type: number, flags: number, payload: Buffer): Buffer {
  return Buffer.concat([header((0x8000 | SPDY_VERSION) * 0x10000 + type, flags, payload.length), payload]);
}

export function encodeData(streamId: number, data: Buffer, fin = false): Buffer {
  return Buffer.concat([header(streamId & 0x7fffffff, fin ? FLAG_FIN : 0, data.length), data]);
}

const words = (...values: number[]): Buffer => {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => out.writeUInt32BE(v >>> 0, 4 * i));
  return out;
};

/** SYN_REPLY: the stream id, then the (compressed) header block. */
export const encodeSynReply = (streamId: number, headerBlock: Buffer, fin = false): Buffer =>
  encodeControl(FrameType.synReply, fin ? FLAG_FIN : 0, Buffer.concat([words(streamId & 0x7fffffff), headerBlock]));

export const encodeRstStream = (streamId: number, status: number): Buffer => encodeControl(FrameType.rstStream, 0, words(streamId & 0x7fffffff, status));

export const encodePing = (id: number): Buffer => encodeControl(FrameType.ping, 0, words(id));

export const encodeGoAway = (lastGoodStreamId: number, status = 0): Buffer => encodeControl(FrameType.goAway, 0, words(lastGoodStreamId & 0x7fffffff, status));

export const encodeWindowUpdate = (streamId: number, delta: number): Buffer => encodeControl(FrameType.windowUpdate, 0, words(streamId & 0x7fffffff, delta & 0x7fffffff));

export interface SynStream {
  readonly streamId: number;
  readonly associatedTo: number;
  readonly priority: number;
  readonly headerBlock: Buffer;
}

export function decodeSynStream(payload: Buffer): SynStream {
  if (payload.length < 10) throw new SpdyFrameError('SYN_STREAM shorter than its fixed fields');
  const streamId = payload.readUInt32BE(0) & 0x7fffffff;
  if (streamId === 0) throw new SpdyFrameError('stream id zero is not allowed');
  return {
    streamId,
    associatedTo: payload.readUInt32BE(4) & 0x7fffffff,
    priority: (payload[8] as number) >>> 5,
    headerBlock: payload.subarray(10),
  };
}

/** The stream id that opens RST_STREAM, HEADERS, WINDOW_UPDATE and SYN_REPLY payloads. */
export function streamIdOf(payload: Buffer): number {
  if (payload.length < 4) throw new SpdyFrameError('control frame too short for a stream id');
  return payload.readUInt32BE(0) & 0x7fffffff;
}

export function decodePing(payload: Buffer): number {
  if (payload.length !== 4) throw new SpdyFrameError('PING payload must be 4 bytes');
  return payload.readUInt32BE(0);
}
