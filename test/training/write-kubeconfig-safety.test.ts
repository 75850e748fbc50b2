// --write-kubeconfig must not silently replace a file (it could be ~/.kube/config) nor follow a symbolic link.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { startTrainingCluster } from '../../src/training/index.js';
import { writeDrillScenario } from './fixture-scenario.js';

async function refused(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected the cluster to refuse');
}

describe('--write-kubeconfig', () => {
  it('refuses an existing file unless overwriting is asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crashcourse-kc-'));
    const path = join(dir, 'config');
    writeFileSync(path, 'my real kubeconfig');
    const scenarios = [await writeDrillScenario()];
    expect(await refused(startTrainingCluster({ scenarios, port: 0, static: true, quiet: true, writeKubeconfig: path }))).toMatch(/refusing to overwrite .*config.*--force/);
    expect(readFileSync(path, 'utf8')).toBe('my real kubeconfig');
    const cluster = await startTrainingCluster({ scenarios, port: 0, static: true, quiet: true, writeKubeconfig: path, overwriteKubeconfig: true });
    try {
      expect(readFileSync(path, 'utf8')).toContain(cluster.url);
    } finally {
      await cluster.close();
    }
  });

  it('never follows a symbolic link, even with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crashcourse-kc-'));
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, join(dir, 'link'));
    const scenarios = [await writeDrillScenario()];
    for (const overwriteKubeconfig of [false, true]) {
      expect(await refused(startTrainingCluster({ scenarios, port: 0, static: true, quiet: true, writeKubeconfig: join(dir, 'link'), overwriteKubeconfig }))).toMatch(/symbolic link/);
    }
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
  });
});

describe('training-cluster on the command line', () => {
  it('--list --forbid garbage is a usage error, not a silent success', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { captureOutput } = await import('../support/capture-output.js');
    const io = captureOutput();
    try {
      expect(await main(['training-cluster', '--list', '--forbid', 'garbage'])).toBe(2);
      expect(io.err()).toMatch(/--forbid: "garbage" is not VERB:RESOURCE/);
    } finally {
      (await import('vitest')).vi.restoreAllMocks();
    }
  });

  it('--write-kubeconfig onto an existing file exits 1 and says --force', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { captureOutput } = await import('../support/capture-output.js');
    const dir = mkdtempSync(join(tmpdir(), 'crashcourse-kc-'));
    writeFileSync(join(dir, 'config'), 'mine');
    const io = captureOutput();
    try {
      expect(await main(['training-cluster', '--scenarios', await writeDrillScenario(), '--write-kubeconfig', join(dir, 'config')])).toBe(1);
      expect(io.err()).toMatch(/refusing to overwrite .*pass --force/);
      expect(readFileSync(join(dir, 'config'), 'utf8')).toBe('mine');
    } finally {
      (await import('vitest')).vi.restoreAllMocks();
    }
  });
});
