// Exec and attach for the training cluster: the remote-command protocol (WebSocket or SPDY) on an upgraded socket, and
// the fake container (a small sh, its files and environment, the original entrypoint) that answers it.
//
// Use from the server's `upgrade` handler: serveRemoteCommand(req, socket, head, sessionFromQuery(url.searchParams,
// containerContextFor(pod, container, sources))); refuse anything else (unknown pod, container not running)
// with rejectUpgrade(socket, status), which answers the WebSocket GET and kubectl's SPDY retry alike.
export { serveRemoteCommand } from './remote-command.js';
export { sessionFromQuery } from './session-query.js';
export { rejectUpgrade, isWebSocketUpgrade, SUPPORTED_PROTOCOLS } from './websocket-handshake.js';
export { exitStatus } from './exit-status.js';
export { FakeShell } from './fake-shell.js';
export type { ContainerContext, ContainerEntrypoint, RemoteCommandSession, RejectStatus } from './types.js';
export { containerContextFor, isKeepAlive, type ContextSources, type ImageDefaults } from './container-context.js';
