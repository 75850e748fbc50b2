// A line-oriented sh for training sessions: runs command lines over the fake filesystem and environment, and
// plays the container's original entrypoint (its log and exit code) when the trainee starts it by hand.
// Nothing reaches the host: every command is a function in this folder.
import { posix } from 'node:path';
import { parseContainerUser, type ContainerUser } from './container-user.js';
import { FakeFs } from './fake-fs.js';
import { mkdir, rm, touch } from './fs-write-commands.js';
import { cat, cd, ls, pwd } from './file-commands.js';
import { echo, env, exit, exportCommand, falseCommand, hostname, id, printenv, ps, sleep, trueCommand, uname, unset, which, whoami } from './info-commands.js';
import { capturingIO, type Builtin, type ProcessIO, type ShellState } from './process-io.js';
import { expandWord, parseLine, ShellSyntaxError, type SimpleCommand } from './shell-parse.js';
import { applyRedirects } from './redirects.js';
import { bracket, test } from './test-command.js';
import { strace } from './strace-command.js';
import { tar } from './tar-command.js';
import { grep, head, tail, wc } from './text-commands.js';
import type { ContainerContext } from './types.js';

const BUILTINS: Readonly<Record<string, Builtin>> = {
  '[': bracket, cat, cd, echo, env, exit, export: exportCommand, false: falseCommand, grep, head, hostname, id, ls, mkdir, printenv,
  ps, pwd, rm, sleep, strace, tail, tar, test, touch, true: trueCommand, uname, unset, wc, which, whoami,
};
const SHELL_ONLY = new Set(['cd', 'exit', 'export', 'unset']);
const BIN_DIRS = new Set(['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin', '/busybox']);

/** Shells the image has: BusyBox-based images have no bash. */
export function shellNames(ctx: ContainerContext): string[] {
  if (!ctx.hasShell) return [];
  return /busybox|alpine/i.test(ctx.image) ? ['sh', 'ash'] : ['sh', 'ash', 'bash'];
}

export class FakeShell implements ShellState {
  cwd: string;
  readonly vars: Map<string, string>;
  readonly fs: FakeFs;
  readonly user: ContainerUser;
  exitCode?: number;
  lastStatus = 0;
  nesting = 0;

  constructor(
    readonly ctx: ContainerContext,
    readonly tty: boolean,
    fs?: FakeFs,
  ) {
    this.user = parseContainerUser(ctx.user);
    const binaries = ctx.hasShell ? [...Object.keys(BUILTINS).filter((b) => !SHELL_ONLY.has(b)), ...shellNames(ctx)] : [];
    this.fs = fs ?? new FakeFs(ctx, this.user, [...binaries, ...(ctx.entrypoint?.command.slice(0, 1).filter((c) => c.startsWith('/')) ?? [])]);
    this.cwd = ctx.workingDir ? posix.resolve('/', ctx.workingDir) : '/';
    this.vars = new Map([
      ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      ['HOSTNAME', ctx.podName],
      ['HOME', this.user.home],
      ...(tty ? [['TERM', 'xterm']] as const : []),
      ['KUBERNETES_SERVICE_HOST', '10.96.0.1'],
      ['KUBERNETES_SERVICE_PORT', '443'],
      ['KUBERNETES_PORT', 'tcp://10.96.0.1:443'],
      ...Object.entries(ctx.env),
    ]);
  }

  /** A child for `sh -c`: same files, a copy of the variables and directory, its own `exit`. */
  fork(): FakeShell {
    const child = new FakeShell(this.ctx, this.tty, this.fs);
    child.cwd = this.cwd;
    child.vars.clear();
    for (const [k, v] of this.vars) child.vars.set(k, v);
    return child;
  }

  prompt(): string {
    return this.user.uid === 0 ? `${this.cwd} # ` : '$ ';
  }

  resolvePath(path: string): string {
    return posix.resolve(this.cwd, path);
  }

  commandPath(name: string): string | undefined {
    if (name.includes('/')) return this.fs.stat(this.resolvePath(name))?.kind === 'file' ? this.resolvePath(name) : undefined;
    const entry = this.ctx.entrypoint?.command[0];
    if (entry && posix.basename(entry) === name) return entry.startsWith('/') ? entry : `/usr/local/bin/${entry}`;
    if (this.ctx.hasShell && ((BUILTINS[name] && !SHELL_ONLY.has(name)) || shellNames(this.ctx).includes(name))) return `/bin/${name}`;
    return undefined;
  }

  /** Runs a script (one or more lines) until it ends or calls `exit`; returns the last status. */
  async runScript(text: string, io: ProcessIO): Promise<number> {
    for (const line of text.split('\n')) {
      await this.runLine(line, io);
      if (this.exitCode !== undefined) return this.exitCode;
    }
    return this.lastStatus;
  }

