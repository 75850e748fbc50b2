// The override reads the pod through its own API client: what it prints (text, -o json, suggest) comes from
// that answer, so the answer is cleaned where it enters.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKubeApi } from '../../src/exec/kube-api.js';
import { UNSAFE } from '../../src/text/sanitize.js';

const HOSTILE = '\u001b]52;c;aGk=\u0007\u202e\u2066\u009b2J\u0085';
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ metadata: { name: 'web', namespace: 'shop', annotations: { [`note${HOSTILE}`]: `v${HOSTILE}` } }, spec: { containers: [{ name: 'app', image: `img${HOSTILE}`, command: [`sh${HOSTILE}`] }] }, status: { containerStatuses: [{ name: 'app', state: { waiting: { reason: `CrashLoopBackOff${HOSTILE}`, message: `back-off${HOSTILE}` } } }] } }));
});
afterAll(() => server.close());

describe("the override's API client", () => {
  it('hands on answers with no control or bidi character in any string or key', async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const file = join(mkdtempSync(join(tmpdir(), 'crashcourse-kubeapi-')), 'config');
    writeFileSync(file, `apiVersion: v1\nkind: Config\ncurrent-context: t\nclusters: [{name: c, cluster: {server: "http://127.0.0.1:${(server.address() as AddressInfo).port}", insecure-skip-tls-verify: true}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: t, context: {cluster: c, user: u}}]\n`);
    const res = await openKubeApi({ kubeconfig: file }).request('GET', '/api/v1/namespaces/shop/pods/web');
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (strings.push(k), walk(x));
    };
    walk(res.body);
    expect(strings).toContain('CrashLoopBackOff');
    expect(strings.filter((s) => UNSAFE.test(s))).toEqual([]);
  });
});
