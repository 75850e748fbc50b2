// One SPDY stream as the server sees it: what the client sent (kept until someone consumes it, since kubectl opens
// its stdin stream before the session is ready to read it), and our half, written as DATA frames and closed by FIN.
import { encodeData, encodeRstStream } from './frames.js';
import type { SpdyHeaders } from './header-block.js';

// DATA frames of at most this size, so one large write does not hold the connection for other streams.
const CHUNK_BYTES = 32 * 1024;

export interface StreamSink {
  data(chunk: Buffer): void;
  end(): void;
}

export class SpdyStream {
  private buffered: Buffer[] = [];
  private remoteEnded = false;
  private localEnded = false;
  private sink: StreamSink | undefined;

  constructor(
    readonly id: number,
    readonly headers: SpdyHeaders,
    private readonly send: (frame: Buffer) => void,
    private readonly forget: (id: number) => void,
  ) {}

  /** Hands over what arrived so far, then everything that follows. */
  consume(sink: StreamSink): void {
    this.sink = sink;
    for (const chunk of this.buffered) sink.data(chunk);
    this.buffered = [];
    if (this.remoteEnded) sink.end();
  }

  write(data: Buffer | string): void {
    if (this.localEnded) return;
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) this.send(encodeData(this.id, bytes.subarray(offset, offset + CHUNK_BYTES)));
  }

  /** Our FIN: the client reads EOF on this stream. */
  end(): void {
    if (this.localEnded) return;
    this.localEnded = true;
    this.send(encodeData(this.id, Buffer.alloc(0), true));
    if (this.remoteEnded) this.forget(this.id);
  }

  reset(status: number): void {
    if (!this.localEnded) this.send(encodeRstStream(this.id, status));
    this.localEnded = true;
    this.closedByPeer();
  }

  /** Called by the connection for the client's DATA frames. */
  received(chunk: Buffer): void {
    if (this.remoteEnded || chunk.length === 0) return;
    if (this.sink) this.sink.data(chunk);
    else this.buffered.push(chunk);
  }

  /** The client's FIN, its RST_STREAM, or the connection going away. */
  closedByPeer(): void {
    if (this.remoteEnded) return;
    this.remoteEnded = true;
    this.sink?.end();
    if (this.localEnded) this.forget(this.id);
  }

  get isOpen(): boolean {
    return !this.localEnded;
  }
}
