// Decides what an exec or attach session runs inside the fake container: an interactive shell, one command, the
// original entrypoint, or nothing at all when the image lacks the program, failing the way containerd does.
import { posix } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FakeShell, shellNames } from './fake-shell.js';
import { InteractiveShell, type Terminal } from './interactive-shell.js';
import { readsArchiveFromStdin } from './tar-command.js';
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
// The fake container keeps files in memory: a larger upload is cut short, and tar reports the truncated archive.
const MAX_ARCHIVE_BYTES = 8 << 20;

export function startContainerProcess(session: RemoteCommandSession, terminal: Terminal): ContainerProcess {
  const { context: ctx } = session;
  // attach names no command: it joins what runs, which for a debug container is usually the image's default sh.
  const command = session.command.length ? session.command : ctx.mainProcess?.length ? ctx.mainProcess : ctx.hasShell ? ['sh'] : [];
  const shell = new FakeShell(ctx, session.tty);
  const [name = '', ...args] = command;
  const base = posix.basename(name);
  const missing = (): ContainerProcess => finished({ failure: execFailure(name) });

  if (command.length === 0) return finished({ failure: internalError('you must specify at least one command for the container') });
  const isShell = KNOWN_SHELLS.includes(base);
  const isEntrypoint = ctx.entrypoint !== undefined && (name === ctx.entrypoint.command[0] || shell.commandPath(base) === ctx.entrypoint.command[0]);
  if (!isEntrypoint && (isShell ? !shellNames(ctx).includes(base) : !shell.commandPath(name))) return missing();

  if (isShell && args.every((a) => a === '-i' || a === '-l' || a === '-il')) {
    const interactive = new InteractiveShell(shell, terminal, session.tty);
    // Without stdin, sh reads EOF at once and exits 0, as it does under `kubectl exec POD -- sh`.
    if (!session.stdin) interactive.endInput();
    return {
      feed: (data) => interactive.feed(data),
      endInput: () => interactive.endInput(),
      kill: () => interactive.close(),
      done: interactive.run().then((exitCode) => ({ exitCode })),
    };
  }
  const controller = new AbortController();
  if (session.stdin && readsArchiveFromStdin(command)) {
    // kubectl cp's `tar -xmf -` reads the whole archive first: run it once kubectl has closed stdin.
    const chunks: Buffer[] = [];
    let endInput: () => void = () => undefined;
    const input = new Promise<string>((resolve) => (endInput = () => resolve(Buffer.concat(chunks).toString('utf8'))));
    const done = input
      .then((stdin) => shell.runProgram(command, { stdin, out: terminal.out, err: terminal.err, signal: controller.signal }))
      .then((exitCode) => ({ exitCode }));
    let size = 0;
    const feed = (data: Buffer): void => {
      size += data.length;
      if (size <= MAX_ARCHIVE_BYTES) chunks.push(data);
    };
    return { feed, endInput, kill: () => controller.abort(), done };
  }
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
