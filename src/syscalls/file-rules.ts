// Files a process could not open, create or change: missing (ENOENT), denied (EACCES/EPERM), read-only (EROFS).
import { isLoaderNoise } from './loader-noise.js';
import { said } from './said.js';
import { firstPath } from './strace-string.js';
import type { SyscallFinding, SyscallRecord } from './types.js';

const FILE_CALLS = new Set([
  'open', 'openat', 'openat2', 'creat', 'mkdir', 'mkdirat', 'unlink', 'unlinkat', 'rename', 'renameat', 'renameat2',
  'truncate', 'chmod', 'fchmodat', 'chown', 'fchownat', 'lchown', 'symlink', 'symlinkat', 'link', 'linkat',
  'stat', 'lstat', 'newfstatat', 'statx', 'access', 'faccessat', 'faccessat2', 'readlink', 'readlinkat', 'utimensat',
  'mknod', 'mknodat', 'rmdir', 'chdir', 'statfs',
]);
// stat/access only ask whether a file is there: programs probe optional files this way all the time,
// so a missing one is reported only when the process opened nothing else after it (see decisive()).
const PROBES = new Set(['stat', 'lstat', 'newfstatat', 'statx', 'access', 'faccessat', 'faccessat2', 'readlink', 'readlinkat']);

export function fileFinding(call: SyscallRecord): SyscallFinding | undefined {
  if (!FILE_CALLS.has(call.name) || !call.errno) return undefined;
  const path = firstPath(call.name.endsWith('at') || call.name.endsWith('at2') ? call.args.replace(/^[^,]*,\s*/, '') : call.args)
    ?? firstPath(call.args);
  if (path === undefined || path === '' || isLoaderNoise(path)) return undefined;
  const base = { quote: call.text, line: call.line, pid: call.pid };
  const facts = { syscall: call.name, path, errno: call.errno, probe: PROBES.has(call.name) ? 1 : 0 };
  const values = { syscall: call.name, path, errno: call.errno };
  if (call.errno === 'ENOENT') {
    return { ...base, kind: 'file-missing', cause: 'bad-config', facts,
      ...said('syscalls.file.missing', values) };
  }
  if (call.errno === 'EACCES' || call.errno === 'EPERM') {
    return { ...base, kind: 'file-denied', cause: 'permission-denied', facts,
      ...said('syscalls.file.denied', values) };
  }
  if (call.errno === 'EROFS') {
    return { ...base, kind: 'read-only-fs', cause: 'read-only-fs', facts,
      ...said('syscalls.file.readOnly', values) };
  }
  return undefined;
}
