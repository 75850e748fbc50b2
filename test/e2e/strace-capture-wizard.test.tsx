// End to end through the wizard against the training cluster, with real kubectl and the wizard's own backend:
// skip ahead to "look inside", make the copy with a typed yes, run the strace capture in it, and the step quotes
// the decisive system call of the scenario's recorded trace, with where it was taken; the report quotes it too.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeBackend } from '../../src/cli/wizard-backend.js';
import { openLiveReader } from '../../src/cluster/index.js';
import { builtinScenariosDir, packageRoot } from '../../src/paths.js';
import { analyzeTrace } from '../../src/syscalls/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import type { Connection } from '../../src/ui/backend.js';
import { waitForText } from '../ui/helpers.js';
import { renderApp } from '../ui/render-app.js';
import { driveToCapture } from '../ui/strace-drive.js';

afterEach(cleanup);

let cluster: TrainingCluster;
let kubeconfig: string;
let skip: string | undefined;
let connection: Connection;

beforeAll(async () => {
  skip = await new Promise<string | undefined>((resolve) => execFile('kubectl', ['version', '--client'], { timeout: 10_000 }, (e) => resolve(e ? `kubectl is not runnable here (${e.message})` : undefined)));
  if (!skip && !existsSync(join(packageRoot(), 'dist', 'cli.js'))) skip = 'dist/cli.js is not built (npm run build): the wizard makes the copy through it';
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'strace-wizard-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, static: true, writeKubeconfig: kubeconfig });
  const backend = await makeBackend({ kubeconfig, training: false, scenarios: [], mode: 'run', readOnly: false, color: false });
  connection = await backend.connect(await backend.defaultContext());
});
afterAll(async () => {
  await cluster?.close();
});

const CASES = [
  { scenario: 'nginx-upstream-before-service', container: 'nginx', says: 'The lookup of "flask" failed: NXDOMAIN for flask' },
  { scenario: 'database-connection-refused', container: 'api', says: 'failed with ECONNREFUSED: nothing was listening there' },
  { scenario: 'read-only-root-nginx', container: 'nginx', says: 'failed with EROFS: the file system holding it is mounted read-only' },
] as const;

describe('the strace capture through the wizard on the training cluster', () => {
  for (const c of CASES) {
    it(`quotes the decisive system call of ${c.scenario} on the look-inside step and in the report`, async () => {
      if (skip) { console.log(`skipped: ${skip}`); return; }
      const pod = cluster.scenarios.find((s) => s.dir.endsWith(c.scenario))!.meta.pod!;
      const [namespace, name] = pod.split('/') as [string, string];
      const app = renderApp(() => ({ kind: 'pod', connection, namespace, name }));
      const frame = await driveToCapture(app, 30_000);
      const flat = frame.replace(/\s+/g, ' ');
      const copy = /Decisive syscall \(strace in copy (\S+), line (\d+)\)/.exec(flat);
      expect(copy, frame).not.toBeNull();
      expect(copy![1]).toMatch(new RegExp(`^${name.split('-').slice(0, 2).join('-')}`));
      expect(copy![1]).not.toBe(name);
      expect(flat).toContain(c.says);
      // The quoted line is the recording's decisive line (the training shell plays it as strace prints it).
      const recorded = analyzeTrace(readFileSync(join(builtinScenariosDir(), c.scenario, 'traces', `${c.container}.strace`), 'utf8')).decisive!;
      const call = /^\d+ [\d:.]+ (\w+\()/.exec(recorded.quote.split('\n').at(-1)!)![1]!;
      expect(flat).toContain(`▶ ${recorded.quote.split('\n').at(-1)!.slice(0, 40)}`);
      expect(flat).toContain(call);
      app.stdin.write('f');
      const report = (await waitForText(app.lastFrame, 'Cause: ', 10_000)).replace(/\s+/g, ' ');
      expect(report).toContain(`strace in copy ${copy![1]}, line ${copy![2]}: `);
    }, 120_000);
  }

  it('traces through an ephemeral debug container in the copy, made only after a typed yes, never in the original', async () => {
    if (skip) { console.log(`skipped: ${skip}`); return; }
    const c = CASES[1];
    const pod = cluster.scenarios.find((s) => s.dir.endsWith(c.scenario))!.meta.pod!;
    const [namespace, name] = pod.split('/') as [string, string];
    const app = renderApp(() => ({ kind: 'pod', connection, namespace, name }));
    const frame = await driveToCapture(app, 30_000, 'debug');
    const flat = frame.replace(/\s+/g, ' ');
    const copy = /Decisive syscall \(strace from a debug container in copy (\S+), line \d+\)/.exec(flat)?.[1];
    expect(copy, frame).toBeDefined();
    expect(flat).toContain(c.says);
    // The ephemeral container went into the copy; the original pod has none.
    const { reader } = await openLiveReader({ kubeconfig });
    expect((await reader.getPod(namespace, name)).spec.ephemeralContainers ?? []).toEqual([]);
    const made = (await reader.getPod(namespace, copy!)).spec.ephemeralContainers ?? [];
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ targetContainerName: c.container, image: expect.stringContaining('netshoot') });
    expect(made[0]!.command).toEqual(expect.arrayContaining(['strace', 'chroot', '/proc/1/root']));
  }, 120_000);
});
