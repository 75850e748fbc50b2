// A Kubernetes remote-command session (exec or attach) on an upgrade request, in whichever protocol the client
// asked for: a WebSocket (kubectl 1.30+, client-node) or SPDY/3.1 (kubectl 1.27–1.29, and the fallback of newer
// ones). Anything else is refused with a Status, which kubectl prints.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { acceptSpdyUpgrade, isSpdyUpgrade, negotiateStreamProtocol, offeredStreamProtocols, spdyOverSocket } from '../spdy/index.js';
import { SPDY_CHANNEL_PROTOCOLS, spdySessionHandlers } from './spdy-session.js';
import type { RemoteCommandSession } from './types.js';
import { chooseProtocol, isWebSocketUpgrade, rejectUpgrade, SUPPORTED_PROTOCOLS } from './websocket-handshake.js';
import { serveWebSocketSession } from './websocket-session.js';

// Far above any keystroke batch, resize message or kubectl cp chunk (32 KiB); a client sending more is not kubectl.
const MAX_MESSAGE_BYTES = 1 << 20;

const channelSockets = new WebSocketServer({
  noServer: true,
  perMessageDeflate: false,
  maxPayload: MAX_MESSAGE_BYTES,
  handleProtocols: (offered) => chooseProtocol([...offered].join(',')) ?? false,
});

export function serveRemoteCommand(req: IncomingMessage, socket: Duplex, head: Buffer, session: RemoteCommandSession): void {
  if (isWebSocketUpgrade(req)) {
    if (!chooseProtocol(req.headers['sec-websocket-protocol'])) {
      const offered = req.headers['sec-websocket-protocol'] ?? 'none';
      rejectUpgrade(socket, { code: 400, reason: 'BadRequest', message: `none of the offered subprotocols (${offered}) is supported; expected ${SUPPORTED_PROTOCOLS.join(' or ')}` });
      return;
    }
    channelSockets.handleUpgrade(req, socket, head, (ws) => serveWebSocketSession(ws, session));
    return;
  }
  if (isSpdyUpgrade(req)) {
    const offered = offeredStreamProtocols(req);
    const protocol = negotiateStreamProtocol(offered, SPDY_CHANNEL_PROTOCOLS);
    if (!protocol) {
      // apimachinery's handshake answers 403 with this wording.
      const message = `unable to upgrade: unable to negotiate protocol: client supports [${offered.join(' ')}], server supports [${SPDY_CHANNEL_PROTOCOLS.join(' ')}]`;
      rejectUpgrade(socket, { code: 403, reason: 'Forbidden', message });
      return;
    }
    acceptSpdyUpgrade(socket, protocol);
    spdyOverSocket(socket, head, (connection) => spdySessionHandlers(session, connection));
    return;
  }
  const how = req.headers.upgrade ? `"${req.headers.upgrade}"` : 'no upgrade';
  rejectUpgrade(socket, { code: 400, reason: 'BadRequest', message: `exec and attach need a WebSocket or SPDY/3.1 upgrade, not ${how}` });
}
