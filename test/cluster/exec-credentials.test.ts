// A user with an exec credential plugin (as EKS, GKE and AKS kubeconfigs have) authenticates through
// client-node: the token the plugin prints reaches the API server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLiveReader } from '../../src/cluster/index.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-exec-'));
const auth: (string | undefined)[] = [];
const server = createServer((req, res) => {
  auth.push(req.headers.authorization);
  res.end(JSON.stringify({ metadata: { name: 'web', namespace: 'default' }, spec: { containers: [] } }));
});
afterAll(() => server.close());

describe('exec credential plugins', () => {
  it('send the token the plugin prints', async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const plugin = join(dir, 'plugin.mjs');
    writeFileSync(plugin, `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: 'from-plugin' } }));\n`);
    const kubeconfig = join(dir, 'config');
    writeFileSync(kubeconfig, `apiVersion: v1
kind: Config
current-context: cloud
clusters: [{name: c, cluster: {server: "http://127.0.0.1:${(server.address() as AddressInfo).port}", insecure-skip-tls-verify: true}}]
users:
- name: u
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ${JSON.stringify(process.execPath)}
      args: [${JSON.stringify(plugin)}]
      interactiveMode: Never
contexts: [{name: cloud, context: {cluster: c, user: u}}]
`);
    const { reader } = await openLiveReader({ kubeconfig });
    await reader.getPod('default', 'web');
    expect(auth.at(-1)).toBe('Bearer from-plugin');
  });
});
