// The end of a log file, read backwards in chunks so a 40 MB log costs at most `limitBytes` of memory.
// Bytes are returned as written: escapes and invalid UTF-8 are the sanitiser's job, at output time.
import { userError } from '../i18n/user-error.js';
import { open } from 'node:fs/promises';
import { displayPath } from './file-error.js';
import type { ScenarioLog } from '../contracts/scenario.js';

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

export interface LogReadOptions {
  /** Keep only the last N lines (a trailing newline does not start a line). */
  readonly tailLines?: number;
  /** Never read more than this many bytes, counted from the end of the file. */
  readonly limitBytes?: number;
}

/** `cutBytes`: bytes of the wanted lines left out because together they exceed limitBytes (the newest are kept). */
export async function readScenarioLog(log: ScenarioLog, opts: LogReadOptions = {}): Promise<{ bytes: Buffer; truncated: boolean; cutBytes?: number }> {
  const handle = await open(log.path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw userError('fail.scenario.logUnreadable', { path: displayPath(log.path), why: error.code ?? error.message });
  });
  try {
    // A block of a bigger file is read as if it were the file: [start, size) in file coordinates.
    const start = log.offset ?? 0;
    const fileSize = (await handle.stat()).size;
    const size = log.offset === undefined ? fileSize : Math.min(fileSize, start + log.size);
    const floor = Math.max(start, opts.limitBytes === undefined ? 0 : size - Math.max(0, Math.floor(opts.limitBytes)));
    const wanted = opts.tailLines === undefined ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(opts.tailLines));
    if (wanted === 0) return { bytes: Buffer.alloc(0), truncated: size > start };
    const chunks: Buffer[] = [];
    let begin = floor;
    let newlines = 0;
    let end = size;
    let enoughLines = false;
    scan: while (end > floor) {
      const from = Math.max(floor, end - CHUNK);
      const chunk = Buffer.alloc(end - from);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, from);
      const data = bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead);
      chunks.push(data);
      // The newline that ends the log closes the last line; it does not separate two lines.
      let at = from + data.length - 1 === size - 1 ? data.length - 2 : data.length - 1;
      while (at >= 0) {
        const newline = data.lastIndexOf(NEWLINE, at);
        if (newline === -1) break;
        if (++newlines === wanted) {
          enoughLines = true;
          begin = from + newline + 1;
          break scan;
        }
        at = newline - 1;
      }
      end = from;
    }
    const all = Buffer.concat(chunks.reverse());
    const skip = begin - (size - all.length);
    const cutBytes = !enoughLines && floor > start ? floor - start : 0;
    return { bytes: skip > 0 ? all.subarray(skip) : all, truncated: begin > start, ...(cutBytes > 0 ? { cutBytes } : {}) };
  } finally {
    await handle.close();
  }
}
