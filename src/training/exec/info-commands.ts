// The commands a trainee uses to see who and where they are: echo, env, printenv, id, whoami, hostname, ps,
// uname, which, plus the control builtins exit, true, false, sleep and export.
import { userLabel } from './container-user.js';
import type { Builtin } from './process-io.js';

/** `sleep` waits for real so the session feels live, but never longer than this. */
export const MAX_SLEEP_MS = 5_000;

export const echo: Builtin = (args, io) => {
  let rest = [...args];
  let newline = true;
  let escapes = false;
  while (/^-[neE]+$/.test(rest[0] ?? '')) {
    const flag = rest.shift() as string;
    if (flag.includes('n')) newline = false;
    if (flag.includes('e')) escapes = true;
  }
  let text = rest.join(' ');
  if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
  io.out(newline ? `${text}\n` : text);
  return 0;
};

export const env: Builtin = (args, io, shell) => {
  if (args.length) {
    io.err('env: running commands through env is not supported in this training shell\n');
    return 125;
  }
  io.out([...shell.vars].map(([k, v]) => `${k}=${v}\n`).join(''));
  return 0;
};

export const printenv: Builtin = (args, io, shell) => {
  if (args.length === 0) return env(args, io, shell);
  let status = 0;
  for (const name of args) {
    const value = shell.vars.get(name);
    if (value === undefined) status = 1;
    else io.out(`${value}\n`);
  }
  return status;
};

export const id: Builtin = (_args, io, shell) => {
  const { uid, gid, name } = shell.user;
  const group = uid === gid ? name : undefined;
  io.out(`uid=${userLabel(uid, name)} gid=${userLabel(gid, group)} groups=${userLabel(gid, group)}\n`);
  return 0;
};

export const whoami: Builtin = (_args, io, shell) => {
  if (!shell.user.name) {
    io.err(`whoami: unknown uid ${shell.user.uid}\n`);
    return 1;
  }
  io.out(`${shell.user.name}\n`);
  return 0;
};

export const hostname: Builtin = (_args, io, shell) => {
  io.out(`${shell.ctx.podName}\n`);
  return 0;
};

export const ps: Builtin = (_args, io, shell) => {
  const who = (shell.user.name ?? String(shell.user.uid)).slice(0, 8).padEnd(8);
  const main = (shell.ctx.mainProcess ?? ['sh']).join(' ');
  const rows = [
    ['1', main],
    ['7', 'sh'],
    ['13', 'ps'],
  ];
  io.out(`PID   USER     TIME  COMMAND\n${rows.map(([pid, cmd]) => `${(pid as string).padStart(5)} ${who}  0:00 ${cmd}\n`).join('')}`);
  return 0;
};

export const uname: Builtin = (args, io, shell) => {
  const flags = args.join('');
  const parts: string[] = [];
  const all = flags.includes('a');
  if (all || flags.includes('s') || flags === '') parts.push('Linux');
  if (all || flags.includes('n')) parts.push(shell.ctx.podName);
  if (all || flags.includes('r')) parts.push('6.1.0-training');
  if (all || flags.includes('v')) parts.push('#1 SMP PREEMPT_DYNAMIC');
  if (all || flags.includes('m')) parts.push('x86_64');
  if (all) parts.push('GNU/Linux');
  io.out(`${parts.join(' ')}\n`);
  return 0;
};

export const which: Builtin = (args, io, shell) => {
  let status = 0;
  for (const name of args) {
    const path = shell.commandPath(name);
    if (path) io.out(`${path}\n`);
    else status = 1;
  }
  return status;
};

export const exit: Builtin = (args, io, shell) => {
  const code = args[0] === undefined ? shell.lastStatus : Number(args[0]);
  if (!Number.isInteger(code)) {
    io.err(`sh: exit: Illegal number: ${args[0]}\n`);
    return 2;
  }
  shell.exitCode = ((code % 256) + 256) % 256;
  return shell.exitCode;
};

export const trueCommand: Builtin = () => 0;
export const falseCommand: Builtin = () => 1;

export const sleep: Builtin = async (args, io) => {
  const seconds = args[0] === 'infinity' ? Infinity : Number(args[0]);
  if (args.length === 0 || Number.isNaN(seconds) || seconds < 0) {
    io.err(args.length ? `sleep: invalid number '${args[0]}'\n` : 'Usage: sleep N\n');
    return 1;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, Math.min(seconds * 1000, MAX_SLEEP_MS));
    io.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
  return io.signal.aborted ? 130 : 0;
};

export const exportCommand: Builtin = (args, _io, shell) => {
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) shell.vars.set(arg.slice(0, eq), arg.slice(eq + 1));
  }
  return 0;
};

export const unset: Builtin = (args, _io, shell) => {
  for (const name of args) shell.vars.delete(name);
  return 0;
};
