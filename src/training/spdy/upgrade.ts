// The HTTP side of a SPDY/3.1 upgrade as kubectl sends it: `Upgrade: SPDY/3.1` on a POST, the subprotocols it
// speaks in X-Stream-Protocol-Version (one header each, most preferred first), and our 101 naming the one chosen.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export function isSpdyUpgrade(req: IncomingMessage): boolean {
  return /(^|,)\s*spdy\/3\.1\s*($|,)/i.test(req.headers.upgrade ?? '');
}

export function offeredStreamProtocols(req: IncomingMessage): string[] {
  const raw = req.headersDistinct['x-stream-protocol-version'] ?? [];
  return raw.flatMap((v) => v.split(',')).map((p) => p.trim()).filter(Boolean);
}

/** The client's first protocol that we support, as apimachinery's handshake chooses. */
export function negotiateStreamProtocol(offered: readonly string[], supported: readonly string[]): string | undefined {
  return offered.find((p) => supported.includes(p));
}

export function acceptSpdyUpgrade(socket: Duplex, protocol: string): void {
  socket.write(
    ['HTTP/1.1 101 Switching Protocols', 'Connection: Upgrade', 'Upgrade: SPDY/3.1', `X-Stream-Protocol-Version: ${protocol}`, '', ''].join('\r\n'),
  );
}
