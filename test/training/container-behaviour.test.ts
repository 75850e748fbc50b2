import { describe, expect, it } from 'vitest';
import { BehaviourCatalog, behaviourFromStatus, isKeepAlive } from '../../src/training/container-behaviour.js';
import type { Scenario } from '../../src/scenario/index.js';
import { backoffFor, goDuration } from '../../src/training/kubelet.js';

describe('keep-alive commands', () => {
  it.each([
    [['sleep', 'infinity'], true],
    [['/bin/sleep', '86400'], true],
    [['tail', '-f', '/dev/null'], true],
    [['sh', '-c', 'sleep infinity'], true],
    [['/bin/sh', '-c', 'while true; do sleep 30; done'], true],
    [['bash', '-c', 'exec sleep 999999'], true],
    [['sleep', '5'], false],
    [['sh', '-c', 'sleep 5; exit 3'], false],
    [['/app/server'], false],
  ])('%j keeps the container alive: %s', (argv, expected) => {
    expect(isKeepAlive(argv)).toBe(expected);
  });
});

describe('behaviour of containers created through the API', () => {
  const scenario = {
    name: 's',
    dir: '/s',
    meta: { images: { 'gcr.io/distroless/static:nonroot': { entrypoint: ['/server'], shell: false, binaries: ['/server'] } } },
    objects: [],
    logs: [],
    recordedAt: 0,
  } as unknown as Scenario;
  const catalog = new BehaviourCatalog([scenario]);
  catalog.learn({ name: 'app', image: 'example/app:1', command: ['/app/server'] }, { kind: 'crash', exitCode: 2, reason: 'Error', runMs: 1000, neverRuns: false });

  it('keeps crashing a copy with the same image and command', () => {
    expect(catalog.forCreated({ name: 'app', image: 'example/app:1', command: ['/app/server'] })).toMatchObject({ kind: 'crash', exitCode: 2 });
  });

  it('runs a copy whose command was replaced by sleep infinity', () => {
    expect(catalog.forCreated({ name: 'app', image: 'example/app:1', command: ['sleep', 'infinity'] })).toEqual({ kind: 'healthy' });
  });

  it('fails with StartError 128 when the keep-alive is missing from a distroless image', () => {
    const b = catalog.forCreated({ name: 'app', image: 'gcr.io/distroless/static:nonroot', command: ['sleep', 'infinity'] });
    expect(b).toMatchObject({ kind: 'crash', exitCode: 128, reason: 'StartError' });
    expect(b.kind === 'crash' && b.message).toContain('exec: "sleep": executable file not found in $PATH');
  });

  it('runs unknown images as healthy', () => {
    expect(catalog.forCreated({ name: 'x', image: 'nginx:1.27' })).toEqual({ kind: 'healthy' });
  });
});

describe('the kubelet back-off', () => {
  it('doubles from 10s to a 5 minute cap and prints like Go durations', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((s) => goDuration(backoffFor(s)))).toEqual(['10s', '20s', '40s', '1m20s', '2m40s', '5m0s', '5m0s']);
  });
});

describe('behaviour read from a scenario snapshot', () => {
  const container = { name: 'app', image: 'example/app:1' };
  const terminated = { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: '2024-01-01T00:00:00Z', finishedAt: '2024-01-01T00:01:00Z' } };

  it('keeps a container in CrashLoopBackOff crashing with its last exit code and run length', () => {
    const b = behaviourFromStatus(container, { name: 'app', ready: false, restartCount: 5, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: terminated }, [], undefined);
    expect(b).toMatchObject({ kind: 'crash', exitCode: 137, reason: 'OOMKilled', runMs: 60_000 });
  });

  it('treats a container running again after one restart as recovered, and after many as looping', () => {
    const once = behaviourFromStatus(container, { name: 'app', ready: true, restartCount: 1, state: { running: {} }, lastState: terminated }, [], undefined);
    expect(once.kind).toBe('frozen');
    const many = behaviourFromStatus(container, { name: 'app', ready: false, restartCount: 6, state: { running: {} }, lastState: terminated }, [], undefined);
    expect(many.kind).toBe('crash');
  });
});
