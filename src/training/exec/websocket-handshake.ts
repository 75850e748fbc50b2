// The HTTP side of an exec/attach upgrade: RFC 6455's accept key, choosing the channel protocol, and refusing an
// upgrade with a Status body. kubectl retries a refused WebSocket with SPDY and prints the Status of that second
// answer, so both legs must be refused the same way.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RejectStatus } from './types.js';

// RFC 6455 section 1.3; a wrong GUID only shows up in kubectl as "bad handshake" followed by the SPDY fallback.
const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** In our order of preference. v4 is what client-node falls back to; both carry the same exit Status. */
export const SUPPORTED_PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'] as const;
export type ChannelProtocol = (typeof SUPPORTED_PROTOCOLS)[number];

export function webSocketAccept(key: string): string {
  return createHash('sha1').update(key + WEBSOCKET_GUID).digest('base64');
}

export function isWebSocketUpgrade(req: IncomingMessage): boolean {
  return req.method === 'GET' && /(^|,)\s*websocket\s*($|,)/i.test(req.headers.upgrade ?? '');
}

export function chooseProtocol(offered: string | undefined): ChannelProtocol | undefined {
  const names = (offered ?? '').split(',').map((p) => p.trim());
  return SUPPORTED_PROTOCOLS.find((p) => names.includes(p));
}

export type HandshakeResult =
  | { readonly ok: true; readonly response: string; readonly protocol: ChannelProtocol }
  | { readonly ok: false; readonly status: RejectStatus };

export function answerHandshake(req: IncomingMessage): HandshakeResult {
  if (!isWebSocketUpgrade(req)) {
    const how = req.headers.upgrade ? `"${req.headers.upgrade}"` : 'no upgrade';
    return reject(400, `this training cluster serves exec and attach over WebSocket (v5.channel.k8s.io) only, not ${how}; use kubectl 1.30 or newer without KUBECTL_REMOTE_COMMAND_WEBSOCKETS=false`);
  }
  const key = req.headers['sec-websocket-key'];
  if (typeof key !== 'string' || Buffer.from(key, 'base64').length !== 16) return reject(400, 'missing or malformed Sec-WebSocket-Key');
  if (req.headers['sec-websocket-version'] !== '13') return reject(400, 'unsupported Sec-WebSocket-Version (13 is required)');
  const protocol = chooseProtocol(req.headers['sec-websocket-protocol']);
  if (!protocol) {
    return reject(400, `none of the offered subprotocols (${req.headers['sec-websocket-protocol'] ?? 'none'}) is supported; expected ${SUPPORTED_PROTOCOLS.join(' or ')}`);
  }
  const response = [
    'HTTP/1.1 101 Switching Protocols',
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Accept: ${webSocketAccept(key)}`,
    `Sec-WebSocket-Protocol: ${protocol}`,
    '',
    '',
  ].join('\r\n');
  return { ok: true, response, protocol };
}

const reject = (code: number, message: string): HandshakeResult => ({ ok: false, status: { code, reason: 'BadRequest', message } });

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
