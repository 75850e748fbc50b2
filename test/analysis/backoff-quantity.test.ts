import { describe, expect, it } from 'vitest';
import { backoffState, parseGoDuration } from '../../src/analysis/backoff.js';
import { formatBytes, parseJvmSize, parseQuantity } from '../../src/analysis/quantity.js';
import { crashLooping, NOW } from './support/pods.js';

describe('the kubelet back-off', () => {
  it.each([['10s', 10], ['40s', 40], ['2m40s', 160], ['5m0s', 300], ['1h0m0s', 3600], ['500ms', 0.5]])('parses the Go duration %s as %ss', (text, s) => {
    expect(parseGoDuration(text)).toBe(s);
  });

  it('rejects text that is not a Go duration', () => {
    expect(parseGoDuration('soon')).toBeUndefined();
  });

  it('computes the time since the last finish and when the next start is due', () => {
    const v = { name: 'app', init: false, nativeSidecar: false, status: crashLooping('app', { exitCode: 1, finishedAgo: 15 }, 3, '40s') };
    expect(backoffState(v, NOW)).toMatchObject({ delaySeconds: 40, sinceLastFinishSeconds: 15, nextStartInSeconds: 25 });
    expect(backoffState(v, NOW)!.message).toMatch(/^back-off 40s restarting failed container=app/);
  });

  it('clamps the next start at 0 when it is already due', () => {
    const v = { name: 'app', init: false, nativeSidecar: false, status: crashLooping('app', { exitCode: 1, finishedAgo: 400 }, 9, '5m0s') };
    expect(backoffState(v, NOW)).toMatchObject({ delaySeconds: 300, sinceLastFinishSeconds: 400, nextStartInSeconds: 0 });
  });

  it('is null for a container that is not in CrashLoopBackOff', () => {
    expect(backoffState({ name: 'app', init: false, nativeSidecar: false, status: { name: 'app', ready: true, restartCount: 0, state: { running: {} } } }, NOW)).toBeNull();
  });
});

describe('quantities', () => {
  it.each([
    ['512Mi', 512 * 1024 ** 2], ['1G', 1e9], ['0.5Gi', 0.5 * 1024 ** 3], ['500M', 5e8], ['1Gi', 1024 ** 3], ['128974848', 128974848],
    ['129e6', 129e6], ['123Ki', 123 * 1024], ['250m', 0.25], ['2', 2], ['1.5Gi', 1.5 * 1024 ** 3],
  ])('parses %s exactly', (q, n) => {
    expect(parseQuantity(q)).toBe(n);
  });

  it('returns undefined for a malformed quantity', () => {
    expect(parseQuantity('lots')).toBeUndefined();
    expect(parseQuantity('12XB')).toBeUndefined();
  });

  it.each([['512m', 512 * 1024 ** 2], ['2g', 2 * 1024 ** 3], ['1024k', 1024 ** 2], ['1536M', 1536 * 1024 ** 2], ['1073741824', 1024 ** 3]])('parses the JVM size %s', (s, n) => {
    expect(parseJvmSize(s)).toBe(n);
  });

  it('formats bytes as a limit is written', () => {
    expect(formatBytes(1536 * 1024 ** 2)).toBe('1.5Gi');
    expect(formatBytes(768 * 1024 ** 2)).toBe('768Mi');
  });
});
