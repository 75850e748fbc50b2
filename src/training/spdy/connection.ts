// The server side of a SPDY/3.1 connection, over any byte transport (an upgraded socket, or the binary messages of
// a WebSocket tunnel). The client opens every stream; we answer each SYN_STREAM with an empty SYN_REPLY (kubectl
// waits for it before using the stream), echo its PINGs, and ignore flow control as spdystream does.
import { HeaderDeflater, HeaderInflater } from './header-compression.js';
import { decodeHeaderBlock, encodeHeaderBlock } from './header-block.js';
import {
  FLAG_FIN,
  FrameReader,
  FrameType,
  RstStatus,
  SpdyFrameError,
  decodePing,
  decodeSynStream,
  encodeGoAway,
  encodePing,
  encodeSynReply,
  streamIdOf,
  type Frame,
} from './frames.js';
import { SpdyStream } from './stream.js';

export interface SpdyTransport {
  write(bytes: Buffer): void;
  /** Ends the transport once what was written has gone out. */
  end(): void;
}

export interface SpdyHandlers {
  /** A stream the client opened, already answered. */
  stream(stream: SpdyStream): void;
  /** The connection is over (GOAWAY either way, or the transport ended). */
  closed?(): void;
}

const GOAWAY_PROTOCOL_ERROR = 1;

export class SpdyConnection {
  private readonly reader = new FrameReader();
  private readonly inflater = new HeaderInflater();
  private readonly deflater = new HeaderDeflater();
  private readonly streams = new Map<number, SpdyStream>();
  private queue: Promise<void> = Promise.resolve();
  private lastStreamId = 0;
  private closed = false;

  constructor(
    private readonly transport: SpdyTransport,
    private readonly handlers: SpdyHandlers,
  ) {}

  /** Bytes from the transport. */
  push(chunk: Buffer): void {
    if (this.closed) return;
    let frames: Frame[];
    try {
      frames = this.reader.push(chunk);
    } catch (e) {
      this.fail(e);
      return;
    }
    // Header blocks inflate asynchronously; every frame waits its turn so a stream's DATA never overtakes its SYN.
    for (const frame of frames) this.queue = this.queue.then(() => this.handle(frame)).catch((e: unknown) => this.fail(e));
  }

  /** The transport is gone: every stream ends. */
  transportClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.inflater.close();
    for (const stream of [...this.streams.values()]) stream.closedByPeer();
    this.streams.clear();
    this.handlers.closed?.();
  }

  /** GOAWAY, then the end of the transport. */
  close(status = 0): void {
    if (this.closed) return;
    this.send(encodeGoAway(this.lastStreamId, status));
    this.transport.end();
    this.transportClosed();
  }

  private send = (bytes: Buffer): void => {
    if (!this.closed) this.transport.write(bytes);
  };

  private fail(e: unknown): void {
    if (!(e instanceof SpdyFrameError)) throw e;
    this.close(GOAWAY_PROTOCOL_ERROR);
  }

  private async handle(frame: Frame): Promise<void> {
    if (this.closed) return;
    if (!frame.control) {
      const stream = this.streams.get(frame.streamId);
      if (!stream) return;
      stream.received(frame.payload);
      if (frame.flags & FLAG_FIN) stream.closedByPeer();
      return;
    }
    switch (frame.type) {
      case FrameType.synStream:
        return this.open(frame.flags, frame.payload);
      case FrameType.headers: {
        // Unused, but the block must still pass through the inflater to keep the zlib stream in step.
        await this.inflater.inflate(frame.payload.subarray(4));
        return;
      }
      case FrameType.rstStream:
        this.streams.get(streamIdOf(frame.payload))?.closedByPeer();
        return;
      case FrameType.ping: {
        const id = decodePing(frame.payload);
        // Odd ids are the client's own pings; even ones would answer ours, and we send none.
        if (id % 2 === 1) this.send(encodePing(id));
        return;
      }
      case FrameType.goAway:
        this.close();
        return;
      default:
        // SETTINGS, WINDOW_UPDATE, SYN_REPLY (we open no streams) and unknown types: nothing to do.
        return;
    }
  }

  private async open(flags: number, payload: Buffer): Promise<void> {
    const syn = decodeSynStream(payload);
    const headers = decodeHeaderBlock(await this.inflater.inflate(syn.headerBlock));
    if (this.closed) return;
    // Client streams are odd and increasing (section 2.3.2).
    if (syn.streamId % 2 === 0 || syn.streamId <= this.lastStreamId) {
      const stream = new SpdyStream(syn.streamId, headers, this.send, () => undefined);
      stream.reset(RstStatus.protocolError);
      return;
    }
    this.lastStreamId = syn.streamId;
    const stream = new SpdyStream(syn.streamId, headers, this.send, (id) => this.streams.delete(id));
    this.streams.set(syn.streamId, stream);
    this.send(encodeSynReply(syn.streamId, this.deflater.deflate(encodeHeaderBlock({}))));
    if (flags & FLAG_FIN) stream.closedByPeer();
    this.handlers.stream(stream);
  }
}
