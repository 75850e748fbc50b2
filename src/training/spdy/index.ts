// SPDY/3.1, the server side: what kubectl 1.27–1.29 speak for exec, attach and cp, and every kubectl for
// port-forward (directly, or tunnelled in WebSocket messages from 1.31). Frames, header compression, streams.
export { SpdyConnection, type SpdyHandlers, type SpdyTransport } from './connection.js';
export { SpdyStream, type StreamSink } from './stream.js';
export { RstStatus } from './frames.js';
export { headerValue, type SpdyHeaders } from './header-block.js';
export { isSpdyUpgrade, offeredStreamProtocols, negotiateStreamProtocol, acceptSpdyUpgrade } from './upgrade.js';
export { spdyOverSocket, spdyOverWebSocket } from './transports.js';
