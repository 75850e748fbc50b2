// Reading a file of a scenario or dump tree, which strangers write: a symbolic link may not lead outside the
// tree (the training cluster would serve /etc/passwd as a log over its unauthenticated port), and an object
// file is read whole only under a size limit (a 300 MB file ended in a V8 heap abort).
import { readFile, realpath, stat } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import { fileError } from './file-error.js';

/** YAML and JSON are parsed whole; 32 MiB of JSON is ~1 GB of parsed objects already. */
export const MAX_OBJECT_FILE_BYTES = 32 << 20;

// A string, not a number: ICU would group the digits (1,024) where the message always said 1024.
const mib = (n: number): string => String(Math.round(n / (1 << 20)));

/** Refuses a path whose real location (links resolved) is outside `root`. */
export async function checkInside(root: string, path: string): Promise<void> {
  const [realRoot, real] = await Promise.all([realpath(root), realpath(path).catch(() => path)]);
  const rel = relative(realRoot, real);
  if (rel.startsWith('..') || isAbsolute(rel)) throw fileError(path, undefined, 'scenario.file.linkOutside', { target: real });
}

/** What a directory entry really is once a link (inside the tree) is followed. */
export async function entryKind(root: string, path: string): Promise<'file' | 'dir' | 'other'> {
  await checkInside(root, path);
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? 'file' : info?.isDirectory() ? 'dir' : 'other';
}

/** An object or scenario.yaml file, checked for links and size before it is read. */
export async function readObjectText(root: string, path: string): Promise<string> {
  await checkInside(root, path);
  const { size } = await stat(path);
  checkObjectSize(path, size);
  return readFile(path, 'utf8');
}

export function checkObjectSize(path: string, size: number): void {
  if (size > MAX_OBJECT_FILE_BYTES) {
    throw fileError(path, undefined, 'scenario.file.tooLarge', { size: mib(size), limit: mib(MAX_OBJECT_FILE_BYTES) });
  }
}
