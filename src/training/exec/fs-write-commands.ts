// touch, mkdir and rm: enough to test a theory in place (create the file a liveness probe looks for, remove a
// lock file). Writes stay in this session's memory.
import type { Builtin } from './process-io.js';

export const touch: Builtin = (args, io, shell) => {
  let status = 0;
  for (const file of args.filter((a) => !a.startsWith('-'))) {
    const path = shell.resolvePath(file);
    const entry = shell.fs.stat(path);
    if (entry?.kind === 'dir') continue;
    if (shell.fs.stat(path.replace(/\/[^/]+$/, '') || '/')?.kind !== 'dir') {
      io.err(`touch: ${file}: No such file or directory\n`);
      status = 1;
    } else if (!entry) shell.fs.write(path, '');
  }
  return status;
};

export const mkdir: Builtin = (args, io, shell) => {
  const parents = args.includes('-p');
  let status = 0;
  for (const dir of args.filter((a) => !a.startsWith('-'))) {
    const path = shell.resolvePath(dir);
    const exists = shell.fs.stat(path);
    const parentOk = shell.fs.stat(path.replace(/\/[^/]+$/, '') || '/')?.kind === 'dir';
    if (exists && !parents) {
      io.err(`mkdir: can't create directory '${dir}': File exists\n`);
      status = 1;
    } else if (!parentOk && !parents) {
      io.err(`mkdir: can't create directory '${dir}': No such file or directory\n`);
      status = 1;
    } else if (!exists) shell.fs.mkdirs(path);
  }
  return status;
};

export const rm: Builtin = (args, io, shell) => {
  const force = args.some((a) => /^-[a-z]*f/.test(a));
  let status = 0;
  for (const file of args.filter((a) => !a.startsWith('-'))) {
    const path = shell.resolvePath(file);
    if (shell.fs.stat(path)?.kind === 'dir') {
      io.err(`rm: '${file}' is a directory\n`);
      status = 1;
    } else if (!shell.fs.remove(path) && !force) {
      io.err(`rm: can't remove '${file}': No such file or directory\n`);
      status = 1;
    }
  }
  return status;
};
