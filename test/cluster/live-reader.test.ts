import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLiveReader } from '../../src/cluster/index.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-live-'));
const servers: Server[] = [];
const seen: { url: string; auth: string | undefined }[] = [];

function kubeconfigFor(url: string, name: string): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, `apiVersion: v1
kind: Config
current-context: test
clusters: [{name: c, cluster: {server: "${url}", insecure-skip-tls-verify: true}}]
users: [{name: u, user: {token: secret-token}}]
contexts: [{name: test, context: {cluster: c, user: u, namespace: shop}}]
`);
  return path;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const status = (res: ServerResponse, code: number, reason: string, message: string): void => {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, message, code }));
};

const PODS = Array.from({ length: 1203 }, (_, i) => ({ metadata: { name: `p${i}`, namespace: 'shop' }, spec: { containers: [{ name: 'app' }] } }));
const BIG_LOG = Buffer.alloc(3 << 20, 'x\n');

let fake = '';
beforeAll(async () => {
  fake = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ url: url.pathname + url.search, auth: req.headers.authorization });
    const p = url.pathname;
    if (p === '/api/v1/namespaces/shop/pods') {
      const limit = Number(url.searchParams.get('limit') ?? PODS.length);
      const from = Number(url.searchParams.get('continue') ?? 0);
      const next = from + limit < PODS.length ? String(from + limit) : undefined;
      res.end(JSON.stringify({ kind: 'PodList', metadata: next ? { continue: next } : {}, items: PODS.slice(from, from + limit) }));
    } else if (p === '/api/v1/namespaces/shop/pods/web') {
      res.end(JSON.stringify({ metadata: { name: 'web', namespace: 'shop', creationTimestamp: '2026-01-01T00:00:00Z' }, spec: { containers: [{ name: 'app' }] } }));
    } else if (p === '/api/v1/namespaces/shop/pods/web/log') {
      res.end(url.searchParams.get('tailLines') ? 'one\ntwo\nthree\nfour\n' : BIG_LOG);
    } else if (p === '/api/v1/namespaces/shop/pods/locked') {
      status(res, 403, 'Forbidden', 'pods "locked" is forbidden: User "dev" cannot get resource "pods" in API group "" in the namespace "shop"');
    } else if (p === '/api/v1/namespaces/shop/pods/expired') {
      status(res, 401, 'Unauthorized', 'Unauthorized');
    } else if (p === '/api/v1/namespaces/shop/pods/broken') {
      status(res, 500, 'InternalError', 'etcdserver: request timed out');
    } else if (p === '/api/v1/namespaces/shop/secrets/db') {
      res.end(JSON.stringify({ kind: 'Secret', metadata: { name: 'db', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"password":"aHVudGVyMg=="}}' } }, data: { password: 'aHVudGVyMg==', user: 'YWRtaW4=' } }));
    } else if (p.startsWith('/apis/metrics.k8s.io/')) {
      status(res, 404, 'NotFound', 'the server could not find the requested resource');
    } else {
      status(res, 404, 'NotFound', `pods "${p.split('/').pop()}" not found`);
    }
  });
});

afterAll(async () => {
  for (const s of servers) s.close();
});

async function failure(p: Promise<unknown>): Promise<ClusterError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ClusterError);
    expect((err as Error).message).not.toContain('\n');
    return err as ClusterError;
  }
  throw new Error('expected a ClusterError');
}

