// What a fake program gets to talk to: its stdin text when piped or redirected, two output sinks and an abort
// signal (Ctrl-C, or the client going away).
import type { ContainerUser } from './container-user.js';
import type { FakeFs } from './fake-fs.js';
import type { ContainerContext } from './types.js';

export interface ProcessIO {
  /** Text from a pipe or `<` redirection; undefined when stdin is the terminal. */
  readonly stdin?: string;
  out(text: string): void;
  err(text: string): void;
  readonly signal: AbortSignal;
}

/** The shell state a builtin may read or change. */
export interface ShellState {
  cwd: string;
  readonly vars: Map<string, string>;
  /** Set by `exit`: the session ends with this status once the current line finishes. */
  exitCode?: number;
  /** `$?`: the status of the last command. */
  lastStatus: number;
  /** Whether a terminal is attached: ls prints columns then, one name per line otherwise. */
  readonly tty: boolean;
  /** Interactive `sh` typed inside the shell; `exit` leaves one level instead of the session. */
  nesting: number;
  readonly ctx: ContainerContext;
  readonly fs: FakeFs;
  readonly user: ContainerUser;
  resolvePath(path: string): string;
  /** Where `which` would find a command, or undefined. */
  commandPath(name: string): string | undefined;
}

export type Builtin = (args: readonly string[], io: ProcessIO, shell: ShellState) => number | Promise<number>;

/** An io whose output is collected, for the left side of a pipe or a redirection to a file. */
export function capturingIO(io: ProcessIO, stdin?: string): { io: ProcessIO; text: () => string } {
  let collected = '';
  return {
    io: { stdin, out: (t) => (collected += t), err: (t) => io.err(t), signal: io.signal },
    text: () => collected,
  };
}
