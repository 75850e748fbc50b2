// Redirections of one command: `>`, `>>` and `2>` write into the fake filesystem once the command ends, `<`
// feeds a file as stdin, `2>&1` and `>&2` swap the sinks. /dev/null swallows writes.
import type { FakeShell } from './fake-shell.js';
import type { ProcessIO } from './process-io.js';
import { expandWord, type SimpleCommand } from './shell-parse.js';

export function applyRedirects(shell: FakeShell, command: SimpleCommand, io: ProcessIO, lookup: (n: string) => string | undefined): { io: ProcessIO; finish: () => void } | number {
  let { stdin, out, err } = io;
  const writes: (() => void)[] = [];
  for (const r of command.redirects) {
    if (r.mode === 'dup') {
      if (r.fd === 2) err = out;
      else out = err;
      continue;
    }
    const target = expandWord(r.target, lookup, shell.user.home)?.text ?? '';
    const path = shell.resolvePath(target);
    if (r.mode === 'read') {
      const entry = shell.fs.stat(path);
      if (entry?.kind !== 'file') {
        io.err(`sh: can't open '${target}': No such file or directory\n`);
        return 1;
      }
      stdin = entry.content;
      continue;
    }
    let collected = '';
    const sink = (t: string): void => void (collected += t);
    if (r.fd === 1) out = sink;
    else err = sink;
    writes.push(() => shell.fs.write(path, collected, r.mode === 'append'));
  }
  return { io: { stdin, out, err, signal: io.signal }, finish: () => writes.forEach((w) => w()) };
}
