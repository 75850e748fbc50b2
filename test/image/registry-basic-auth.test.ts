import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImageConfig } from '../../src/image/registry-client.js';
import { buildRegistryContent } from '../../src/training/registry/registry-content.js';

// A private registry that wants Basic credentials (as from a pod's imagePullSecrets), serving the training
// registry's bytes for one image.
const content = buildRegistryContent({ 'registry.corp.example:5000/team/app:3': { entrypoint: ['/app'], cmd: ['--serve'], architectures: ['amd64'] } });
const expected = `Basic ${Buffer.from('robot:s3cret').toString('base64')}`;
let server: Server;
let host: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="corp"' }).end();
      return;
    }
    const ref = /\/v2\/team\/app\/(manifests|blobs)\/([^/?]+)/.exec(req.url ?? '');
    const repo = content.repositories.get('registry.corp.example:5000/team/app')!;
    const digest = ref?.[1] === 'manifests' && !ref[2]!.includes(':') ? repo.tags.get(ref[2]!) : ref?.[2];
    const stored = digest ? content.objects.get(digest) : undefined;
    if (!stored) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': stored.mediaType }).end(stored.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('a registry that wants Basic credentials', () => {
  it('answers with the pull secret\'s credentials and reads the config', async () => {
    const r = await fetchImageConfig('registry.corp.example:5000/team/app:3', { mirror: host, credentials: { username: 'robot', password: 's3cret' } });
    expect(r.ok && r.config).toMatchObject({ entrypoint: ['/app'], cmd: ['--serve'] });
  });

  it('says credentials are needed when it has none, or the wrong ones', async () => {
    const none = await fetchImageConfig('registry.corp.example:5000/team/app:3', { mirror: host });
    expect(!none.ok && none.reason).toMatch(/401.*credentials needed/);
    const wrong = await fetchImageConfig('registry.corp.example:5000/team/app:3', { mirror: host, credentials: { username: 'robot', password: 'nope' } });
    expect(wrong.ok).toBe(false);
  });
});
