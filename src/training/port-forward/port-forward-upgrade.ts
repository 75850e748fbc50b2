// The upgrade of .../pods/X/portforward: kubectl 1.31+ first asks for a WebSocket carrying SPDY
// (`SPDY/3.1+portforward.k8s.io`, one binary message per write), and falls back to a plain SPDY/3.1 upgrade, which
// is all older kubectls send. A request for neither is refused with a Status.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Pod } from '../../k8s/index.js';
import { isWebSocketUpgrade, rejectUpgrade } from '../exec/index.js';
import { acceptSpdyUpgrade, isSpdyUpgrade, negotiateStreamProtocol, offeredStreamProtocols, spdyOverSocket, spdyOverWebSocket } from '../spdy/index.js';
import { PORT_FORWARD_PROTOCOL, portForwardHandlers } from './port-forward-session.js';

const TUNNEL_PROTOCOL = `SPDY/3.1+${PORT_FORWARD_PROTOCOL}`;

// SPDY frames of forwarded HTTP traffic: kubectl writes at most 32 KiB of data per frame.
const MAX_MESSAGE_BYTES = 4 << 20;

// "/" is not a token character (RFC 6455, 4.1), so ws refuses to parse this subprotocol: we check the offer
// ourselves, hide it from ws, and name it in the 101 answer.
const tunnels = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: MAX_MESSAGE_BYTES });
tunnels.on('headers', (headers) => headers.push(`Sec-WebSocket-Protocol: ${TUNNEL_PROTOCOL}`));

/** `pod` is read again for every forwarded connection: a pod that stops being Ready stops answering. */
export function servePortForward(req: IncomingMessage, socket: Duplex, head: Buffer, pod: () => Pod | undefined): void {
  if (isWebSocketUpgrade(req)) {
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    if (!offered.includes(TUNNEL_PROTOCOL)) {
      rejectUpgrade(socket, { code: 400, reason: 'BadRequest', message: `port-forward over WebSocket needs the ${TUNNEL_PROTOCOL} subprotocol; offered: ${offered.join(', ') || 'none'}` });
      return;
    }
    delete req.headers['sec-websocket-protocol'];
    tunnels.handleUpgrade(req, socket, head, (ws) => spdyOverWebSocket(ws, () => portForwardHandlers(pod)));
    return;
  }
  if (isSpdyUpgrade(req)) {
    const offered = offeredStreamProtocols(req);
    if (!negotiateStreamProtocol(offered, [PORT_FORWARD_PROTOCOL])) {
      const message = `unable to upgrade: unable to negotiate protocol: client supports [${offered.join(' ')}], server supports [${PORT_FORWARD_PROTOCOL}]`;
      rejectUpgrade(socket, { code: 403, reason: 'Forbidden', message });
      return;
    }
    acceptSpdyUpgrade(socket, PORT_FORWARD_PROTOCOL);
    spdyOverSocket(socket, head, () => portForwardHandlers(pod));
    return;
  }
  rejectUpgrade(socket, { code: 400, reason: 'BadRequest', message: 'port-forward needs a SPDY/3.1 upgrade or a WebSocket tunnelling it' });
}
