// The SPDY/3 name/value header block before compression (section 2.6.10): a 32-bit pair count, then each name and
// value as a 32-bit length and bytes. Names are lower case; several values of one name are joined by NUL.

import { SpdyFrameError } from './frames.js';

export type SpdyHeaders = Readonly<Record<string, readonly string[]>>;

// kubectl sends a handful of short headers; a block this large is not a header block.
const MAX_PAIRS = 1024;

export function encodeHeaderBlock(headers: SpdyHeaders): Buffer {
  const parts: Buffer[] = [];
  const entries = Object.entries(headers);
  const count = Buffer.alloc(4);
  count.writeUInt32BE(entries.length, 0);
  parts.push(count);
  for (const [name, values] of entries) {
    for (const text of [name.toLowerCase(), values.join('\0')]) {
      const bytes = Buffer.from(text, 'utf8');
      const len = Buffer.alloc(4);
      len.writeUInt32BE(bytes.length, 0);
      parts.push(len, bytes);
    }
  }
  return Buffer.concat(parts);
}

export function decodeHeaderBlock(block: Buffer): SpdyHeaders {
  let offset = 0;
  const take = (): Buffer => {
    if (offset + 4 > block.length) throw new SpdyFrameError('header block is truncated');
    const len = block.readUInt32BE(offset);
    offset += 4;
    if (offset + len > block.length) throw new SpdyFrameError('header block is truncated');
    const bytes = block.subarray(offset, offset + len);
    offset += len;
    return bytes;
  };
  if (block.length < 4) throw new SpdyFrameError('header block is truncated');
  const pairs = block.readUInt32BE(0);
  offset = 4;
  if (pairs > MAX_PAIRS) throw new SpdyFrameError(`header block claims ${pairs} pairs`);
  const headers: Record<string, string[]> = {};
  for (let i = 0; i < pairs; i++) {
    const name = take().toString('utf8').toLowerCase();
    const values = take().toString('utf8').split('\0');
    headers[name] = [...(headers[name] ?? []), ...values];
  }
  return headers;
}

/** The first value of a header, the way Go's http.Header.Get reads it. */
export const headerValue = (headers: SpdyHeaders, name: string): string | undefined => headers[name.toLowerCase()]?.[0];
