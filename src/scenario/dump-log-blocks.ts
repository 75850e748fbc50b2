// A cluster-info dump's logs.txt holds one block per container (init containers first), each between
// `==== START logs for container C of pod NS/POD ====` and the matching END line. The file is scanned once in
// chunks and each block is kept as a byte range, so a 40 MB logs.txt never sits in memory.
import { open, type FileHandle } from 'node:fs/promises';

export interface LogBlock {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  /** Where the container's output starts in the file, and how many bytes it has. */
  readonly offset: number;
  readonly size: number;
}

export interface IndexedLogFile {
  /** Blocks holding output; blocks where kubectl wrote its failed log request instead are left out. */
  readonly blocks: readonly LogBlock[];
  /** Whether the file has START lines at all (a hand-made logs.txt may be one container's plain output). */
  readonly marked: boolean;
  /** Every block from its START line to the end of its END line, error blocks too: what is not JSON in a stream. */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

const CHUNK = 1 << 20;
const START = Buffer.from('==== START logs for container ');
const START_LINE = /^==== START logs for container (\S+) of pod ([^/\s]+)\/(\S+) ====\r?$/;
// Names are DNS labels and subdomains: a longer "START line" is not one.
const MAX_START_LINE = 1024;
const NEWLINE = 0x0a;

const endMarker = (container: string, namespace: string, pod: string): Buffer =>
  Buffer.from(`==== END logs for container ${container} of pod ${namespace}/${pod} ====`);

interface OpenBlock {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  readonly offset: number;
  readonly end: Buffer;
  readonly startLine: number;
}

export async function indexLogBlocks(path: string): Promise<IndexedLogFile> {
  const handle = await open(path, 'r');
  try {
    const found: LogBlock[] = [];
    const spans: { start: number; end: number }[] = [];
    let marked = false;
    let block: OpenBlock | undefined;
    let carry = Buffer.alloc(0);
    let position = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, position);
      const eof = bytesRead === 0;
      const base = position - carry.length;
      const window = carry.length ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      position += bytesRead;
      let i = 0;
      let keep = window.length;
      for (;;) {
        if (block) {
          const at = window.indexOf(block.end, i);
          if (at === -1) {
            keep = Math.max(i, window.length - block.end.length + 1);
            break;
          }
          found.push({ namespace: block.namespace, pod: block.pod, container: block.container, offset: block.offset, size: base + at - block.offset });
          i = at + block.end.length;
          if (window[i] === 0x0d) i++;
          if (window[i] === NEWLINE) i++;
          spans.push({ start: block.startLine, end: base + i });
          block = undefined;
          continue;
        }
        const at = window.indexOf(START, i);
        if (at === -1) {
          keep = Math.max(i, window.length - START.length + 1);
          break;
        }
        const newline = window.indexOf(NEWLINE, at);
        if (newline === -1 && !eof && window.length - at < MAX_START_LINE) {
          keep = at;
          break;
        }
        const lineEnd = newline === -1 ? window.length : newline;
        const match = lineEnd - at <= MAX_START_LINE ? START_LINE.exec(window.toString('utf8', at, lineEnd)) : null;
        i = newline === -1 ? window.length : newline + 1;
        if (!match) continue;
        const [, container = '', namespace = '', pod = ''] = match;
        marked = true;
        block = { namespace, pod, container, offset: base + i, end: endMarker(container, namespace, pod), startLine: base + at };
      }
      if (eof) break;
      carry = Buffer.from(window.subarray(keep));
    }
    // A dump cut short (kubectl interrupted) leaves its last block open: it runs to the end of the file.
    if (block) {
      found.push({ namespace: block.namespace, pod: block.pod, container: block.container, offset: block.offset, size: position - block.offset });
      spans.push({ start: block.startLine, end: position });
    }
    const blocks: LogBlock[] = [];
    for (const b of found) if (!(await isRequestError(handle, b))) blocks.push(b);
    return { blocks, marked, spans };
  } finally {
    await handle.close();
  }
}

// kubectl writes its failed log request in place of the output ("Request log error: container "app" in pod
// "web" is waiting to start: ContainerCreating"): one line, which is no log of the container.
const REQUEST_ERROR = /^(Request log error|Create log request error|Error from server\b)[^\n]*\n?$/;
const MAX_ERROR = 4096;

async function isRequestError(handle: FileHandle, block: LogBlock): Promise<boolean> {
  if (block.size === 0 || block.size > MAX_ERROR) return false;
  const head = Buffer.alloc(block.size);
  const { bytesRead } = await handle.read(head, 0, block.size, block.offset);
  return REQUEST_ERROR.test(head.toString('utf8', 0, bytesRead));
}
