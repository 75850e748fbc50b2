// Writes a scenario directory (the public format) for a test: objects as YAML, logs as files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface FixtureLog {
  readonly pod: string;
  readonly container: string;
  readonly previous: boolean;
  readonly content: string | Buffer;
  readonly namespace?: string;
}

export function writeScenario(objects: readonly object[], logs: readonly FixtureLog[] = [], meta: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'crashcourse-scenario-'));
  writeFileSync(join(dir, 'scenario.yaml'), stringify({ title: 'test', recordedAt: '2026-03-01T12:00:00Z', ...meta }));
  writeFileSync(join(dir, 'objects.yaml'), objects.map((o) => stringify(o)).join('---\n'));
  for (const l of logs) {
    const d = join(dir, 'logs', l.namespace ?? 'default', l.pod);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, `${l.container}${l.previous ? '.previous' : ''}.log`), l.content);
  }
  return dir;
}

export function crashingPod(name: string, extra: { spec?: object; metadata?: object; running?: boolean } = {}): object {
  const terminated = { exitCode: 1, reason: 'Error', startedAt: '2026-03-01T11:58:00Z', finishedAt: '2026-03-01T11:58:30Z' };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: '2026-03-01T11:00:00Z', ...extra.metadata },
    spec: { nodeName: 'node-1', containers: [{ name: 'app', image: 'example/app:1' }], ...extra.spec },
    status: {
      phase: 'Running',
      containerStatuses: [
        {
          name: 'app',
          ready: false,
          restartCount: 4,
          state: extra.running ? { running: { startedAt: '2026-03-01T11:59:00Z' } } : { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=app' } },
          lastState: { terminated },
        },
      ],
    },
  };
}
