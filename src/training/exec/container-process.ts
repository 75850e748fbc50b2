// Decides what an exec or attach session runs inside the fake container: an interactive shell, one command, the
// original entrypoint, or nothing at all when the image lacks the program, failing the way containerd does.
import { posix } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FakeShell, shellNames } from './fake-shell.js';
import { InteractiveShell, type Terminal } from './interactive-shell.js';
import type { RemoteCommandSession } from './types.js';

export type ProcessResult =
  | { readonly exitCode: number }
  /** A Status sent on the error channel instead of an exit code; kubectl prints `error: <message>` and exits 1. */
  | { readonly failure: Record<string, unknown> };

export interface ContainerProcess {
  feed(data: Buffer): void;
  endInput(): void;
  /** The client went away. */
  kill(): void;
  readonly done: Promise<ProcessResult>;
}

const KNOWN_SHELLS = ['sh', 'ash', 'bash', 'dash', 'zsh'];

export function startContainerProcess(session: RemoteCommandSession, terminal: Terminal): ContainerProcess {
  const { context: ctx, command } = session;
  const shell = new FakeShell(ctx, session.tty);
  const [name = '', ...args] = command;
  const base = posix.basename(name);
  const missing = (): ContainerProcess => finished({ failure: execFailure(name) });

  if (command.length === 0) return finished({ failure: internalError('you must specify at least one command for the container') });
  const isShell = KNOWN_SHELLS.includes(base);
  const isEntrypoint = ctx.entrypoint !== undefined && (name === ctx.entrypoint.command[0] || shell.commandPath(base) === ctx.entrypoint.command[0]);
  if (!isEntrypoint && (isShell ? !shellNames(ctx).includes(base) : !shell.commandPath(name))) return missing();

  const interactive = isShell && args.every((a) => a === '-i' || a === '-l' || a === '-il');
  if (interactive) {
    const session_ = new InteractiveShell(shell, terminal, session.tty);
    if (!session.stdin) session_.endInput();
    return {
      feed: (data) => session_.feed(data),
      endInput: () => session_.endInput(),
      kill: () => session_.close(),
      done: session_.run().then((exitCode) => ({ exitCode })),
    };
  }
  const controller = new AbortController();
  const done = shell
    .runProgram(command, { out: terminal.out, err: terminal.err, signal: controller.signal })
    .then((exitCode) => ({ exitCode }));
  return { feed: () => undefined, endInput: () => undefined, kill: () => controller.abort(), done };
}

function finished(result: ProcessResult): ContainerProcess {
  return { feed: () => undefined, endInput: () => undefined, kill: () => undefined, done: Promise.resolve(result) };
}

// containerd's wording (runc underneath); the id is the exec's random hex id.
function execFailure(name: string): Record<string, unknown> {
  const why = name.includes('/') ? `stat ${name}: no such file or directory` : `executable file not found in $PATH`;
  const id = randomBytes(32).toString('hex');
  return internalError(
    `error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": ${why}: unknown`,
  );
}

function internalError(message: string): Record<string, unknown> {
  return {
    metadata: {},
    status: 'Failure',
    message: `Internal error occurred: ${message}`,
    reason: 'InternalError',
    details: { causes: [{ message }] },
    code: 500,
  };
}
