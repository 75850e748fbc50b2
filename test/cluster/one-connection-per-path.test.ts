// One way to the cluster, path by path: the reads (diagnose, scan, the wizard), the override's writes and the
// wizard's API fallback all use one connection for one resolved target. Shown with an exec credential plugin
// that hands out a new token each time it runs: every path must present the same token, and the plugin must
// run once. With a connection per path, the write would go out as another credential than the read.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRunner } from '../../src/cli/wizard-runner.js';
import type { WizardOptions } from '../../src/cli/options.js';
import { openLiveReader } from '../../src/cluster/index.js';
import { openKubeApi } from '../../src/exec/kube-api.js';
import { deleteCopyPlan } from '../../src/plans/override-plans.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-onepath-'));
const seen: { method: string; path: string; auth: string | undefined }[] = [];
let server: Server;
let kubeconfig = '';
const counter = join(dir, 'runs');

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ kind: 'Pod', metadata: { name: 'web', namespace: 'shop' }, spec: { containers: [{ name: 'app' }] }, status: {} }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(counter, '');
  const plugin = join(dir, 'plugin.cjs');
  // Each run appends a line and answers with a token naming its run.
  writeFileSync(plugin, `const fs = require('fs');
fs.appendFileSync(process.argv[2], 'run\\n');
const n = fs.readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean).length;
process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: 'tok-' + n } }));
`);
  kubeconfig = join(dir, 'config');
  writeFileSync(kubeconfig, `apiVersion: v1
kind: Config
current-context: t
clusters: [{name: c, cluster: {server: "${url}", insecure-skip-tls-verify: true}}]
users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: "${process.execPath}", args: ["${plugin}", "${counter}"], interactiveMode: Never}}}]
contexts: [{name: t, context: {cluster: c, user: u, namespace: shop}}]
`);
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const runs = (): number => readFileSync(counter, 'utf8').split('\n').filter(Boolean).length;

describe('one connection for every path to the cluster', () => {
  it('reads, the override\'s writes and the wizard\'s API fallback present one credential, fetched once', async () => {
    // diagnose, scan and the wizard read through the live reader.
    const live = await openLiveReader({ kubeconfig });
    await live.reader.getPod('shop', 'web');
    const read = seen.at(-1)!;
    // The override writes through its API client.
    const api = openKubeApi({ kubeconfig });
    await api.request('POST', '/api/v1/namespaces/shop/pods?dryRun=All', { metadata: { name: 'web-copy' } });
    const write = seen.at(-1)!;
    // The wizard runs plans kubectl cannot (no kubectl on PATH here) through the API fallback.
    const path = process.env['PATH'];
    process.env['PATH'] = dir;
    let fallback: (typeof seen)[number];
    try {
      const runner = makeRunner({ kubeconfig, mode: 'run', readOnly: false } as unknown as WizardOptions, { kubeconfig, namespace: 'shop' });
      const r = await runner.run(deleteCopyPlan({ kubeconfig, namespace: 'shop' }, 'shop', 'web-copy', { neverRan: true }), { confirmed: true });
      expect(r.outcome).toBe('ran');
      fallback = seen.at(-1)!;
    } finally {
      process.env['PATH'] = path;
    }
    expect([read.method, write.method, fallback.method]).toEqual(['GET', 'POST', 'DELETE']);
    expect(read.auth).toBe('Bearer tok-1');
    expect(write.auth).toBe(read.auth);
    expect(fallback.auth).toBe(read.auth);
    expect(runs()).toBe(1);
  });

  it('another user is another connection: its own credential, its own plugin run', async () => {
    const before = runs();
    const other = join(dir, 'other');
    writeFileSync(other, readFileSync(kubeconfig, 'utf8').replace('interactiveMode: Never', 'interactiveMode: Never, env: [{name: X, value: other}]'));
    await openKubeApi({ kubeconfig: other }).request('GET', '/api/v1/namespaces/shop/pods/web');
    expect(runs()).toBe(before + 1);
    expect(seen.at(-1)!.auth).toBe(`Bearer tok-${before + 1}`);
  });

  it('a read and a write resolve the same cluster, user and namespace, whichever context is chosen', async () => {
    // Two servers, two users, three contexts: the current one, one chosen with --context, one with no namespace.
    const hits: { server: string; path: string; auth: string | undefined }[] = [];
    const servers = await Promise.all(['east', 'west'].map(async (name) => {
      const srv = createServer((req, res) => {
        hits.push({ server: name, path: req.url ?? '', auth: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ kind: 'Pod', metadata: { name: 'web', namespace: 'x' }, spec: { containers: [{ name: 'app' }] }, status: {} }));
      });
      await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
      return { name, srv, url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}` };
    }));
    const config = join(dir, 'two-clusters');
    writeFileSync(config, `apiVersion: v1
kind: Config
current-context: east-ops
clusters: [{name: east, cluster: {server: "${servers[0]!.url}"}}, {name: west, cluster: {server: "${servers[1]!.url}"}}]
users: [{name: ops, user: {token: ops-token}}, {name: dev, user: {token: dev-token}}]
contexts:
- {name: east-ops, context: {cluster: east, user: ops, namespace: payments}}
- {name: west-dev, context: {cluster: west, user: dev, namespace: shop}}
- {name: west-ops, context: {cluster: west, user: ops}}
`);
    try {
      const cases = [
        { context: undefined, server: 'east', auth: 'Bearer ops-token', namespace: 'payments' },
        { context: 'west-dev', server: 'west', auth: 'Bearer dev-token', namespace: 'shop' },
        { context: 'west-ops', server: 'west', auth: 'Bearer ops-token', namespace: 'default' },
      ];
      for (const c of cases) {
        const flags = { kubeconfig: config, ...(c.context ? { context: c.context } : {}) };
        const live = await openLiveReader(flags);
        await live.reader.getPod(live.namespace, 'web');
        const read = hits.at(-1)!;
        const api = openKubeApi(flags);
        await api.request('POST', `/api/v1/namespaces/${api.namespace}/pods?dryRun=All`, { metadata: { name: 'web-copy' } });
        const write = hits.at(-1)!;
        const where = (h: typeof read) => ({ server: h.server, auth: h.auth, namespace: h.path.split('/')[4] });
        expect(where(read), c.context ?? 'current context').toEqual({ server: c.server, auth: c.auth, namespace: c.namespace });
        expect(where(write), c.context ?? 'current context').toEqual(where(read));
        expect([live.context, live.server]).toEqual([api.context, api.server]);
      }
    } finally {
      for (const { srv } of servers) {
        srv.closeAllConnections();
        srv.close();
      }
    }
  });

  it('one request function sends every read and write to the API server (the pod watch stream aside)', () => {
    // The training cluster and the metrics endpoint are servers, not clients of the API server.
    const root = join(import.meta.dirname, '../../src');
    const senders = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('training'))
      .filter((f) => /\b(?:lib|http|https|httpRequest|httpsRequest)\.(?:request|get)\(|\b(?:httpRequest|httpsRequest)\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(senders.sort()).toEqual(['cluster/api-request.ts', 'cluster/watch-pods.ts']);
  });
});
