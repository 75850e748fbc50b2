// tar, the part kubectl cp runs: `tar cf - PATH` to copy out of the container (an archive on stdout) and
// `tar -xmf - -C DIR` to copy in (an archive on stdin). Names lose their leading "/" as BusyBox tar says.
// Archives travel as text between the fake programs: contents are UTF-8 text files, so the bytes survive.
import { posix } from 'node:path';
import type { Builtin, ShellState } from './process-io.js';
import { packTar, TarFormatError, unpackTar, type TarEntry } from './tar-archive.js';

interface TarArgs {
  readonly mode?: 'c' | 'x' | 't';
  readonly file?: string;
  readonly dir?: string;
  readonly paths: readonly string[];
}

function parseArgs(args: readonly string[]): TarArgs | string {
  let mode: TarArgs['mode'];
  let file: string | undefined;
  let dir: string | undefined;
  const paths: string[] = [];
  const rest = [...args];
  for (let i = 0; rest.length > 0; i++) {
    const arg = rest.shift() as string;
    if (arg.startsWith('--')) continue; // --no-same-owner, --no-same-permissions: nothing to keep in memory
    // The first word may bundle its letters without a dash (`cf`), as kubectl sends it.
    if ((arg.startsWith('-') && arg.length > 1) || (i === 0 && /^[cxtvfmpzC]+$/.test(arg))) {
      for (const letter of arg.replace(/^-/, '')) {
        if (letter === 'c' || letter === 'x' || letter === 't') mode = letter;
        else if (letter === 'f') file = rest.shift();
        else if (letter === 'C') dir = rest.shift();
        else if (!'vmpoz'.includes(letter)) return `tar: invalid option -- '${letter}'`;
      }
      continue;
    }
    paths.push(arg);
  }
  return { ...(mode ? { mode } : {}), ...(file !== undefined ? { file } : {}), ...(dir !== undefined ? { dir } : {}), paths };
}

function collect(shell: ShellState, path: string, name: string, out: TarEntry[]): void {
  const entry = shell.fs.stat(path);
  if (entry?.kind === 'file') out.push({ name, kind: 'file', content: Buffer.from(entry.content, 'utf8') });
  else if (entry?.kind === 'dir') {
    out.push({ name, kind: 'dir' });
    for (const child of shell.fs.list(path)) collect(shell, posix.join(path, child), `${name}/${child}`, out);
  }
}

export const tar: Builtin = (args, io, shell) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n`);
    return 1;
  }
  if (!parsed.mode) {
    io.err("tar: need one of 'c', 'x' or 't'\n");
    return 1;
  }
  if (parsed.file !== '-') {
    io.err(`tar: can't open '${parsed.file ?? ''}': No such file or directory\n`);
    return 1;
  }
  const base = parsed.dir ? shell.resolvePath(parsed.dir) : shell.cwd;
  if (parsed.mode === 'c') {
    const entries: TarEntry[] = [];
    let status = 0;
    let warned = false;
    for (const path of parsed.paths) {
      const full = posix.resolve(base, path);
      if (!shell.fs.stat(full)) {
        io.err(`tar: ${path}: No such file or directory\n`);
        status = 1;
        continue;
      }
      if (path.startsWith('/') && !warned) {
        io.err("tar: removing leading '/' from member names\n");
        warned = true;
      }
      collect(shell, full, posix.normalize(path).replace(/^\/+/, '') || '.', entries);
    }
    io.out(packTar(entries, 0).toString('utf8'));
    return status;
  }
  let entries: TarEntry[];
  try {
    entries = unpackTar(Buffer.from(io.stdin ?? '', 'utf8'));
  } catch (e) {
    io.err(`tar: ${e instanceof TarFormatError ? e.message : 'short read'}\n`);
    return 1;
  }
  if (shell.fs.stat(base)?.kind !== 'dir') {
    io.err(`tar: can't change directory to '${parsed.dir ?? base}': No such file or directory\n`);
    return 1;
  }
  for (const entry of entries) {
    const path = posix.resolve(base, entry.name);
    if (parsed.mode === 't') io.out(`${entry.name}\n`);
    else if (entry.kind === 'dir') shell.fs.mkdirs(path);
    else shell.fs.write(path, entry.content.toString('utf8'));
  }
  return 0;
};

/** Whether this command line reads an archive from stdin, so the session must collect stdin before running it. */
export const readsArchiveFromStdin = (argv: readonly string[]): boolean => {
  if (posix.basename(argv[0] ?? '') !== 'tar') return false;
  const parsed = parseArgs(argv.slice(1));
  return typeof parsed !== 'string' && (parsed.mode === 'x' || parsed.mode === 't') && parsed.file === '-';
};
