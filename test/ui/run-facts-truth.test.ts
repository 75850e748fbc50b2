// Two sentences the panels used to get wrong: a run length computed from the runtime's zero time ("lasted
// 1796466907s" for a process that never started), and "(image CMD)" for the args of a container whose spec sets
// a command, which makes Kubernetes drop the image's CMD.
import { describe, expect, it } from 'vitest';
import type { ContainerStatus } from '../../src/k8s/index.js';
import { lastRunSeconds } from '../../src/ui/format/pod-facts.js';
import { imageRows } from '../../src/ui/panels/image-panel.js';
import { evidence } from './helpers.js';

const status = (startedAt: string, finishedAt: string): ContainerStatus =>
  ({ name: 'app', ready: false, restartCount: 3, image: 'x', imageID: '', lastState: { terminated: { exitCode: 128, reason: 'StartError', startedAt, finishedAt } } }) as ContainerStatus;

describe('what the panels say about a run', () => {
  it('gives no run length for a process that never started (startedAt is the zero time)', () => {
    expect(lastRunSeconds(status('1970-01-01T00:00:00Z', '2026-12-05T10:00:00Z'))).toBeUndefined();
  });

  it('gives the run length of a process that ran', () => {
    expect(lastRunSeconds(status('2026-12-05T10:00:00Z', '2026-12-05T10:00:42Z'))).toBe(42);
  });

  it('says the args are empty, not the image CMD, when the spec sets a command without args', () => {
    const ev = evidence();
    const c = ev.pod.spec.containers[0]!;
    const withCommand = { ...ev, pod: { ...ev.pod, spec: { ...ev.pod.spec, containers: [{ ...c, command: ['/app/run'], args: undefined }] } } };
    const row = imageRows(withCommand, c.name, undefined)[1]!.text;
    expect(row).toContain('command ["/app/run"]');
    expect(row).not.toContain('args (image CMD)');
    const noCommand = { ...ev, pod: { ...ev.pod, spec: { ...ev.pod.spec, containers: [{ ...c, command: undefined, args: undefined }] } } };
    expect(imageRows(noCommand, c.name, undefined)[1]!.text).toContain('args (image CMD)');
  });
});
