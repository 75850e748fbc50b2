// The two byte transports a SPDY connection runs over: the upgraded socket itself (kubectl's SPDY POST), or the
// binary messages of a WebSocket (kubectl 1.31+ port-forward tunnels SPDY this way, one message per write).
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { SpdyConnection, type SpdyHandlers } from './connection.js';

export function spdyOverSocket(socket: Duplex, head: Buffer, handlers: (connection: () => SpdyConnection) => SpdyHandlers): SpdyConnection {
  socket.on('error', () => undefined);
  const connection: SpdyConnection = new SpdyConnection(
    {
      write: (bytes) => {
        if (socket.writable) socket.write(bytes);
      },
      end: () => socket.end(),
    },
    handlers(() => connection),
  );
  socket.on('data', (chunk: Buffer) => connection.push(chunk));
  // Upgraded sockets allow half-open connections: a client that shuts down its side must release ours.
  socket.on('end', () => {
    connection.transportClosed();
    socket.end();
  });
  socket.on('close', () => connection.transportClosed());
  if (head.length) connection.push(head);
  return connection;
}

export function spdyOverWebSocket(ws: WebSocket, handlers: (connection: () => SpdyConnection) => SpdyHandlers): SpdyConnection {
  const connection: SpdyConnection = new SpdyConnection(
    {
      write: (bytes) => {
        if (ws.readyState === ws.OPEN) ws.send(bytes, { binary: true });
      },
      end: () => {
        if (ws.readyState === ws.OPEN) ws.close(1000);
      },
    },
    handlers(() => connection),
  );
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (isBinary) connection.push(data);
    else ws.close(1003, 'SPDY frames travel in binary messages');
  });
  ws.on('close', () => connection.transportClosed());
  ws.on('error', () => connection.transportClosed());
  return connection;
}
