// Where each container's current and previous output lives: a scenario's log file (read bounded, never whole)
// or bytes the simulated kubelet or the synthetic generator produced.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** A file, or the `size` bytes of it from `offset` (one container's block of a cluster-info dump's logs.txt). */
export type LogSource = ({ readonly path: string; readonly size: number; readonly offset?: number } | { readonly data: Buffer }) & { readonly clock?: LogClock };

/**
 * When the text was written, against the cluster's clock: the timestamps inside it move by `shiftMs` (the
 * scenario's recorded-to-now shift), plus however much later than `runStart` (the run that wrote it, on the
 * cluster's clock) the run being shown started, so a crash loop's repeated output carries each run's own times.
 */
export interface LogClock {
  readonly shiftMs: number;
  readonly runStart?: number;
  /** When that run finished (cluster clock): a shorter rerun (the kubelet under --speed) squeezes the times to fit. */
  readonly runEnd?: number;
}

interface ContainerLogs {
  current?: LogSource;
  previous?: LogSource;
}

const key = (ns: string, pod: string, container: string): string => `${ns}/${pod}/${container}`;

export class LogBook {
  private readonly logs = new Map<string, ContainerLogs>();

  get(ns: string, pod: string, container: string): Readonly<ContainerLogs> | undefined {
    return this.logs.get(key(ns, pod, container));
  }

  set(ns: string, pod: string, container: string, which: 'current' | 'previous', source: LogSource): void {
    const k = key(ns, pod, container);
    const entry = this.logs.get(k) ?? {};
    entry[which] = source;
    this.logs.set(k, entry);
  }

  /** A new run of a crashing container writes what its previous run wrote; that run becomes the previous one. */
  restarted(ns: string, pod: string, container: string, run: LogSource | undefined): void {
    const k = key(ns, pod, container);
    const entry = this.logs.get(k) ?? {};
    if (run) {
      entry.previous = run;
      entry.current = run;
    } else {
      entry.previous = entry.current;
      delete entry.current;
    }
    this.logs.set(k, entry);
  }

  forgetPod(ns: string, pod: string): void {
    const prefix = `${ns}/${pod}/`;
    for (const k of this.logs.keys()) if (k.startsWith(prefix)) this.logs.delete(k);
  }
}

const CHUNK = 64 * 1024;
/** Upper bound on what one request holds in memory when it needs whole lines (tail, timestamps). */
export const MAX_BUFFERED = 32 * 1024 * 1024;

async function readRange(path: string, start: number, length: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, start);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The last `lines` lines (a final line without a newline counts), reading the file backwards in chunks. */
async function tailOfFile(path: string, offset: number, size: number, lines: number): Promise<Buffer> {
  let pos = size;
  let chunks: Buffer[] = [];
  let newlines = 0;
  let total = 0;
  let endsWithNewline: boolean | undefined;
  while (pos > 0 && total < MAX_BUFFERED) {
    const len = Math.min(CHUNK, pos);
    pos -= len;
    const chunk = await readRange(path, offset + pos, len);
    if (endsWithNewline === undefined) endsWithNewline = chunk[chunk.length - 1] === 0x0a;
    chunks = [chunk, ...chunks];
    total += chunk.length;
    for (const b of chunk) if (b === 0x0a) newlines++;
    if (newlines > lines + (endsWithNewline ? 1 : 0)) break;
  }
  return tailOfBuffer(Buffer.concat(chunks), lines);
}

export function tailOfBuffer(buf: Buffer, lines: number): Buffer {
  if (lines <= 0) return Buffer.alloc(0);
  let end = buf.length;
  if (end > 0 && buf[end - 1] === 0x0a) end--;
  let count = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (buf[i] === 0x0a && ++count === lines) return buf.subarray(i + 1);
  }
  return buf;
}

/** Bytes of a source, whole or its last `tailLines` lines, never more than `cap`. */
export async function readSource(source: LogSource, tailLines: number | undefined, cap: number): Promise<Buffer> {
  if ('data' in source) {
    const b = tailLines === undefined ? source.data : tailOfBuffer(source.data, tailLines);
    return b.subarray(0, cap);
  }
  const offset = source.offset ?? 0;
  if (tailLines !== undefined) return (await tailOfFile(source.path, offset, source.size, tailLines)).subarray(0, cap);
  return readRange(source.path, offset, Math.min(cap, source.size));
}

/** A stream over a source's first `limit` bytes, for plain requests of big files. */
export function streamSource(source: LogSource, limit: number): Readable | Buffer {
  if ('data' in source) return source.data.subarray(0, limit);
  const offset = source.offset ?? 0;
  // An empty range has no valid inclusive end; createReadStream would read one byte past it.
  if (Math.min(limit, source.size) <= 0) return Buffer.alloc(0);
  return createReadStream(source.path, { start: offset, end: offset + Math.max(0, Math.min(limit, source.size) - 1) });
}

export const sourceSize = (source: LogSource): number => ('data' in source ? source.data.length : source.size);
