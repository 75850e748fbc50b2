// Reads (the live reader) and writes (the override's API client) must reach the same cluster as the same user
// in the same namespace, however the kubeconfig is put together: one resolution, one connection.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLiveReader } from '../../src/cluster/index.js';
import { openKubeApi } from '../../src/exec/kube-api.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-onecx-'));
const servers: Server[] = [];
const seen: { server: string; auth: string | undefined; path: string }[] = [];

async function fake(name: string): Promise<string> {
  const s = createServer((req, res) => {
    seen.push({ server: name, auth: req.headers.authorization, path: req.url ?? '' });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ metadata: { name: 'web', namespace: 'x' }, spec: { containers: [{ name: 'app' }] } }));
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

let first = '';
let second = '';
beforeAll(async () => {
  const [one, two] = [await fake('one'), await fake('two')];
  // kubectl's merge: the first file naming a cluster, user or context wins, and so does its current-context.
  first = join(dir, 'first');
  second = join(dir, 'second');
  writeFileSync(first, `apiVersion: v1
kind: Config
current-context: dev
clusters: [{name: shared, cluster: {server: "${one}", insecure-skip-tls-verify: true}}]
users: [{name: me, user: {token: first-token}}]
contexts: [{name: dev, context: {cluster: shared, user: me, namespace: shop}}]
`);
  writeFileSync(second, `apiVersion: v1
kind: Config
current-context: prod
clusters: [{name: shared, cluster: {server: "${two}", insecure-skip-tls-verify: true}}, {name: other, cluster: {server: "${two}", insecure-skip-tls-verify: true}}]
users: [{name: me, user: {token: second-token}}, {name: ops, user: {token: ops-token}}]
contexts: [{name: prod, context: {cluster: other, user: ops, namespace: billing}}, {name: dev, context: {cluster: other, user: ops}}]
`);
});
afterAll(() => {
  for (const s of servers) s.close();
});

async function both(flags: { context?: string; namespace?: string }, env: string): Promise<{ read: (typeof seen)[number]; write: (typeof seen)[number]; readNs: string; writeNs: string }> {
  const before = process.env['KUBECONFIG'];
  process.env['KUBECONFIG'] = env;
  try {
    seen.length = 0;
    const live = await openLiveReader(flags);
    await live.reader.getPod(live.namespace, 'web');
    const read = seen[0]!;
    seen.length = 0;
    const api = openKubeApi(flags);
    await api.request('GET', `/api/v1/namespaces/${api.namespace}/pods/web`);
    return { read, write: seen[0]!, readNs: live.namespace, writeNs: api.namespace };
  } finally {
    if (before === undefined) delete process.env['KUBECONFIG'];
    else process.env['KUBECONFIG'] = before;
  }
}

describe('reads and writes share one resolution of the kubeconfig', () => {
  it.each([
    ['the merged current-context', {}],
    ['--context from the second file', { context: 'prod' }],
    ['-n over the context namespace', { context: 'prod', namespace: 'tools' }],
  ])('%s', async (_what, flags) => {
    const r = await both(flags, [first, second].join(delimiter));
    expect(r.write.server).toBe(r.read.server);
    expect(r.write.auth).toBe(r.read.auth);
    expect(r.writeNs).toBe(r.readNs);
    expect(r.write.path.split('?')[0]).toBe(r.read.path.split('?')[0]);
  });
});
