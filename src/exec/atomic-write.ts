// Writing a file the user asked for (a kubeconfig, a saved report) so that a failure never leaves a half or
// empty file behind (a full disk left 0-byte files): write a temporary file beside it, then rename it into
// place. A symbolic link at the path is never followed, and an existing file is kept unless overwriting is asked.
import { userError } from '../i18n/user-error.js';
import { constants } from 'node:fs';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

export interface AtomicWriteOptions {
  /** Replace an existing regular file (never a symbolic link). */
  readonly overwrite: boolean;
  readonly mode?: number;
  /** What the file is, for errors: "the kubeconfig", "the report". */
  readonly what: string;
  /** Hint appended when the file exists and overwrite is false. */
  readonly existsHint?: string;
}

/** The file operations used, replaceable in tests (a full disk cannot be arranged on demand). */
export interface WriteIo {
  readonly writeNew: (path: string, text: string, mode: number) => Promise<void>;
}

const realIo: WriteIo = {
  async writeNew(path, text, mode) {
    // O_EXCL|O_NOFOLLOW: the temporary name cannot be a link planted by someone else.
    const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

export async function writeFileAtomic(path: string, text: string, options: AtomicWriteOptions, io: WriteIo = realIo): Promise<void> {
  const existing = await lstat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw failure(path, options.what, err);
  });
  if (existing?.isSymbolicLink()) throw userError('fail.write.symlink', { what: options.what, path });
  if (existing?.isDirectory()) throw userError('fail.write.directory', { what: options.what, path });
  if (existing && !options.overwrite) throw new UserError(`refusing to overwrite ${path}: the file exists${options.existsHint ? ` (${options.existsHint})` : ''}`);

  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await io.writeNew(temp, text, options.mode ?? 0o644);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw failure(path, options.what, err as NodeJS.ErrnoException);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  EISDIR: 'it is a directory',
};

function failure(path: string, what: string, err: NodeJS.ErrnoException): UserError {
  return new UserError(`cannot write ${what} to ${path}: ${REASONS[err.code ?? ''] ?? err.message}`);
}
