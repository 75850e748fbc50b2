// Real clusters speak TLS: the cluster CA (a file relative to the kubeconfig), a client certificate (inline
// data) and key (a relative file) must reach the handshake; a server we cannot verify is a one-line error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLiveReader } from '../../src/cluster/index.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-tls-'));
const haveOpenssl = ['/usr/bin/openssl', '/usr/local/bin/openssl'].some(existsSync);
let server: Server | undefined;
let url = '';
const clients: string[] = [];

const openssl = (...args: string[]): void => {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
};

beforeAll(async () => {
  if (!haveOpenssl) return;
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=test-ca');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=apiserver');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '1', '-extfile', 'san.ext');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'client.key', '-out', 'client.csr', '-subj', '/CN=jane/O=dev');
  openssl('x509', '-req', '-in', 'client.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'client.crt', '-days', '1');
  const read = (f: string) => readFileSync(join(dir, f));
  server = createServer({ key: read('server.key'), cert: read('server.crt'), ca: read('ca.crt'), requestCert: true, rejectUnauthorized: false }, (req, res) => {
    const peer = (req.socket as TLSSocket).getPeerCertificate();
    clients.push(String(peer?.subject?.CN ?? 'anonymous'));
    res.end(JSON.stringify({ metadata: { name: 'web', namespace: 'default' }, spec: { containers: [] } }));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(() => server?.close());

function kubeconfig(name: string, cluster: string): string {
  const path = join(dir, name);
  const certData = readFileSync(join(dir, 'client.crt')).toString('base64');
  writeFileSync(path, `apiVersion: v1
kind: Config
current-context: tls
clusters: [{name: c, cluster: {server: "${url}"${cluster}}}]
users: [{name: u, user: {client-certificate-data: ${certData}, client-key: client.key}}]
contexts: [{name: tls, context: {cluster: c, user: u}}]
`);
  return path;
}

describe('TLS credentials from the kubeconfig', () => {
  it('verify the server with the CA file and present the client certificate', async () => {
    if (!haveOpenssl) return console.log('skipped: openssl is not installed, so no certificates can be made');
    const { reader } = await openLiveReader({ kubeconfig: kubeconfig('ok.yaml', ', certificate-authority: ca.crt') });
    await reader.getPod('default', 'web');
    expect(clients.at(-1)).toBe('jane');
  });

  it('refuse a server whose certificate nothing vouches for, in one line', async () => {
    if (!haveOpenssl) return console.log('skipped: openssl is not installed, so no certificates can be made');
    const { reader } = await openLiveReader({ kubeconfig: kubeconfig('noca.yaml', '') });
    const err = await reader.getPod('default', 'web').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClusterError);
    expect((err as ClusterError).kind).toBe('unreachable');
    expect((err as Error).message).toMatch(new RegExp(`^cannot reach the cluster at ${url}: TLS: `));
    expect((err as Error).message).not.toContain('\n');
  });
});
