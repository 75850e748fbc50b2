// grep, head, tail and wc, the filters people pipe `env`, `cat` and `ps` into. They read their files from the
// fake filesystem, or stdin from the pipe.
import type { Builtin, ProcessIO, ShellState } from './process-io.js';

function inputOf(files: readonly string[], io: ProcessIO, shell: ShellState, name: string): string | undefined {
  if (files.length === 0) return io.stdin ?? '';
  let text = '';
  for (const file of files) {
    const entry = shell.fs.stat(shell.resolvePath(file));
    if (entry?.kind !== 'file') {
      io.err(`${name}: ${file}: ${entry ? 'Is a directory' : 'No such file or directory'}\n`);
      return undefined;
    }
    text += entry.content;
  }
  return text;
}

const linesOf = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

export const grep: Builtin = (args, io, shell) => {
  const flags = args.filter((a) => /^-[ivc]+$/.test(a)).join('');
  const [pattern, ...files] = args.filter((a) => !/^-[ivc]+$/.test(a));
  if (pattern === undefined) {
    io.err('Usage: grep [-ivc] PATTERN [FILE]...\n');
    return 2;
  }
  const text = inputOf(files, io, shell, 'grep');
  if (text === undefined) return 2;
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags.includes('i') ? 'i' : '');
  } catch {
    re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags.includes('i') ? 'i' : '');
  }
  const hits = linesOf(text).filter((line) => re.test(line) !== flags.includes('v'));
  io.out(flags.includes('c') ? `${hits.length}\n` : hits.map((l) => `${l}\n`).join(''));
  return hits.length ? 0 : 1;
};

function countArg(args: readonly string[]): { count: number; files: string[] } {
  const files: string[] = [];
  let count = 10;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-n') count = Number(args[++i]);
    else if (/^-n?\d+$/.test(a)) count = Number(a.replace(/^-n?/, ''));
    else files.push(a);
  }
  return { count: Number.isFinite(count) ? count : 10, files };
}

export const head: Builtin = (args, io, shell) => {
  const { count, files } = countArg(args);
  const text = inputOf(files, io, shell, 'head');
  if (text === undefined) return 1;
  io.out(linesOf(text).slice(0, count).map((l) => `${l}\n`).join(''));
  return 0;
};

export const tail: Builtin = (args, io, shell) => {
  const { count, files } = countArg(args);
  const text = inputOf(files, io, shell, 'tail');
  if (text === undefined) return 1;
  io.out(linesOf(text).slice(-count).map((l) => `${l}\n`).join(''));
  return 0;
};

export const wc: Builtin = (args, io, shell) => {
  const files = args.filter((a) => !a.startsWith('-'));
  const text = inputOf(files, io, shell, 'wc');
  if (text === undefined) return 1;
  const lines = (text.match(/\n/g) ?? []).length;
  const words = text.split(/\s+/).filter(Boolean).length;
  const flags = args.filter((a) => a.startsWith('-')).join('');
  const parts = flags ? [flags.includes('l') ? lines : undefined, flags.includes('w') ? words : undefined, flags.includes('c') ? Buffer.byteLength(text) : undefined] : [lines, words, Buffer.byteLength(text)];
  io.out(`${parts.filter((p) => p !== undefined).map((p) => String(p).padStart(7)).join(' ')}${files.length ? ` ${files.join(' ')}` : ''}\n`);
  return 0;
};
