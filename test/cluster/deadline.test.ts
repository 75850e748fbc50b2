// Every command has a deadline (--request-timeout): a trickling server, a hung credential plugin or an endless
// kubeconfig end in one line naming the limit, not a hang.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { configureRequestTimeout } from '../../src/cluster/request-timeout.js';
import { openKubeApi } from '../../src/exec/kube-api.js';
import { captureOutput } from '../support/capture-output.js';

const dir = mkdtempSync(join(tmpdir(), 'crashcourse-deadline-'));
let server: Server;
let url = '';
const trickles = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  // Answers every request with a byte every 200 ms, forever: never idle, never done.
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const t = setInterval(() => res.write(' '), 200);
    trickles.add(t);
    res.on('close', () => clearInterval(t));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  for (const t of trickles) clearInterval(t);
  server.closeAllConnections();
  server.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  configureRequestTimeout(undefined);
});

function kubeconfig(name: string, user: string): string {
  const path = join(dir, name);
  writeFileSync(path, `apiVersion: v1
kind: Config
current-context: t
clusters: [{name: c, cluster: {server: "${url}", insecure-skip-tls-verify: true}}]
users: [{name: u, user: ${user}}]
contexts: [{name: t, context: {cluster: c, user: u, namespace: shop}}]
`);
  return path;
}

async function waitForFile(path: string, ms: number): Promise<string> {
  const until = Date.now() + ms;
  while (!existsSync(path) || readFileSync(path, 'utf8') === '') {
    if (Date.now() > until) throw new Error(`${path} did not appear within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return readFileSync(path, 'utf8');
}

async function timed(argv: string[]): Promise<{ code: number; err: string; ms: number }> {
  const io = captureOutput();
  const start = Date.now();
  const code = await main(argv);
  return { code, err: io.err(), ms: Date.now() - start };
}

describe('the deadline of every command', () => {
  it('diagnose gives up on a trickling server after --request-timeout', async () => {
    const r = await timed(['diagnose', 'web', '--kubeconfig', kubeconfig('trickle', '{token: t}'), '--request-timeout', '1s']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1 s/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.ms).toBeLessThan(5000);
  });

  it('scan gives up on a hung exec credential plugin, naming the plugin', async () => {
    // client-node is loaded lazily on the credential-plugin path; loading it here first keeps a slow import on a
    // loaded machine from eating the 1 s budget before the plugin is even started.
    await import('@kubernetes/client-node');
    const plugin = join(dir, 'hang.mjs');
    const started = join(dir, 'hang.pid');
    writeFileSync(plugin, `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(started)}, String(process.pid));\nsetTimeout(() => {}, 60000);\n`);
    const user = `{exec: {apiVersion: client.authentication.k8s.io/v1, command: ${JSON.stringify(process.execPath)}, args: [${JSON.stringify(plugin)}], interactiveMode: Never}}`;
    const r = await timed(['scan', '--kubeconfig', kubeconfig('hung-plugin', user), '--request-timeout', '1s']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/credential plugin of user "u" did not answer within 1 s/);
    expect(r.ms).toBeLessThan(5000);
    // The plugin really ran (and is still hanging): its own signal, waited for rather than assumed.
    const pid = await waitForFile(started, 15_000);
    expect(() => process.kill(Number(pid), 0)).not.toThrow();
    process.kill(Number(pid), 'SIGKILL');
  });

  it('--kubeconfig /dev/zero is refused at once with the file named', async () => {
    const r = await timed(['diagnose', 'web', '--kubeconfig', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/kubeconfig \/dev\/zero is larger than 4 MiB/);
  });

  it("override's API client bounds a whole exchange, not just idleness", async () => {
    configureRequestTimeout(800);
    const api = openKubeApi({ kubeconfig: kubeconfig('trickle-api', '{token: t}') });
    const start = Date.now();
    await expect(api.request('GET', '/api/v1/namespaces/shop/pods/web')).rejects.toThrow(/within 800 ms/);
    expect(Date.now() - start).toBeLessThan(4000);
  });

  it('rejects a deadline that is not a duration, and zero', async () => {
    for (const bad of ['soon', '0', '-1s']) {
      const r = await timed(['scan', '--request-timeout', bad]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--request-timeout/);
    }
  });
});
