// `kubectl cluster-info dump > FILE` (no --output-directory): one stream of JSON lists with each pod's log
// blocks between them. The blocks stay byte ranges of the file; only the JSON between them is read.
import { open } from 'node:fs/promises';
import { checkObjectSize } from './scenario-file.js';
import { basename, extname } from 'node:path';
import { indexLogBlocks } from './dump-log-blocks.js';
import { checkDuplicates } from './load-scenario-dir.js';
import { checkLogOwners } from './log-files.js';
import { readObjectFile, type LocatedObject } from './object-file.js';
import { splitJsonDocuments } from './json-documents.js';
import { newestTimestamp } from './recorded-at.js';
import type { Scenario, ScenarioLog } from '../contracts/scenario.js';

/** Whether a file opens like a dump printed to stdout: a JSON object first. */
export async function isDumpStream(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /^\uFEFF?\s*\{/.test(head.toString('utf8', 0, bytesRead));
  } finally {
    await handle.close();
  }
}

export async function loadDumpStream(path: string): Promise<Scenario> {
  const { blocks, spans } = await indexLogBlocks(path);
  const located: LocatedObject[] = [];
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    let from = 0;
    for (const gap of [...spans.map((s) => ({ end: s.start, next: s.end })), { end: size, next: size }]) {
      if (gap.end > from) {
        // The objects between log blocks are parsed whole: bounded like any object file.
        checkObjectSize(path, gap.end - from);
        const bytes = Buffer.alloc(gap.end - from);
        await handle.read(bytes, 0, bytes.length, from);
        const text = bytes.toString('utf8');
        const start = from;
        for (const doc of splitJsonDocuments(text)) located.push(...(await readDocument(path, doc.text, () => start + Buffer.byteLength(text.slice(0, doc.at)))));
      }
      from = gap.next;
    }
  } finally {
    await handle.close();
  }
  checkDuplicates(located);
  const objects = located.map((l) => l.object);
  const logs: ScenarioLog[] = blocks.map((b) => ({ namespace: b.namespace, pod: b.pod, container: b.container, previous: false, path, size: b.size, offset: b.offset }));
  checkLogOwners(logs, objects);
  return { name: basename(path, extname(path)), dir: path, meta: {}, objects, logs, recordedAt: newestTimestamp(objects) ?? Date.now() };
}

// Line numbers count from the top of the file; they are worked out only when a list is malformed.
async function readDocument(path: string, text: string, offset: () => number): Promise<LocatedObject[]> {
  try {
    return readObjectFile(path, text, undefined, true);
  } catch {
    const lines = await newlinesBefore(path, offset());
    return readObjectFile(path, '\n'.repeat(lines) + text, undefined, true);
  }
}

async function newlinesBefore(path: string, offset: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    let count = 0;
    const chunk = Buffer.alloc(1 << 20);
    for (let at = 0; at < offset; ) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, offset - at), at);
      if (bytesRead === 0) break;
      for (let i = chunk.indexOf(0x0a); i !== -1 && i < bytesRead; i = chunk.indexOf(0x0a, i + 1)) count++;
      at += bytesRead;
    }
    return count;
  } finally {
    await handle.close();
  }
}
