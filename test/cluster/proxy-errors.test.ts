// A proxy-url that does not work is the proxy's fault, and the message must say so, not blame the cluster.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';

afterEach(() => vi.restoreAllMocks());

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function kubeconfig(proxy: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'crashcourse-proxy-')), 'config');
  writeFileSync(file, `apiVersion: v1
kind: Config
current-context: t
clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443", proxy-url: "${proxy}", insecure-skip-tls-verify: true}}]
users: [{name: u, user: {token: t}}]
contexts: [{name: t, context: {cluster: c, user: u}}]
`);
  return file;
}

describe('a failing proxy-url', () => {
  it('is named as the proxy when it refuses connections', async () => {
    const proxy = `http://127.0.0.1:${await closedPort()}`;
    const io = captureOutput();
    expect(await main(['diagnose', 'web', '--kubeconfig', kubeconfig(proxy), '--request-timeout', '5s'])).toBe(1);
    expect(io.err()).toContain(`cannot reach the proxy ${proxy}`);
    expect(io.err()).not.toMatch(/internal error|credentials/);
  });

  it('of an unsupported kind is named as a proxy-url problem, not a credential one', async () => {
    const io = captureOutput();
    expect(await main(['diagnose', 'web', '--kubeconfig', kubeconfig('ftp://127.0.0.1:21'), '--request-timeout', '5s'])).toBe(1);
    expect(io.err()).toMatch(/proxy-url ftp:\/\/127\.0\.0\.1:21 .*not supported/);
  });
});
