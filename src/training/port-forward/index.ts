// kubectl port-forward against the training cluster: SPDY streams paired per forwarded connection, answered by a
// container that declares the port, or refused the way the kubelet refuses.
export { portForwardHandlers, PORT_FORWARD_PROTOCOL } from './port-forward-session.js';
export { answerFor, httpResponse, refusedMessage, type PortAnswer } from './port-answer.js';
export { servePortForward } from './port-forward-upgrade.js';
