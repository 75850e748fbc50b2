import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../src/image/reference.js';
import { UserError } from '../../src/errors.js';

describe('parseImageReference', () => {
  it.each([
    ['busybox', 'docker.io', 'registry-1.docker.io', 'library/busybox', 'latest', undefined],
    ['busybox:1.36', 'docker.io', 'registry-1.docker.io', 'library/busybox', '1.36', undefined],
    ['bitnami/redis:7.2', 'docker.io', 'registry-1.docker.io', 'bitnami/redis', '7.2', undefined],
    ['index.docker.io/library/nginx', 'docker.io', 'registry-1.docker.io', 'library/nginx', 'latest', undefined],
    ['ghcr.io/org/team/app:v1.2.3', 'ghcr.io', 'ghcr.io', 'org/team/app', 'v1.2.3', undefined],
    ['localhost:5000/app', 'localhost:5000', 'localhost:5000', 'app', 'latest', undefined],
    ['registry.k8s.io/pause:3.9', 'registry.k8s.io', 'registry.k8s.io', 'pause', '3.9', undefined],
  ])('reads %s as registry %s, repository %s and tag', (input, registry, apiHost, repository, tag, digest) => {
    const ref = parseImageReference(input);
    expect(ref.registry).toBe(registry);
    expect(ref.apiHost).toBe(apiHost);
    expect(ref.repository).toBe(repository);
    expect(ref.tag).toBe(tag);
    expect(ref.digest).toBe(digest);
  });

  it('keeps a digest and does not invent a tag when the reference is pinned', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const ref = parseImageReference(`nginx@${digest}`);
    expect(ref.digest).toBe(digest);
    expect(ref.tag).toBeUndefined();
    expect(ref.canonical).toBe(`docker.io/library/nginx@${digest}`);
  });

  it('keeps both the tag and the digest when both are given', () => {
    const digest = `sha256:${'b'.repeat(64)}`;
    const ref = parseImageReference(`quay.io/prometheus/node-exporter:v1.8.0@${digest}`);
    expect(ref.tag).toBe('v1.8.0');
    expect(ref.digest).toBe(digest);
  });

  it.each(['', 'UPPER/case', 'nginx:bad tag', 'nginx@sha256:short', 'a//b'])('rejects %j with a user error', (input) => {
    expect(() => parseImageReference(input)).toThrow(UserError);
  });
});