  async runLine(line: string, io: ProcessIO): Promise<number> {
    let items;
    try {
      items = parseLine(line);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      io.err(`sh: ${e.message}\n`);
      return (this.lastStatus = 2);
    }
    let skip = false;
    for (const item of items) {
      if (!skip) {
        let stdin: string | undefined;
        for (const [i, command] of item.pipeline.entries()) {
          const last = i === item.pipeline.length - 1;
          const capture = last ? undefined : capturingIO(io, stdin);
          this.lastStatus = await this.runCommand(command, capture?.io ?? { ...io, stdin }, i > 0);
          stdin = capture?.text();
        }
        if (this.exitCode !== undefined || io.signal.aborted) break;
      }
      skip = (item.then === '&&' && this.lastStatus !== 0) || (item.then === '||' && this.lastStatus === 0);
    }
    return this.lastStatus;
  }

  private async runCommand(command: SimpleCommand, io: ProcessIO, piped: boolean): Promise<number> {
    const lookup = (name: string): string | undefined => (name === '?' ? String(this.lastStatus) : name === '$' ? '7' : name === '0' ? 'sh' : this.vars.get(name));
    const argv: string[] = [];
    for (const raw of command.words) {
      const word = expandWord(raw, lookup, this.user.home);
      if (word) argv.push(...(word.glob ? this.glob(word.text) : [word.text]));
    }
    const assignments: [string, string][] = [];
    while (argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0] as string)) {
      const a = argv.shift() as string;
      assignments.push([a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
    }
    if (argv.length === 0) {
      for (const [k, v] of assignments) this.vars.set(k, v);
      return 0;
    }
    const redirected = applyRedirects(this, command, io, lookup);
    if (typeof redirected === 'number') return redirected;
    const saved = assignments.map(([k]) => [k, this.vars.get(k)] as const);
    for (const [k, v] of assignments) this.vars.set(k, v);
    try {
      return await this.runProgram(argv, redirected.io, piped);
    } finally {
      for (const [k, v] of saved) v === undefined ? this.vars.delete(k) : this.vars.set(k, v);
      redirected.finish();
    }
  }

  /** Finds and runs one program the way sh would: the entrypoint, a shell, a builtin, or "not found". */
  async runProgram(argv: readonly string[], io: ProcessIO, piped = false): Promise<number> {
    const [name = '', ...args] = argv;
    const base = posix.basename(name);
    const entrypoint = this.ctx.entrypoint;
    if (entrypoint && isEntrypoint(argv, entrypoint.command, this.commandPath(base) === entrypoint.command[0] || name === entrypoint.command[0])) {
      io.out(entrypoint.log);
      if (entrypoint.exitCode === 137) io.err('Killed\n');
      return entrypoint.exitCode;
    }
    const inBinDir = !name.includes('/') || BIN_DIRS.has(posix.dirname(name));
    if (inBinDir && shellNames(this.ctx).includes(base)) return this.runShell(args, io, piped);
    const builtin = BUILTINS[base];
    if (builtin && (inBinDir || SHELL_ONLY.has(name))) return builtin(args, io, this);
    if (name.includes('/') && this.fs.stat(this.resolvePath(name))) {
      io.err(`sh: ${name}: Permission denied\n`);
      return 126;
    }
    io.err(`sh: ${name}: not found\n`);
    return 127;
  }

  private async runShell(args: readonly string[], io: ProcessIO, piped: boolean): Promise<number> {
    const child = this.fork();
    if (args[0] === '-c') return args[1] === undefined ? (io.err('sh: -c requires an argument\n'), 2) : child.runScript(args[1], io);
    if (args[0] !== undefined) {
      const file = this.fs.stat(this.resolvePath(args[0]));
      if (file?.kind !== 'file') {
        io.err(`sh: can't open '${args[0]}': No such file or directory\n`);
        return 2;
      }
      return child.runScript(file.content, io);
    }
    if (piped || io.stdin !== undefined) return child.runScript(io.stdin ?? '', io);
    this.nesting++;
    return 0;
  }

  private glob(pattern: string): string[] {
    const dir = posix.dirname(pattern);
    const re = new RegExp(`^${posix.basename(pattern).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    const matches = this.fs.list(this.resolvePath(dir)).filter((n) => re.test(n) && !n.startsWith('.'));
    return matches.length ? matches.map((n) => (dir === '.' && !pattern.startsWith('./') ? n : posix.join(dir, n))) : [pattern];
  }
}

function isEntrypoint(argv: readonly string[], command: readonly string[], sameBinary: boolean): boolean {
  if (command.length === 0) return false;
  if (argv.length === command.length && argv.every((a, i) => a === command[i])) return true;
  // A shell or a builtin as the entrypoint (`sh -c "…"`, `sleep 5`) is only the entrypoint when typed in full.
  const base = posix.basename(command[0] as string);
  return sameBinary && !['sh', 'bash', 'ash'].includes(base) && !BUILTINS[base];
}
