// Reading a file the user named without trusting its size: `--kubeconfig /dev/zero` (or a FIFO that never
// ends) must fail fast with the file named, not read until memory runs out. Pipes still work.
import { closeSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.js';
import { userError } from '../i18n/user-error.js';

/** A kubeconfig is a few KB; cloud ones with embedded certificates stay well under 1 MB. */
export const MAX_KUBECONFIG_BYTES = 4 << 20;

export function readBoundedText(file: string, maxBytes: number, what: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw unreadable(what, file, err);
  }
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 << 10);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      size += n;
      if (size > maxBytes) throw what === 'kubeconfig' ? userError('fail.kubeconfig.tooLarge', { file, mib: maxBytes >> 20 }) : new UserError(`${what} ${file} is larger than ${maxBytes >> 20} MiB: refused (is it the right file?)`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, size).toString('utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw unreadable(what, file, err);
  } finally {
    closeSync(fd);
  }
}

function unreadable(what: string, file: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code ?? String(err);
  return what === 'kubeconfig' ? userError('fail.kubeconfig.unreadable', { file, code }) : new UserError(`cannot read ${what} ${file}: ${code}`);
}
