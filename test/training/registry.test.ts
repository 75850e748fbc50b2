import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImageConfig } from '../../src/image/registry-client.js';
import { nodePlatform } from '../../src/image/platform.js';
import { createRegistryHandler } from '../../src/training/registry/index.js';

const images = {
  'busybox:1.36': { entrypoint: undefined, cmd: ['sh'], shell: '/bin/sh', auth: 'none' as const, architectures: ['amd64'] },
  'nginx:1.25': { cmd: ['nginx', '-g', 'daemon off;'], entrypoint: ['/docker-entrypoint.sh'] },
  'ghcr.io/acme/api:2.1': { entrypoint: ['/app/api'], cmd: ['--config', '/etc/api/config.yaml'], workingDir: '/app', user: '65532', shell: null, architectures: ['amd64', 'arm64'] },
  'private/worker:1': { entrypoint: ['/docker-entrypoint.sh'], cmd: ['worker'], auth: 'token' as const },
};

let server: Server;
let mirror: string;
const requests: string[] = [];

beforeAll(async () => {
  const handle = createRegistryHandler(images);
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization ? 'auth' : 'anon'}`);
    if (!handle(req, res)) {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the registry client against the training registry', () => {
  it('reads CMD from a single-manifest image with no ENTRYPOINT', async () => {
    const result = await fetchImageConfig('busybox:1.36', { mirror });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.entrypoint).toBeUndefined();
    expect(result.config.cmd).toEqual(['sh']);
    expect(result.config.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('picks the arm64 config from a multi-arch index for an arm64 node and amd64 for an amd64 node', async () => {
    const arm = await fetchImageConfig('ghcr.io/acme/api:2.1', { mirror, platform: nodePlatform({ architecture: 'arm64', operatingSystem: 'linux' }) });
    const amd = await fetchImageConfig('ghcr.io/acme/api:2.1', { mirror, platform: nodePlatform({ architecture: 'amd64', operatingSystem: 'linux' }) });
    expect(arm.ok && arm.config.architecture).toBe('arm64');
    expect(amd.ok && amd.config.architecture).toBe('amd64');
    expect(arm.ok && arm.config).toMatchObject({ entrypoint: ['/app/api'], cmd: ['--config', '/etc/api/config.yaml'], workingDir: '/app', user: '65532' });
  });

  it('says which platforms an index offers when the node has none of them', async () => {
    const result = await fetchImageConfig('ghcr.io/acme/api:2.1', { mirror, platform: nodePlatform({ architecture: 's390x' }) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('linux/arm64');
  });

  it('answers 401 first and serves the image after the anonymous bearer-token flow', async () => {
    requests.length = 0;
    const result = await fetchImageConfig('private/worker:1', { mirror });
    expect(result.ok && result.config.entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(requests[0]).toMatch(/^GET \/v2\/private\/worker\/manifests\/1\?ns=docker\.io anon$/);
    expect(requests.some((r) => r.startsWith('GET /v2/token?'))).toBe(true);
    expect(requests.at(-1)).toMatch(/blobs\/sha256:.* auth$/);
  });

  it('asks for a token for Docker Hub images by default, as Docker Hub does', async () => {
    const res = await fetch(`${mirror}/v2/library/nginx/manifests/1.25?ns=docker.io`);
    expect(res.status).toBe(401);
    const result = await fetchImageConfig('nginx:1.25', { mirror });
    expect(result.ok && result.config.entrypoint).toEqual(['/docker-entrypoint.sh']);
  });

  it('refuses a manifest request without a token for the protected image', async () => {
    const res = await fetch(`${mirror}/v2/private/worker/manifests/1`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="http:\/\/127\.0\.0\.1:\d+\/v2\/token"/);
  });

  it('reports an image the registry does not have as not found', async () => {
    const result = await fetchImageConfig('nginx:9.9', { mirror });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/not found|not served|404/);
  });

  it('reports an unreachable registry (a closed port) with the reason instead of throwing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await fetchImageConfig(`127.0.0.1:${port}/app:1`, { timeoutMs: 3000 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('ECONNREFUSED');
  });

  it('serves manifests whose digest header is the sha256 of their bytes', async () => {
    const { createHash } = await import('node:crypto');
    const res = await fetch(`${mirror}/v2/library/busybox/manifests/1.36`);
    const body = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('docker-content-digest')).toBe(`sha256:${createHash('sha256').update(body).digest('hex')}`);
  });
});
