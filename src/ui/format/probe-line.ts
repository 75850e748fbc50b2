// A probe in describe's one-line form: "http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3".
import type { Probe } from '../../k8s/index.js';

export function probeLine(p: Probe): string {
  const handler = p.httpGet
    ? `http-get ${(p.httpGet.scheme ?? 'HTTP').toLowerCase()}://${p.httpGet.host ?? ''}:${p.httpGet.port}${p.httpGet.path ?? '/'}`
    : p.tcpSocket
      ? `tcp-socket :${p.tcpSocket.port}`
      : p.grpc
        ? `grpc <pod>:${p.grpc.port}`
        : `exec [${(p.exec?.command ?? []).join(' ')}]`;
  return `${handler} delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
}
