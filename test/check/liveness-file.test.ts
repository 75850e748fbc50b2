// liveness-file-never-created: flagged only when the whole process is visible and creates no file; silent
// wherever something could create the file (an opaque program, a redirect, a volume, a hook, the script itself).
import { describe, expect, it } from 'vitest';
import { parseManifests, runCheck, type ImageFacts } from '../../src/check/index.js';

const IMAGES = new Map<string, ImageFacts>([
  ['busybox:1.36', { cmd: ['sh'] }],
  ['nginx:1.25', { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] }],
]);

function pod(container: string): string {
  return `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
  - name: app
${container.split('\n').map((l) => `    ${l}`).join('\n')}
`;
}

const PROBE = 'livenessProbe:\n  exec:\n    command: [cat, /tmp/healthy]';
const flagged = (yaml: string, images = IMAGES) => runCheck(parseManifests('pod.yaml', yaml), { images }).filter((f) => f.rule === 'liveness-file-never-created');

describe('the liveness probe on a file nothing creates', () => {
  it.each([
    ['args replacing the image CMD', `image: busybox:1.36\nargs: [/bin/sh, -c, "while true; do sleep 3600; done"]\n${PROBE}`],
    ['a command that only sleeps', `image: anything:1\ncommand: [sleep, infinity]\n${PROBE}`],
    ['a probe script testing the file', `image: busybox:1.36\nargs: [sh, -c, "exec sleep 1d"]\nlivenessProbe:\n  exec:\n    command: [sh, -c, "test -f /tmp/ready"]`],
  ])('is flagged for %s, at the probe command\'s line', (_what, container) => {
    const yaml = pod(container);
    const [f, ...more] = flagged(yaml);
    expect(more).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(yaml.split('\n')[f!.line - 1]).toMatch(/command: \[(cat|sh)/);
    expect(f?.message).toMatch(/liveness probe needs \/tmp\/(healthy|ready)/);
  });

  it.each([
    ['an image whose entrypoint is a program we cannot see into', `image: nginx:1.25\n${PROBE}`],
    ['an image whose config is not known', `image: private.example/app:2\nargs: [sh, -c, "sleep 10"]\n${PROBE}`],
    ['a script that creates the file', `image: busybox:1.36\nargs: [sh, -c, "touch /tmp/healthy; sleep infinity"]\n${PROBE}`],
    ['a script that writes by redirect', `image: busybox:1.36\nargs: [sh, -c, "echo ok > /tmp/x; sleep infinity"]\n${PROBE}`],
    ['a script running another program', `image: busybox:1.36\nargs: [sh, -c, "./start.sh && sleep infinity"]\n${PROBE}`],
    ['a volume mounted over the file', `image: busybox:1.36\nargs: [sh, -c, "sleep infinity"]\nvolumeMounts: [{ name: v, mountPath: /tmp }]\n${PROBE}`],
    ['a postStart hook', `image: busybox:1.36\nargs: [sh, -c, "sleep infinity"]\nlifecycle:\n  postStart:\n    exec:\n      command: [sh, -c, "date > /tmp/healthy"]\n${PROBE}`],
    ['a probe that reads no file', `image: busybox:1.36\nargs: [sh, -c, "sleep infinity"]\nlivenessProbe:\n  exec:\n    command: [pgrep, sleep]`],
  ])('is silent for %s', (_what, container) => {
    expect(flagged(pod(container))).toEqual([]);
  });
});
