// What answers a forwarded connection to one of a pod's ports: a container that is running, Ready and declares
// that containerPort answers (a small HTTP response naming itself); anything else refuses the connection, in the
// words the kubelet and containerd use, which kubectl prints after "an error occurred forwarding L -> P:".
import { createHash } from 'node:crypto';
import type { Pod } from '../../k8s/index.js';

export type PortAnswer =
  | { readonly kind: 'http'; readonly container: string }
  | { readonly kind: 'refused'; readonly message: string };

export function answerFor(pod: Pod, port: number): PortAnswer {
  const statuses = pod.status?.containerStatuses ?? [];
  for (const container of pod.spec.containers) {
    if (!(container.ports ?? []).some((p) => p.containerPort === port && (p.protocol ?? 'TCP') === 'TCP')) continue;
    const status = statuses.find((s) => s.name === container.name);
    if (status?.state?.running && status.ready) return { kind: 'http', container: container.name };
  }
  return { kind: 'refused', message: refusedMessage(pod, port) };
}

/** The kubelet's "error forwarding port" around containerd's dial failure; the sandbox id is the pod's, hashed. */
export function refusedMessage(pod: Pod, port: number): string {
  const seed = pod.metadata.uid ?? `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
  const sandbox = createHash('sha256').update(`sandbox:${seed}`).digest('hex');
  const netns = createHash('sha256').update(`netns:${seed}`).digest('hex');
  const uuid = `${netns.slice(0, 8)}-${netns.slice(8, 12)}-${netns.slice(12, 16)}-${netns.slice(16, 20)}-${netns.slice(20, 32)}`;
  const dial = `IPv4: dial tcp4 127.0.0.1:${port}: connect: connection refused IPv6 dial tcp6 [::1]:${port}: connect: connection refused `;
  return (
    `error forwarding port ${port} to pod ${sandbox}, uid : failed to execute portforward in network namespace ` +
    `"/var/run/netns/cni-${uuid}": failed to connect to localhost:${port} inside namespace "${sandbox}", ${dial}`
  );
}

/** The HTTP response a forwarded request gets from the container that answered. */
export function httpResponse(pod: Pod, container: string, port: number, request: string): string {
  const requestLine = request.split('\r\n', 1)[0] ?? '';
  const head = /^HEAD /.test(requestLine);
  const body = `training cluster: pod ${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}, container ${container}, port ${port} answered ${JSON.stringify(requestLine)}\n`;
  return [
    'HTTP/1.1 200 OK',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    head ? '' : body,
  ].join('\r\n');
}
