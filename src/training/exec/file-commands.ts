// cat, ls, cd and pwd over the fake filesystem, with BusyBox's messages, since most training images are
// busybox or alpine and trainees compare what they see with real clusters.
import { posix } from 'node:path';
import type { Builtin, ProcessIO, ShellState } from './process-io.js';

export const cat: Builtin = (args, io, shell) => {
  const files = args.filter((a) => a !== '-' && !a.startsWith('-'));
  if (files.length === 0) {
    io.out(io.stdin ?? '');
    return 0;
  }
  let status = 0;
  for (const file of files) {
    const entry = shell.fs.stat(shell.resolvePath(file));
    if (!entry) {
      io.err(`cat: can't open '${file}': No such file or directory\n`);
      status = 1;
    } else if (entry.kind === 'dir') {
      io.err('cat: read error: Is a directory\n');
      status = 1;
    } else io.out(entry.content);
  }
  return status;
};

export const ls: Builtin = (args, io, shell) => {
  const flags = args.filter((a) => a.startsWith('-') && a !== '-').join('');
  const all = flags.includes('a');
  const long = flags.includes('l');
  const targets = args.filter((a) => !a.startsWith('-') || a === '-');
  let status = 0;
  const blocks: string[] = [];
  for (const target of targets.length ? targets : ['.']) {
    const path = shell.resolvePath(target);
    const entry = shell.fs.stat(path);
    if (!entry) {
      io.err(`ls: ${target}: No such file or directory\n`);
      status = 1;
      continue;
    }
    const names = entry.kind === 'file' ? [target] : [...(all ? ['.', '..'] : []), ...shell.fs.list(path).filter((n) => all || !n.startsWith('.'))];
    const base = entry.kind === 'file' ? posix.dirname(path) : path;
    const listing = long ? names.map((n) => longLine(shell, entry.kind === 'file' ? path : posix.join(base, n), n)).join('\n') : names.join(shell.tty && io.stdin === undefined ? '  ' : '\n');
    blocks.push(targets.length > 1 && entry.kind === 'dir' ? `${target}:\n${listing}` : listing);
  }
  const text = blocks.filter((b) => b !== '').join('\n\n');
  if (text) io.out(`${text}\n`);
  return status;
};

function longLine(shell: ShellState, path: string, name: string): string {
  const entry = shell.fs.stat(path);
  const dir = entry?.kind !== 'file';
  const size = entry?.kind === 'file' ? Buffer.byteLength(entry.content) : 4096;
  const mode = dir ? 'drwxr-xr-x' : path.startsWith('/bin/') || path === shell.ctx.entrypoint?.command[0] ? '-rwxr-xr-x' : '-rw-r--r--';
  return `${mode}    ${dir ? 2 : 1} root     root     ${String(size).padStart(8)} Jan  1 00:00 ${name}`;
}

export const cd: Builtin = (args, io, shell) => {
  const target = args[0] ?? shell.vars.get('HOME') ?? '/';
  const path = shell.resolvePath(target);
  const entry = shell.fs.stat(path);
  if (entry?.kind !== 'dir') {
    io.err(`sh: cd: can't cd to ${target}: ${entry ? 'Not a directory' : 'No such file or directory'}\n`);
    return 2;
  }
  shell.cwd = path;
  shell.vars.set('PWD', path);
  return 0;
};

export const pwd: Builtin = (_args, io: ProcessIO, shell) => {
  io.out(`${shell.cwd}\n`);
  return 0;
};
