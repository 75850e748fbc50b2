// A kubeconfig for a test server on loopback: one context `t`, a token user, namespace shop.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function loopbackKubeconfig(server: Server, prefix: string): string {
  const file = join(mkdtempSync(join(tmpdir(), `crashcourse-${prefix}-`)), 'config');
  writeFileSync(file, `apiVersion: v1
kind: Config
current-context: t
clusters: [{name: c, cluster: {server: "http://127.0.0.1:${(server.address() as AddressInfo).port}"}}]
users: [{name: u, user: {token: t}}]
contexts: [{name: t, context: {cluster: c, user: u, namespace: shop}}]
`);
  return file;
}
