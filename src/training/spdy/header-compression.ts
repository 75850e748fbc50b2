// Header blocks travel zlib-compressed, one zlib stream per direction for the whole connection (section 2.6.10.1),
// so each block continues the previous one: the inflater must persist, primed with the SPDY/3 dictionary.
import { constants, createInflate, type Inflate } from 'node:zlib';
import { SPDY3_DICTIONARY } from './dictionary.js';
import { SpdyFrameError } from './frames.js';

// Far above kubectl's few headers; stops a block that inflates without end.
const MAX_INFLATED_BYTES = 256 * 1024;

/** Inflates the peer's header blocks in arrival order; node:zlib streams are asynchronous, hence the queue. */
export class HeaderInflater {
  private readonly zlib: Inflate = createInflate({ dictionary: SPDY3_DICTIONARY });
  private queue: Promise<unknown> = Promise.resolve();
  private failure: Error | undefined;
  private pendingReject: ((e: Error) => void) | undefined;

  constructor() {
    this.zlib.on('error', (e: Error) => {
      this.failure = new SpdyFrameError(`header block does not inflate: ${e.message}`);
      this.pendingReject?.(this.failure);
    });
  }

  inflate(block: Buffer): Promise<Buffer> {
    const next = this.queue.then(() => this.inflateNow(block));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.zlib.destroy();
  }

  private inflateNow(block: Buffer): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<Buffer>((resolve, reject) => {
      this.pendingReject = reject;
      this.zlib.write(block);
      this.zlib.flush(constants.Z_SYNC_FLUSH, () => {
        this.pendingReject = undefined;
        if (this.failure) return reject(this.failure);
        // Paused mode: what the flush produced waits in the readable buffer until read.
        const chunks: Buffer[] = [];
        let size = 0;
        for (let chunk = this.zlib.read() as Buffer | null; chunk !== null; chunk = this.zlib.read() as Buffer | null) {
          chunks.push(chunk);
          size += chunk.length;
        }
        if (size > MAX_INFLATED_BYTES) reject(new SpdyFrameError(`header block inflates to ${size} bytes`));
        else resolve(Buffer.concat(chunks));
      });
    });
  }
}

// zlib's stored blocks hold at most this many bytes each (RFC 1951, 3.2.4).
const STORED_MAX = 0xffff;

/**
 * Our header blocks as one zlib stream of stored (uncompressed) deflate blocks: valid zlib that any SPDY peer's
 * persistent inflater reads, synchronous, so a SYN_REPLY can never overtake or trail the data written after it.
 * A stored block needs no dictionary, so the zlib header does not announce one. The blocks we send are a few bytes.
 */
export class HeaderDeflater {
  private started = false;

  deflate(block: Buffer): Buffer {
    const parts: Buffer[] = [];
    if (!this.started) {
      // CMF 0x78 (deflate, 32K window), FLG 0x01: no preset dictionary, header checksum divisible by 31.
      parts.push(Buffer.from([0x78, 0x01]));
      this.started = true;
    }
    for (let offset = 0; offset < block.length; offset += STORED_MAX) {
      const piece = block.subarray(offset, offset + STORED_MAX);
      const head = Buffer.alloc(5);
      head[0] = 0x00; // BFINAL 0, BTYPE 00 (stored); the stream stays open for the next block
      head.writeUInt16LE(piece.length, 1);
      head.writeUInt16LE(~piece.length & 0xffff, 3);
      parts.push(head, piece);
    }
    // What zlib's Z_SYNC_FLUSH ends with: an empty stored block. Go's inflater hands out a block's bytes only when
    // it reaches the next block header, and without this one it would read past the frame and fail for good.
    parts.push(Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff]));
    return Buffer.concat(parts);
  }
}
