import { constants, createInflate } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SpdyConnection } from '../../src/training/spdy/connection.js';
import { SPDY3_DICTIONARY } from '../../src/training/spdy/dictionary.js';
import {
  FLAG_FIN,
  FrameReader,
  FrameType,
  SpdyFrameError,
  encodeControl,
  encodeData,
  encodeGoAway,
  encodePing,
  encodeRstStream,
  type Frame,
} from '../../src/training/spdy/frames.js';
import { decodeHeaderBlock, encodeHeaderBlock } from '../../src/training/spdy/header-block.js';
import { HeaderDeflater, HeaderInflater } from '../../src/training/spdy/header-compression.js';
import type { SpdyStream } from '../../src/training/spdy/stream.js';
import { GoLikeDeflater, synStream } from './spdy-test-client.js';

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the SPDY/3 header dictionary', () => {
  it('has the 1423 bytes of the draft, starting with the length-prefixed "options" and ending "enq=0."', () => {
    expect(SPDY3_DICTIONARY.length).toBe(1423);
    expect(SPDY3_DICTIONARY.subarray(0, 11)).toEqual(Buffer.from('\u0000\u0000\u0000\u0007options', 'latin1'));
    expect(SPDY3_DICTIONARY.subarray(-6).toString('latin1')).toBe('enq=0.');
    // A dictionary-primed zlib stream names its dictionary by Adler-32 in the header: kubectl 1.27's first
    // SYN_STREAM began 78 f9 e3 c6 a7 c2, so Go's dictionary sums to 0xe3c6a7c2.
    let a = 1;
    let b = 0;
    for (const byte of SPDY3_DICTIONARY) {
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
    expect(((b << 16) | a) >>> 0).toBe(0xe3c6a7c2);
  });
});

describe('SPDY frames', () => {
  it('reassembles frames split anywhere across transport chunks', () => {
    const wire = Buffer.concat([encodePing(7), encodeData(3, Buffer.from('hello'), true), encodeRstStream(5, 5)]);
    const reader = new FrameReader();
    const frames: Frame[] = [];
    for (let i = 0; i < wire.length; i += 3) frames.push(...reader.push(wire.subarray(i, i + 3)));
    expect(frames).toEqual([
      { control: true, type: FrameType.ping, flags: 0, payload: Buffer.from([0, 0, 0, 7]) },
      { control: false, streamId: 3, flags: FLAG_FIN, payload: Buffer.from('hello') },
      { control: true, type: FrameType.rstStream, flags: 0, payload: Buffer.from([0, 0, 0, 5, 0, 0, 0, 5]) },
    ]);
  });

  it('writes the control bit, version 3 and the type in the first word', () => {
    expect(encodeGoAway(9).subarray(0, 8)).toEqual(Buffer.from([0x80, 0x03, 0x00, 0x07, 0x00, 0x00, 0x00, 0x08]));
  });

  it('refuses another SPDY version and a frame larger than any kubectl sends', () => {
    const v2 = encodePing(1);
    v2[1] = 2;
    expect(() => new FrameReader().push(v2)).toThrow(SpdyFrameError);
    expect(() => new FrameReader().push(Buffer.from([0, 0, 0, 1, 0, 0x7f, 0xff, 0xff]))).toThrow(/too large/);
  });
});

