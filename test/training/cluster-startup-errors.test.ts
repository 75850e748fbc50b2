import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { startTrainingCluster } from '../../src/training/index.js';
import { writeDrillScenario } from './fixture-scenario.js';

let drill: string;
let scratch: string;

beforeAll(async () => {
  drill = await writeDrillScenario();
  scratch = await mkdtemp(join(tmpdir(), 'tc-errors-'));
});
afterAll(async () => {
  await rm(drill, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('training cluster start-up errors are one-line user errors', () => {
  it.each([
    ['fetch:pods', /unknown verb "fetch"/],
    ['get:podz', /unknown resource "podz"/],
    ['get:pods/logs', /pods has no subresource "logs"/],
    ['pods', /is not VERB:RESOURCE/],
  ])('rejects --forbid %s', async (entry, message) => {
    const e = await userError(startTrainingCluster({ scenarios: [drill], forbid: [entry] }));
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('\n');
    expect(e.exitCode).toBe(2);
  });

  it('accepts the documented --forbid forms', async () => {
    const c = await startTrainingCluster({ scenarios: [drill], forbid: ['get:pods/log,create:pods', 'create:pods/exec', 'list:deployments.apps', '*:secrets'] });
    await c.close();
  });

  it('names the port when it is already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const e = await userError(startTrainingCluster({ scenarios: [drill], port }));
      expect(e.message).toBe(`port ${port} on 127.0.0.1 is already in use (choose another with --port, or 0 for any free port)`);
    } finally {
      blocker.close();
    }
  });

  it('names the kubeconfig path it cannot write, and writes one it can', async () => {
    const e = await userError(startTrainingCluster({ scenarios: [drill], writeKubeconfig: join(scratch, 'missing-dir', 'config') }));
    expect(e.message).toContain(join(scratch, 'missing-dir', 'config'));
    const path = join(scratch, 'config');
    const c = await startTrainingCluster({ scenarios: [drill], writeKubeconfig: path });
    try {
      const text = await readFile(path, 'utf8');
      expect(text).toContain(`server: ${c.url}`);
      expect(text).toContain('insecure-skip-tls-verify: true');
      expect(text).toContain('current-context: kubectl-crashcourse-training');
      expect(c.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await c.close();
    }
  });

  it('names both scenario directories when two claim the same pod', async () => {
    const twin = join(scratch, 'twin');
    await mkdir(twin, { recursive: true });
    await writeFile(join(twin, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: crasher, namespace: drill}\nspec: {containers: [{name: app, image: x}]}\n');
    const e = await userError(startTrainingCluster({ scenarios: [drill, twin] }));
    expect(e.message).toContain(drill);
    expect(e.message).toContain(twin);
    expect(e.message).toContain('Pod drill/crasher');
  });
});
