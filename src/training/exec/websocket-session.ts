// A remote-command session over a WebSocket (v5.channel.k8s.io or v4): the first byte of every binary message is
// the channel (0 stdin, 1 stdout, 2 stderr, 3 status, 4 resize; v5 adds 255, the close signal `[255, channel]`).
// The session ends with a Status on channel 3 and a normal close. Framing, masking and pings are the ws package's.
import type { WebSocket } from 'ws';
import { runSession } from './session-output.js';
import type { RemoteCommandSession } from './types.js';

const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;
const STATUS = 3;
const CLOSE_SIGNAL = 255;

// After our close frame, how long to wait for the client's before dropping the connection.
const CLOSE_WAIT_MS = 2_000;

export function serveWebSocketSession(ws: WebSocket, session: RemoteCommandSession): void {
  const send = (channel: number, bytes: Buffer): void => {
    if (ws.readyState === ws.OPEN) ws.send(Buffer.concat([Buffer.from([channel]), bytes]), { binary: true });
  };
  const running = runSession(session, {
    stdout: (b) => send(STDOUT, b),
    stderr: (b) => send(STDERR, b),
    finish: (status) => {
      send(STATUS, Buffer.from(JSON.stringify(status)));
      if (ws.readyState === ws.OPEN) ws.close(1000);
      setTimeout(() => ws.terminate(), CLOSE_WAIT_MS).unref();
    },
  });
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (!isBinary || data.length === 0) return;
    const channel = data[0];
    if (channel === STDIN) running.feed(data.subarray(1));
    else if (channel === CLOSE_SIGNAL && data[1] === STDIN) running.endInput();
  });
  ws.on('close', () => running.kill());
  ws.on('error', () => running.kill());
}
