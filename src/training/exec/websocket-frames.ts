// RFC 6455 framing for the server side: clients mask every frame, the server never does; data messages may be
// fragmented, control frames (close, ping, pong) may arrive between the fragments but are never split themselves.

export const OPCODE_CONTINUATION = 0x0;
export const OPCODE_TEXT = 0x1;
export const OPCODE_BINARY = 0x2;
export const OPCODE_CLOSE = 0x8;
export const OPCODE_PING = 0x9;
export const OPCODE_PONG = 0xa;

export const CLOSE_NORMAL = 1000;
export const CLOSE_PROTOCOL_ERROR = 1002;
export const CLOSE_TOO_BIG = 1009;

// Far above any keystroke batch or resize message; a client sending more is not a terminal.
const MAX_MESSAGE_BYTES = 1 << 20;

export type FrameEvent =
  | { readonly type: 'message'; readonly data: Buffer }
  | { readonly type: 'ping'; readonly data: Buffer }
  | { readonly type: 'pong' }
  | { readonly type: 'close'; readonly code?: number };

export class FrameError extends Error {
  constructor(
    message: string,
    readonly closeCode: number,
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

export function encodeFrame(opcode: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const len = payload.length;
  let header: Buffer;
  if (len < 126) {
    header = Buffer.from([0x80 | opcode, len]);
  } else if (len < 0x10000) {
    header = Buffer.alloc(4);
    header.writeUInt16BE(len, 2);
    header[1] = 126;
  } else {
    header = Buffer.alloc(10);
    header.writeBigUInt64BE(BigInt(len), 2);
    header[1] = 127;
  }
  header[0] = 0x80 | opcode;
  return Buffer.concat([header, payload]);
}

export function encodeClose(code: number, reason = ''): Buffer {
  const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
  payload.writeUInt16BE(code, 0);
  payload.write(reason, 2);
  return encodeFrame(OPCODE_CLOSE, payload);
}

/** Incremental parser: push whatever the socket delivered, get back the complete events. */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private fragmentBytes = 0;
  private inMessage = false;

  push(chunk: Buffer): FrameEvent[] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const events: FrameEvent[] = [];
    for (;;) {
      const frame = this.takeFrame();
      if (!frame) return events;
      const event = this.handle(frame.fin, frame.opcode, frame.payload);
      if (event) events.push(event);
    }
  }

  private takeFrame(): { fin: boolean; opcode: number; payload: Buffer } | undefined {
    const buf = this.pending;
    if (buf.length < 2) return undefined;
    const b0 = buf[0] as number;
    const b1 = buf[1] as number;
    if (b0 & 0x70) throw new FrameError('reserved bits set without a negotiated extension', CLOSE_PROTOCOL_ERROR);
    if (!(b1 & 0x80)) throw new FrameError('client frame is not masked', CLOSE_PROTOCOL_ERROR);
    let len = b1 & 0x7f;
    let offset = 2;
    if (len === 126) {
      if (buf.length < 4) return undefined;
      len = buf.readUInt16BE(2);
      offset = 4;
    } else if (len === 127) {
      if (buf.length < 10) return undefined;
      const big = buf.readBigUInt64BE(2);
      if (big > BigInt(MAX_MESSAGE_BYTES)) throw new FrameError(`frame of ${big} bytes is too large`, CLOSE_TOO_BIG);
      len = Number(big);
      offset = 10;
    }
    if (len > MAX_MESSAGE_BYTES) throw new FrameError(`frame of ${len} bytes is too large`, CLOSE_TOO_BIG);
    if (buf.length < offset + 4 + len) return undefined;
    const mask = buf.subarray(offset, offset + 4);
    const payload = Buffer.from(buf.subarray(offset + 4, offset + 4 + len));
    for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] as number) ^ (mask[i & 3] as number);
    this.pending = buf.subarray(offset + 4 + len);
    return { fin: (b0 & 0x80) !== 0, opcode: b0 & 0x0f, payload };
  }

  private handle(fin: boolean, opcode: number, payload: Buffer): FrameEvent | undefined {
    if (opcode >= OPCODE_CLOSE) {
      if (!fin || payload.length > 125) throw new FrameError('control frames must be final and at most 125 bytes', CLOSE_PROTOCOL_ERROR);
      if (opcode === OPCODE_CLOSE) return payload.length >= 2 ? { type: 'close', code: payload.readUInt16BE(0) } : { type: 'close' };
      if (opcode === OPCODE_PING) return { type: 'ping', data: payload };
      if (opcode === OPCODE_PONG) return { type: 'pong' };
      throw new FrameError(`unknown control opcode ${opcode}`, CLOSE_PROTOCOL_ERROR);
    }
    if (opcode === OPCODE_CONTINUATION) {
      if (!this.inMessage) throw new FrameError('continuation frame without a message to continue', CLOSE_PROTOCOL_ERROR);
    } else if (opcode === OPCODE_TEXT || opcode === OPCODE_BINARY) {
      if (this.inMessage) throw new FrameError('new message started before the previous one was finished', CLOSE_PROTOCOL_ERROR);
      this.inMessage = true;
    } else {
      throw new FrameError(`unknown opcode ${opcode}`, CLOSE_PROTOCOL_ERROR);
    }
    this.fragmentBytes += payload.length;
    if (this.fragmentBytes > MAX_MESSAGE_BYTES) throw new FrameError('message is too large', CLOSE_TOO_BIG);
    this.fragments.push(payload);
    if (!fin) return undefined;
    const data = Buffer.concat(this.fragments);
    this.fragments = [];
    this.fragmentBytes = 0;
    this.inMessage = false;
    return { type: 'message', data };
  }
}
