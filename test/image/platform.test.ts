import { describe, expect, it } from 'vitest';
import { nodePlatform, selectPlatform, type IndexEntry } from '../../src/image/platform.js';

const entries: IndexEntry[] = [
  { digest: 'sha256:amd', platform: { os: 'linux', architecture: 'amd64' } },
  { digest: 'sha256:armv6', platform: { os: 'linux', architecture: 'arm', variant: 'v6' } },
  { digest: 'sha256:armv7', platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
  { digest: 'sha256:arm64', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
  { digest: 'sha256:att', platform: { os: 'unknown', architecture: 'unknown' } },
  { digest: 'sha256:win', platform: { os: 'windows', architecture: 'amd64' } },
];

describe('selectPlatform', () => {
  it('picks the arm64 manifest for an arm64 node and the amd64 one for an amd64 node', () => {
    expect(selectPlatform(entries, nodePlatform({ architecture: 'arm64', operatingSystem: 'linux' }))?.digest).toBe('sha256:arm64');
    expect(selectPlatform(entries, nodePlatform({ architecture: 'amd64', operatingSystem: 'linux' }))?.digest).toBe('sha256:amd');
  });

  it('picks the v7 arm variant that runtimes default to', () => {
    expect(selectPlatform(entries, nodePlatform({ architecture: 'arm', operatingSystem: 'linux' }))?.digest).toBe('sha256:armv7');
  });

  it('accepts an arm64 entry that lists no variant', () => {
    const bare = [{ digest: 'sha256:x', platform: { os: 'linux', architecture: 'arm64' } }];
    expect(selectPlatform(bare, nodePlatform({ architecture: 'arm64' }))?.digest).toBe('sha256:x');
  });

  it('matches the OS too, and finds nothing for a platform the index lacks', () => {
    expect(selectPlatform(entries, nodePlatform({ architecture: 'amd64', operatingSystem: 'windows' }))?.digest).toBe('sha256:win');
    expect(selectPlatform(entries, nodePlatform({ architecture: 's390x' }))).toBeUndefined();
  });

  it('assumes linux/amd64 when the node could not be read', () => {
    expect(nodePlatform(undefined)).toEqual({ os: 'linux', architecture: 'amd64' });
  });
});
