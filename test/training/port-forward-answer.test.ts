import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/k8s/objects.js';
import { answerFor, httpResponse, refusedMessage } from '../../src/training/port-forward/index.js';

const pod = (ready: boolean, running = true): Pod => ({
  metadata: { name: 'web-1', namespace: 'shop', uid: 'u-1' },
  spec: {
    containers: [
      { name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80 }] },
      { name: 'metrics', image: 'exporter:1', ports: [{ containerPort: 9100, protocol: 'UDP' }] },
    ],
  },
  status: {
    phase: 'Running',
    containerStatuses: [
      { name: 'nginx', ready, restartCount: 0, image: 'nginx:1.25', imageID: '', state: running ? { running: { startedAt: '2026-01-01T00:00:00Z' } } : { waiting: { reason: 'CrashLoopBackOff' } } },
      { name: 'metrics', ready: true, restartCount: 0, image: 'exporter:1', imageID: '', state: { running: { startedAt: '2026-01-01T00:00:00Z' } } },
    ],
  },
});

describe('what answers a forwarded port', () => {
  it('is the running, Ready container that declares the TCP port', () => {
    expect(answerFor(pod(true), 80)).toEqual({ kind: 'http', container: 'nginx' });
  });

  it.each([
    ['a container that is not Ready', pod(false), 80],
    ['a container that is not running', pod(false, false), 80],
    ['a port nobody declares', pod(true), 8080],
    ['a port declared for UDP only', pod(true), 9100],
  ])('refuses %s, as containerd reports a refused dial', (_what, p, port) => {
    const answer = answerFor(p, port);
    expect(answer.kind).toBe('refused');
    expect(answer.kind === 'refused' && answer.message).toMatch(
      new RegExp(`^error forwarding port ${port} to pod [0-9a-f]{64}, uid : failed to execute portforward in network namespace "/var/run/netns/cni-[0-9a-f-]{36}": failed to connect to localhost:${port} inside namespace "[0-9a-f]{64}", IPv4: dial tcp4 127\\.0\\.0\\.1:${port}: connect: connection refused IPv6 dial tcp6 \\[::1\\]:${port}: connect: connection refused $`),
    );
  });

  it('names the same sandbox for the same pod every time', () => {
    expect(refusedMessage(pod(true), 81)).toBe(refusedMessage(pod(false), 81));
  });

  it('answers HTTP with a body naming the pod, container and request, and a head without one', () => {
    const get = httpResponse(pod(true), 'nginx', 80, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    const body = 'training cluster: pod shop/web-1, container nginx, port 80 answered "GET /healthz HTTP/1.1"\n';
    expect(get).toBe(`HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    expect(httpResponse(pod(true), 'nginx', 80, 'HEAD / HTTP/1.1\r\n\r\n').endsWith('\r\n\r\n')).toBe(true);
  });
});
