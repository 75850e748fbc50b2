// A server (or a proxy in front of it) answering nonsense: each case ends as one line naming what was wrong
// and where, never as "internal error".
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';
import { loopbackKubeconfig } from './loopback-kubeconfig.js';

const goodPod = (status: unknown) => ({ kind: 'Pod', apiVersion: 'v1', metadata: { name: 'web', namespace: 'shop' }, spec: { containers: [{ name: 'app', image: 'x' }] }, status });
const answers = new Map<string, { type?: string; body: string }>();
let server: Server;
let kubeconfig = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const a = answers.get(path);
    if (!a) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Status', status: 'Failure', reason: 'NotFound', message: 'not found', code: 404 }));
      return;
    }
    res.writeHead(200, { 'content-type': a.type ?? 'application/json' });
    res.end(a.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  kubeconfig = loopbackKubeconfig(server, 'malformed');
});
afterAll(() => server.close());
afterEach(() => {
  vi.restoreAllMocks();
  answers.clear();
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureOutput();
  const code = await main([...argv, '--kubeconfig', kubeconfig]);
  return { code, out: io.out(), err: io.err() };
}

describe('diagnose names a malformed pod answer', () => {
  it.each([
    ['containerStatuses "garbage"', JSON.stringify(goodPod({ phase: 'Running', containerStatuses: 'garbage' })), /status\.containerStatuses: expected array, got string/],
    ['phase {a: b}', JSON.stringify(goodPod({ phase: { a: 'b' } })), /status\.phase: expected string, got a mapping/],
    ['null', 'null', /the whole answer: expected object, got null/],
    ['{}', '{}', /metadata: expected object, got nothing/],
    ['[1,2,3]', '[1,2,3]', /expected object, got a list/],
    ['an HTML page', '<html><body>502 Bad Gateway</body></html>', /not JSON/],
    ['a body cut mid-way', JSON.stringify(goodPod({ phase: 'Running' })).slice(0, 40), /not JSON/],
  ])('%s', async (_what, body, expected) => {
    answers.set('/api/v1/namespaces/shop/pods/web', { body });
    const r = await run(['diagnose', 'web']);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.err).toMatch(expected);
    expect(r.err).toContain('/api/v1/namespaces/shop/pods/web');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('an event whose message is 1e308 becomes a recorded gap, not a crash', async () => {
    answers.set('/api/v1/namespaces/shop/pods/web', { body: JSON.stringify(goodPod({ phase: 'Running', containerStatuses: [{ name: 'app', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1 } } }] })) });
    answers.set('/api/v1/namespaces/shop/events', { body: `{"kind":"EventList","items":[{"metadata":{"name":"e"},"reason":"BackOff","message":1e308}]}` });
    const r = await run(['diagnose', 'web', '-o', 'json']);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.out).toMatch(/items\[0\]\.message: expected string, got number/);
  });
});

describe('scan on a list answer that is not a list', () => {
  it.each([['{}', '{}'], ['an array', '[1,2,3]'], ['items that are not pods', '{"items":[{"metadata":{"name":"p"},"spec":"x"}]}']])('%s is an error, not "No failing pods"', async (_what, body) => {
    answers.set('/api/v1/pods', { body });
    const r = await run(['scan', '-A']);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/No failing pods/);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.err).toContain('/api/v1/pods');
  });
});
