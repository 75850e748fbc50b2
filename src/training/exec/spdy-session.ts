// A remote-command session over SPDY (v4/v5.channel.k8s.io, what kubectl 1.27–1.29 speak): kubectl opens one
// stream per channel, named by its `streamType` header. We wait for every stream the query asked for, run the
// session, then write the Status on the error stream and end ours; kubectl closes the connection when it has read
// them all.
import { headerValue, RstStatus, type SpdyConnection, type SpdyHandlers, type SpdyStream } from '../spdy/index.js';
import { runSession, type RunningSession } from './session-output.js';
import type { RemoteCommandSession } from './types.js';

// kubelet's wait for the client's streams (its streamCreationTimeout is 30 s; kubectl opens them at once).
const STREAMS_TIMEOUT_MS = 10_000;
// After our last stream ends, how long to wait for kubectl to close the connection.
const CLOSE_WAIT_MS = 2_000;

export const SPDY_CHANNEL_PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'] as const;

/** The stream types kubectl opens for this session: stderr only without a tty, resize only with one. */
export function expectedStreamTypes(session: RemoteCommandSession): string[] {
  return [
    'error',
    ...(session.stdin ? ['stdin'] : []),
    ...(session.stdout ? ['stdout'] : []),
    ...(session.stderr && !session.tty ? ['stderr'] : []),
    ...(session.tty ? ['resize'] : []),
  ];
}

/** What the connection does with its streams: gather the expected ones, then run the session. */
export function spdySessionHandlers(session: RemoteCommandSession, connection: () => SpdyConnection): SpdyHandlers {
  const expected = expectedStreamTypes(session);
  const streams = new Map<string, SpdyStream>();
  let running: RunningSession | undefined;
  const timer = setTimeout(() => connection().close(), STREAMS_TIMEOUT_MS);
  timer.unref();
  const stream = (stream: SpdyStream): void => {
    const type = headerValue(stream.headers, 'streamtype') ?? '';
    if (!expected.includes(type) || streams.has(type)) {
      stream.reset(RstStatus.protocolError);
      return;
    }
    streams.set(type, stream);
    if (streams.size === expected.length) {
      clearTimeout(timer);
      running = start(session, streams, connection);
    }
  };
  const closed = (): void => {
    clearTimeout(timer);
    running?.kill();
  };
  return { stream, closed };
}

function start(session: RemoteCommandSession, streams: ReadonlyMap<string, SpdyStream>, connection: () => SpdyConnection): RunningSession {
  const stdout = streams.get('stdout');
  const stderr = streams.get('stderr');
  const error = streams.get('error');
  const running = runSession(session, {
    stdout: (b) => stdout?.write(b),
    stderr: (b) => stderr?.write(b),
    finish: (status) => {
      // A Success Status too: v4's error stream always carries one (the v1–v3 protocols sent only failures).
      error?.write(JSON.stringify(status));
      for (const stream of streams.values()) stream.end();
      setTimeout(() => connection().close(), CLOSE_WAIT_MS).unref();
    },
  });
  streams.get('stdin')?.consume({ data: (chunk) => running.feed(chunk), end: () => running.endInput() });
  // Resize messages change nothing in the fake terminal; the client sends nothing else on its other streams.
  for (const type of ['resize', 'error', 'stdout', 'stderr']) streams.get(type)?.consume({ data: () => undefined, end: () => undefined });
  return running;
}