describe('the live reader', () => {
  it('reads a pod with the context namespace and the user token', async () => {
    const { reader, namespace, context } = await openLiveReader({ kubeconfig: kubeconfigFor(fake, 'ok') });
    expect([namespace, context]).toEqual(['shop', 'test']);
    const pod = await reader.getPod('shop', 'web');
    expect(pod.metadata.creationTimestamp).toBe('2026-01-01T00:00:00Z');
    expect(seen.at(-1)?.auth).toBe('Bearer secret-token');
  });

  it('pages pod lists with limit and continue', async () => {
    const { reader } = await openLiveReader({ kubeconfig: kubeconfigFor(fake, 'ok') });
    let token: string | undefined;
    let total = 0;
    let pages = 0;
    do {
      const page = await reader.listPods('shop', { limit: 500, ...(token ? { continue: token } : {}) });
      total += page.items.length;
      pages++;
      token = page.metadata?.continue;
    } while (token);
    expect([total, pages]).toEqual([1203, 3]);
  });

  it('keeps the keys of a Secret and never its values', async () => {
    const { reader } = await openLiveReader({ kubeconfig: kubeconfigFor(fake, 'ok') });
    const secret = await reader.getObject('Secret', 'shop', 'db');
    expect(Object.keys(secret['data'] as object).sort()).toEqual(['password', 'user']);
    expect(JSON.stringify(secret)).not.toContain('aHVudGVyMg');
    expect(JSON.stringify(secret)).not.toContain('YWRtaW4');
  });

  it('bounds a log by bytes and by lines, and says when it cut', async () => {
    const { reader } = await openLiveReader({ kubeconfig: kubeconfigFor(fake, 'ok') });
    const big = await reader.readLog('shop', 'web', { container: 'app', previous: true, limitBytes: 4096 });
    expect(big.bytes.length).toBe(4096);
    expect(big.truncated).toBe(true);
    const tail = await reader.readLog('shop', 'web', { container: 'app', previous: false, tailLines: 2, limitBytes: 4096 });
    expect(tail.bytes.toString()).toBe('three\nfour\n');
    expect(tail.truncated).toBe(true);
    expect(seen.at(-1)?.url).toContain('tailLines=3');
  });

  it('maps 404, 403, 401 and 500 to ClusterError kinds with the apiserver message', async () => {
    const { reader } = await openLiveReader({ kubeconfig: kubeconfigFor(fake, 'ok') });
    expect((await failure(reader.getPod('shop', 'gone'))).kind).toBe('not-found');
    const forbidden = await failure(reader.getPod('shop', 'locked'));
    expect(forbidden.kind).toBe('forbidden');
    expect(forbidden.message).toContain('cannot get resource "pods"');
    expect((await failure(reader.getPod('shop', 'expired'))).kind).toBe('unauthorized');
    const server = await failure(reader.getPod('shop', 'broken'));
    expect([server.kind, server.status]).toEqual(['server', 500]);
  });

  it('treats a missing metrics API as no metrics', async () => {
    const { reader } = await openLiveReader({ kubeconfig: kubeconfigFor(fake, 'ok') });
    expect(await reader.getPodMetrics('shop', 'web')).toBeUndefined();
  });

  it('names the server URL when nothing listens there', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise<void>((r) => probe.close(() => r()));
    const { reader } = await openLiveReader({ kubeconfig: kubeconfigFor(url, 'closed') });
    const err = await failure(reader.getPod('shop', 'web'));
    expect(err.kind).toBe('unreachable');
    expect(err.message).toBe(`cannot reach the cluster at ${url}: connection refused`);
  });

  it('gives up on a server that never answers', async () => {
    const silent = await listen(() => undefined);
    const before = process.env['KUBECTL_CRASHCOURSE_TIMEOUT_MS'];
    process.env['KUBECTL_CRASHCOURSE_TIMEOUT_MS'] = '300';
    try {
      const { reader } = await openLiveReader({ kubeconfig: kubeconfigFor(silent, 'silent') });
      const err = await failure(reader.getPod('shop', 'web'));
      expect(err.kind).toBe('timeout');
      expect(err.message).toContain(silent);
    } finally {
      if (before === undefined) delete process.env['KUBECTL_CRASHCOURSE_TIMEOUT_MS'];
      else process.env['KUBECTL_CRASHCOURSE_TIMEOUT_MS'] = before;
    }
  });
});
