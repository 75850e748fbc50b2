// `test` and `[`, for the one-liners people check a probe's condition with: [ -f /tmp/healthy ] && echo ok.
import type { Builtin, ShellState } from './process-io.js';

function evaluate(args: readonly string[], shell: ShellState): boolean {
  if (args[0] === '!') return !evaluate(args.slice(1), shell);
  if (args.length === 0) return false;
  if (args.length === 1) return args[0] !== '';
  if (args.length === 2) {
    const [op, value = ''] = args;
    const entry = () => shell.fs.stat(shell.resolvePath(value));
    switch (op) {
      case '-z': return value === '';
      case '-n': return value !== '';
      case '-e': return entry() !== undefined;
      case '-f': return entry()?.kind === 'file';
      case '-d': return entry()?.kind === 'dir';
      case '-s': { const e = entry(); return e?.kind === 'file' && e.content !== ''; }
      case '-r': case '-x': case '-w': return entry() !== undefined;
      default: throw new Error(`${op}: unary operator expected`);
    }
  }
  const [a = '', op, b = ''] = args;
  const num = (s: string): number => {
    if (!/^-?\d+$/.test(s)) throw new Error(`${s}: integer expected`);
    return Number(s);
  };
  switch (op) {
    case '=': case '==': return a === b;
    case '!=': return a !== b;
    case '-eq': return num(a) === num(b);
    case '-ne': return num(a) !== num(b);
    case '-gt': return num(a) > num(b);
    case '-ge': return num(a) >= num(b);
    case '-lt': return num(a) < num(b);
    case '-le': return num(a) <= num(b);
    default: throw new Error(`${op ?? ''}: binary operator expected`);
  }
}

export const test: Builtin = (args, io, shell) => {
  try {
    return evaluate(args, shell) ? 0 : 1;
  } catch (e) {
    io.err(`sh: ${(e as Error).message}\n`);
    return 2;
  }
};

export const bracket: Builtin = (args, io, shell) => {
  if (args[args.length - 1] !== ']') {
    io.err('sh: [: missing ]\n');
    return 2;
  }
  return test(args.slice(0, -1), io, shell);
};
