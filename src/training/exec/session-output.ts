// A remote-command session independent of its transport: the fake container's output routed to the channels the
// client asked for (a tty has no separate stderr and turns "\n" into "\r\n"), and its end as the v1.Status that
// kubectl turns into an exit code.
import { startContainerProcess, type ContainerProcess } from './container-process.js';
import { exitStatus } from './exit-status.js';
import type { RemoteCommandSession } from './types.js';

export interface SessionChannels {
  stdout(bytes: Buffer): void;
  stderr(bytes: Buffer): void;
  /** The final Status (Success, NonZeroExitCode, or the runtime's failure). Called once. */
  finish(status: Record<string, unknown>): void;
}

export interface RunningSession {
  feed(data: Buffer): void;
  endInput(): void;
  /** The client went away: stop without a Status. */
  kill(): void;
}

export function runSession(session: RemoteCommandSession, channels: SessionChannels): RunningSession {
  let over = false;
  const toTerminal = (text: string): string => (session.tty ? text.replace(/\r?\n/g, '\r\n') : text);
  const out = (text: string): void => {
    if (!over && session.stdout && text) channels.stdout(Buffer.from(toTerminal(text)));
  };
  const err = (text: string): void => {
    if (over || !text) return;
    if (session.tty) out(text);
    else if (session.stderr) channels.stderr(Buffer.from(text));
  };
  const proc: ContainerProcess = startContainerProcess(session, { out, err });
  void proc.done.then((result) => {
    if (over) return;
    over = true;
    channels.finish('failure' in result ? result.failure : exitStatus(result.exitCode, session.command));
  });
  return {
    feed: (data) => {
      if (!over && session.stdin) proc.feed(data);
    },
    endInput: () => proc.endInput(),
    kill: () => {
      over = true;
      proc.kill();
    },
  };
}
