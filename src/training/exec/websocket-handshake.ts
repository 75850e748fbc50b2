// The HTTP side of an exec/attach upgrade: which upgrade it is, choosing the channel protocol, and refusing an
// upgrade with a Status body. kubectl retries a refused WebSocket with SPDY and prints the Status of that second
// answer, so both legs must be refused the same way.
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RejectStatus } from './types.js';

/** In our order of preference. v4 is what client-node falls back to; both carry the same exit Status. */
export const SUPPORTED_PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'] as const;
export type ChannelProtocol = (typeof SUPPORTED_PROTOCOLS)[number];

export function isWebSocketUpgrade(req: IncomingMessage): boolean {
  return req.method === 'GET' && /(^|,)\s*websocket\s*($|,)/i.test(req.headers.upgrade ?? '');
}

export function chooseProtocol(offered: string | undefined): ChannelProtocol | undefined {
  const names = (offered ?? '').split(',').map((p) => p.trim());
  return SUPPORTED_PROTOCOLS.find((p) => names.includes(p));
}

export function statusBody(status: RejectStatus): string {
  return JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: status.message, reason: status.reason, code: status.code });
}

/** Answers an upgrade request (WebSocket GET or SPDY POST) with a plain HTTP error carrying the Status JSON. */
export function rejectUpgrade(socket: Duplex, status: RejectStatus): void {
  const body = statusBody(status);
  const head = [
    `HTTP/1.1 ${status.code} ${STATUS_CODES[status.code] ?? 'Error'}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  socket.on('error', () => undefined);
  if (socket.writable) socket.end(head + body);
  else socket.destroy();
}
