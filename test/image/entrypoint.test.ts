import { describe, expect, it } from 'vitest';
import { effectiveEntrypoint } from '../../src/image/entrypoint.js';
import { credentialsFor, parseChallenge } from '../../src/image/registry-auth.js';
import type { ImageConfig } from '../../src/image/registry-client.js';

const config: ImageConfig = { entrypoint: ['/docker-entrypoint.sh'], cmd: ['haproxy', '-f', '/usr/local/etc/haproxy/haproxy.cfg'], env: ['PATH=/bin'], workingDir: '/srv', configDigest: 'sha256:x' };

describe('effectiveEntrypoint', () => {
  it('takes the spec command and args and ignores the image CMD when command is set', () => {
    const e = effectiveEntrypoint({ command: ['sh', '-c'], args: ['sleep 5; exit 3'] }, { config });
    expect(e).toMatchObject({ command: ['sh', '-c'], args: ['sleep 5; exit 3'], source: 'spec' });
  });

  it('keeps the image ENTRYPOINT and replaces CMD when only args are set', () => {
    const e = effectiveEntrypoint({ args: ['--debug'] }, { config });
    expect(e).toMatchObject({ command: ['/docker-entrypoint.sh'], args: ['--debug'], source: 'image', workingDir: '/srv' });
  });

  it('uses ENTRYPOINT and CMD from the image when the spec sets neither', () => {
    const e = effectiveEntrypoint({}, { config });
    expect(e.command).toEqual(['/docker-entrypoint.sh']);
    expect(e.args).toEqual(['haproxy', '-f', '/usr/local/etc/haproxy/haproxy.cfg']);
  });

  it('says it is unknown, why, and how to find out when the registry could not be read', () => {
    const e = effectiveEntrypoint({ image: 'nginx:1.25' }, { reason: 'cannot reach registry-1.docker.io: ECONNREFUSED' });
    expect(e.source).toBe('unknown');
    expect(e.reason).toContain('ECONNREFUSED');
    expect(e.findOut).toContainEqual(['crane', 'config', 'nginx:1.25']);
  });
});

describe('registry auth helpers', () => {
  it('parses a Docker Hub style bearer challenge', () => {
    const c = parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull"');
    expect(c).toEqual({ scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/busybox:pull' } });
  });

  it('finds credentials for a registry in a .dockerconfigjson, by host or the legacy Docker Hub key', () => {
    const doc = JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: Buffer.from('me:secret').toString('base64') }, 'ghcr.io': { username: 'u', password: 'p' } } });
    expect(credentialsFor(doc, 'docker.io')).toEqual({ username: 'me', password: 'secret' });
    expect(credentialsFor(doc, 'ghcr.io')).toEqual({ username: 'u', password: 'p' });
    expect(credentialsFor(doc, 'quay.io')).toBeUndefined();
    expect(credentialsFor('not json', 'ghcr.io')).toBeUndefined();
  });
});