describe('SPDY header blocks', () => {
  it('round-trips names in lower case and several values joined by NUL', () => {
    const block = encodeHeaderBlock({ StreamType: ['data'], port: ['80', '8080'] });
    expect(decodeHeaderBlock(block)).toEqual({ streamtype: ['data'], port: ['80', '8080'] });
  });

  it('rejects a truncated block', () => {
    expect(() => decodeHeaderBlock(encodeHeaderBlock({ port: ['80'] }).subarray(0, 10))).toThrow(SpdyFrameError);
  });

  it('inflates blocks compressed as one dictionary-primed zlib stream, block after block', async () => {
    const go = new GoLikeDeflater();
    const inflater = new HeaderInflater();
    for (const type of ['error', 'stdin', 'stdout', 'stderr']) {
      const inflated = await inflater.inflate(await go.deflate(encodeHeaderBlock({ streamtype: [type] })));
      expect(decodeHeaderBlock(inflated)).toEqual({ streamtype: [type] });
    }
    inflater.close();
  });

  it('fails on a block that is not part of the zlib stream', async () => {
    const inflater = new HeaderInflater();
    await expect(inflater.inflate(Buffer.from('not zlib at all'))).rejects.toThrow(SpdyFrameError);
    inflater.close();
  });

  it('writes each of our blocks as stored deflate ending in the empty block of a sync flush, readable by a persistent inflater', async () => {
    const deflater = new HeaderDeflater();
    const first = deflater.deflate(encodeHeaderBlock({}));
    const second = deflater.deflate(encodeHeaderBlock({ a: ['b'] }));
    expect(first.subarray(0, 2)).toEqual(Buffer.from([0x78, 0x01]));
    // Go's flate returns a block's bytes only on reaching the next block header: without this the second
    // SYN_REPLY never reaches kubectl.
    for (const block of [first, second]) expect(block.subarray(-5)).toEqual(Buffer.from([0, 0, 0, 0xff, 0xff]));
    const inflate = createInflate();
    const out: Buffer[] = [];
    for (const block of [first, second]) {
      out.push(
        await new Promise<Buffer>((resolve) => {
          inflate.write(block);
          inflate.flush(constants.Z_SYNC_FLUSH, () => resolve(inflate.read() as Buffer));
        }),
      );
    }
    expect(out.map(decodeHeaderBlock)).toEqual([{}, { a: ['b'] }]);
  });
});

describe('a SPDY connection, server side', () => {
  function connection(): { conn: SpdyConnection; sent: Frame[]; streams: SpdyStream[]; ended: () => boolean } {
    const reader = new FrameReader();
    const sent: Frame[] = [];
    const streams: SpdyStream[] = [];
    let ended = false;
    const conn = new SpdyConnection({ write: (b) => sent.push(...reader.push(b)), end: () => (ended = true) }, { stream: (s) => streams.push(s) });
    return { conn, sent, streams, ended: () => ended };
  }

  it('answers each SYN_STREAM with a SYN_REPLY, then delivers its data, including what arrived before anyone read', async () => {
    const { conn, sent, streams } = connection();
    const go = new GoLikeDeflater();
    conn.push(Buffer.concat([await synStream(go, 1, { streamtype: ['stdin'] }), encodeData(1, Buffer.from('early'))]));
    await until(() => streams.length === 1, 'the stream');
    expect(sent.filter((f) => f.control && f.type === FrameType.synReply)).toHaveLength(1);
    const got: string[] = [];
    let finished = false;
    streams[0]?.consume({ data: (c) => got.push(c.toString()), end: () => (finished = true) });
    conn.push(encodeData(1, Buffer.from(' late'), true));
    await until(() => finished, 'the FIN');
    expect(got.join('')).toBe('early late');
    expect(streams[0]?.headers).toEqual({ streamtype: ['stdin'] });
  });

  it('echoes the client’s pings and writes our data and FIN on the stream', async () => {
    const { conn, sent, streams } = connection();
    conn.push(Buffer.concat([encodePing(1), await synStream(new GoLikeDeflater(), 1, { streamtype: ['stdout'] })]));
    await until(() => streams.length === 1, 'the stream');
    streams[0]?.write('out');
    streams[0]?.end();
    expect(sent.find((f) => f.control && f.type === FrameType.ping)?.payload.readUInt32BE(0)).toBe(1);
    const data = sent.filter((f): f is Extract<Frame, { control: false }> => !f.control);
    expect(data.map((f) => [f.streamId, f.payload.toString(), f.flags])).toEqual([
      [1, 'out', 0],
      [1, '', FLAG_FIN],
    ]);
  });

  it('resets a stream whose id is even (a server id) and goes away on a malformed frame', async () => {
    const { conn, sent, streams, ended } = connection();
    conn.push(await synStream(new GoLikeDeflater(), 2, { streamtype: ['error'] }));
    await until(() => sent.length > 0, 'an answer');
    expect(sent[0]).toMatchObject({ control: true, type: FrameType.rstStream });
    expect(streams).toHaveLength(0);
    conn.push(encodeControl(FrameType.synStream, 0, Buffer.from([0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 1, 2, 3])));
    await until(ended, 'the end of the transport');
    expect(sent.at(-1)).toMatchObject({ control: true, type: FrameType.goAway });
  });
});
