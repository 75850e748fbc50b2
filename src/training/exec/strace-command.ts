// `strace` in the training shell: plays a trace recorded on a real machine for this scenario's container
// (scenarios/<name>/traces/<container>.strace, found by the pod's namespace), so a class can practise reading
// one. Nothing is traced: the recording is printed as strace would print it for the options given.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { builtinScenariosDir } from '../../paths.js';
import type { Builtin } from './process-io.js';

interface StraceArgs {
  readonly follow: boolean;
  readonly time: boolean;
  readonly output?: string;
  readonly pid?: string;
  readonly command: readonly string[];
}

function parseArgs(args: readonly string[]): StraceArgs | string {
  let follow = false;
  let time = false;
  let output: string | undefined;
  let pid: string | undefined;
  let i = 0;
  for (; i < args.length && args[i]!.startsWith('-'); i++) {
    const a = args[i]!;
    if (a === '--') { i++; break; }
    if (a === '-f' || a === '-ff') follow = true;
    else if (/^-t{1,3}$/.test(a)) time = true;
    else if (a === '-o' || a === '-s' || a === '-e' || a === '-p' || a === '-E' || a === '-u') {
      const v = args[++i];
      if (v === undefined) return `option requires an argument -- '${a.slice(1)}'`;
      if (a === '-o') output = v;
      if (a === '-p') pid = v;
    } else if (/^-(s|e)\S+$/.test(a) || a === '-v' || a === '-y' || a === '-yy') continue;
    else return `invalid option -- '${a.slice(1)}'`;
  }
  return { follow, time, ...(output ? { output } : {}), ...(pid ? { pid } : {}), command: args.slice(i) };
}

let byNamespace: Map<string, string> | undefined;

/** The recorded trace for a container, looked up by the scenario whose pod lives in that namespace. */
export function recordedTrace(namespace: string, container: string, root = builtinScenariosDir()): string | undefined {
  if (!byNamespace) {
    byNamespace = new Map();
    for (const name of readdirSync(root)) {
      const meta = join(root, name, 'scenario.yaml');
      const ns = existsSync(meta) ? /^pod:\s*"?([^/\s"]+)\//m.exec(readFileSync(meta, 'utf8'))?.[1] : undefined;
      if (ns && existsSync(join(root, name, 'traces'))) byNamespace.set(ns, join(root, name, 'traces'));
    }
  }
  const dir = byNamespace.get(namespace);
  const file = dir ? join(dir, `${container}.strace`) : undefined;
  return file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The recording as strace prints it for these options: without -f only the first process, without -t no times. */
export function formatTrace(trace: string, opts: { follow: boolean; time: boolean }): string {
  const lines = trace.split('\n').filter((l) => l !== '');
  const first = /^(\d+) /.exec(lines[0] ?? '')?.[1];
  return lines
    .filter((l) => opts.follow || /^(\d+) /.exec(l)?.[1] === first)
    .map((l) => {
      let out = opts.follow ? l : l.replace(/^\d+ /, '');
      if (!opts.time) out = out.replace(/^(\d+ )?\d{2}:\d{2}:\d{2}\.\d+ /, '$1');
      return out;
    })
    .join('\n') + '\n';
}

export const strace: Builtin = (args, io, shell) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') { io.err(`strace: ${parsed}\n`); return 1; }
  // A container without CAP_SYS_PTRACE cannot attach to a running process: what a real pod answers too.
  if (parsed.pid !== undefined) {
    io.err(`strace: attach: ptrace(PTRACE_SEIZE, ${parsed.pid}): Operation not permitted\n`);
    return 1;
  }
  if (parsed.command.length === 0) { io.err('strace: must have PROG [ARGS] or -p PID\n'); return 1; }
  // From a debug container sharing the target's process namespace: `chroot /proc/1/root PROG` runs the
  // target's own program among its own files, so the recording is the target container's.
  const viaRoot = posix.basename(parsed.command[0]!) === 'chroot' && /^\/proc\/\d+\/root\/?$/.test(parsed.command[1] ?? '');
  if (viaRoot && !shell.ctx.processTarget) {
    io.err(`strace: chroot: cannot change root directory to '${parsed.command[1]}': No such file or directory\n`);
    return 1;
  }
  const ctx = viaRoot ? shell.ctx.processTarget! : shell.ctx;
  const command = viaRoot ? parsed.command.slice(2) : parsed.command;
  if (command.length === 0) { io.err('strace: chroot: missing operand\n'); return 1; }
  const entry = ctx.entrypoint;
  const program = posix.basename(command[0]!);
  const entryNames = (entry?.command.slice(0, 2) ?? []).map((w) => posix.basename(w));
  const trace = recordedTrace(ctx.namespace, ctx.container);
  // A copy whose image several scenarios share does not know its entrypoint; then any program the training
  // image does not model (not a builtin, not on its PATH) is taken to be it.
  const matches = entry ? entryNames.includes(program) : viaRoot || shell.commandPath(command[0]!) === undefined;
  if (!trace || !matches) {
    io.err(`strace: no recording of ${command.join(' ')} in this training scenario${entry && trace ? `; the entrypoint is: ${entry.command.join(' ')}` : ''}\n`);
    return 1;
  }
  if (entry) io.out(entry.log);
  const text = formatTrace(trace, parsed);
  if (parsed.output) {
    try { shell.fs.write(shell.resolvePath(parsed.output), text); } catch (err) { io.err(`strace: ${parsed.output}: ${(err as Error).message}\n`); return 1; }
  } else {
    io.err(text);
  }
  return entry?.exitCode ?? Number(/\+\+\+ exited with (\d+) \+\+\+\s*$/.exec(trace)?.[1] ?? 1);
};
