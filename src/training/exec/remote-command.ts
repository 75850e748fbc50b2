// A Kubernetes remote-command session (exec or attach) over a WebSocket on the raw upgraded socket: the first
// byte of every binary message is the channel (0 stdin, 1 stdout, 2 stderr, 3 status, 4 resize; v5 adds 255,
// the close signal). The session ends with a Status on channel 3 and a normal close.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { startContainerProcess, type ContainerProcess } from './container-process.js';
import { exitStatus } from './exit-status.js';
import { answerHandshake, rejectUpgrade } from './websocket-handshake.js';
import {
  CLOSE_NORMAL,
  FrameError,
  FrameReader,
  OPCODE_BINARY,
  OPCODE_PONG,
  encodeClose,
  encodeFrame,
} from './websocket-frames.js';
import type { RemoteCommandSession } from './types.js';

const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;
const STATUS = 3;
const CLOSE_SIGNAL = 255;

// After our close frame, how long to wait for the client's before dropping the connection.
const CLOSE_WAIT_MS = 2_000;

export function serveRemoteCommand(req: IncomingMessage, socket: Duplex, head: Buffer, session: RemoteCommandSession): void {
  const handshake = answerHandshake(req);
  if (!handshake.ok) {
    rejectUpgrade(socket, handshake.status);
    return;
  }
  socket.on('error', () => undefined);
  socket.write(handshake.response);

  let ended = false;
  const send = (channel: number, data: Buffer | string): void => {
    if (ended || !socket.writable) return;
    const body = typeof data === 'string' ? Buffer.from(data) : data;
    socket.write(encodeFrame(OPCODE_BINARY, Buffer.concat([Buffer.from([channel]), body])));
  };
  // A tty turns "\n" into "\r\n" (onlcr) and has no separate stderr; kubectl -t asks for stdout only.
  const toTerminal = (text: string): string => (session.tty ? text.replace(/\r?\n/g, '\r\n') : text);
  const out = (text: string): void => {
    if (session.stdout && text) send(STDOUT, toTerminal(text));
  };
  const err = (text: string): void => {
    if (!text) return;
    if (session.tty) out(text);
    else if (session.stderr) send(STDERR, text);
  };

  const proc: ContainerProcess = startContainerProcess(session, { out, err });
  const finish = (code: number): void => {
    if (ended) return;
    ended = true;
    proc.kill();
    if (socket.writable) socket.write(encodeClose(code));
    const timer = setTimeout(() => socket.destroy(), CLOSE_WAIT_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };

  const reader = new FrameReader();
  const onData = (chunk: Buffer): void => {
    let events;
    try {
      events = reader.push(chunk);
    } catch (e) {
      finish(e instanceof FrameError ? e.closeCode : CLOSE_NORMAL);
      return;
    }
    for (const event of events) {
      if (event.type === 'ping') {
        if (!ended) socket.write(encodeFrame(OPCODE_PONG, event.data));
      } else if (event.type === 'close') {
        if (!ended) finish(CLOSE_NORMAL);
        socket.end();
      } else if (event.type === 'message' && event.data.length > 0) {
        const channel = event.data[0];
        const payload = event.data.subarray(1);
        if (channel === STDIN && session.stdin) proc.feed(payload);
        else if (channel === CLOSE_SIGNAL && payload[0] === STDIN) proc.endInput();
      }
    }
  };
  socket.on('data', onData);
  const gone = (): void => {
    if (!ended) {
      ended = true;
      proc.kill();
    }
  };
  // Upgraded sockets of node:http allow half-open connections: a client that only shuts down its side must
  // still release ours.
  socket.on('end', () => {
    gone();
    socket.end();
  });
  socket.on('close', gone);
  if (head.length) onData(head);

  void proc.done.then((result) => {
    if (ended) return;
    send(STATUS, JSON.stringify('failure' in result ? result.failure : exitStatus(result.exitCode, session.command)));
    finish(CLOSE_NORMAL);
  });
}
