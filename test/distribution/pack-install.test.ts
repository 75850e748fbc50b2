// The npm route a kubectl user takes: pack the package, install the tarball globally into an empty prefix
// (offline: the bundle has no runtime dependencies), and let the real kubectl find it as a plugin.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { completionValues, runProgram } from './run-program.js';

const root = packageRoot();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'crashcourse-pack-'));
const prefix = join(work, 'prefix');
let env: NodeJS.ProcessEnv;
let cluster: TrainingCluster;
let skip: string | undefined;

const skipped = (): boolean => {
  if (skip) console.log(`skipped: ${skip}`);
  return skip !== undefined;
};

beforeAll(async () => {
  if ((await runProgram(['kubectl', 'version', '--client'])).code !== 0) {
    skip = 'no kubectl on PATH: the plugin lookup can only be tested with a real kubectl';
    return;
  }
  // dist/ is built by `npm test`'s pretest; --ignore-scripts packs it as it is, without rebuilding it under
  // the feet of other tests that run it.
  const packed = await runProgram(['npm', 'pack', '--ignore-scripts', '--pack-destination', work, '--json'], { cwd: root });
  expect(packed.code, packed.err).toBe(0);
  const [{ filename }] = JSON.parse(packed.out) as [{ filename: string }];
  const installed = await runProgram(['npm', 'install', '--global', '--prefix', prefix, '--offline', '--ignore-scripts', '--no-audit', '--no-fund', join(work, filename)]);
  expect(installed.code, installed.err).toBe(0);
  const kubeconfig = join(work, 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, static: true });
  env = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env['PATH'] ?? ''}`, KUBECONFIG: kubeconfig, HOME: work };
}, 120_000);
afterAll(async () => {
  await cluster?.close();
});

describe('npm pack, npm i -g, and kubectl', () => {
  it('puts kubectl-crashcourse on PATH where kubectl plugin list finds it', async () => {
    if (skipped()) return;
    const r = await runProgram(['kubectl', 'plugin', 'list'], { env });
    expect(r.out).toContain(join(prefix, 'bin', 'kubectl-crashcourse'));
  });

  it('answers kubectl crashcourse --version with the package version and --help with its usage', async () => {
    if (skipped()) return;
    const v = await runProgram(['kubectl', 'crashcourse', '--version'], { env });
    expect(v.code, v.err).toBe(0);
    expect(v.out.trim()).toBe(version);
    const h = await runProgram(['kubectl', 'crashcourse', '--help'], { env });
    expect(h.code, h.err).toBe(0);
    expect(h.out).toContain('Usage: kubectl-crashcourse');
    expect(h.out).toContain('completion');
  });

  it('diagnoses a pod of the training cluster when run as kubectl crashcourse', async () => {
    if (skipped()) return;
    const r = await runProgram(['kubectl', 'crashcourse', 'diagnose', 'default/crashlookbackoff-pod', '-o', 'json'], { env });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ pod: 'default/crashlookbackoff-pod', cause: 'app-crash' });
  });

  it('completes kubectl crashcourse <TAB> through kubectl_complete-crashcourse, pod names included', async () => {
    if (skipped()) return;
    const words = await runProgram(['kubectl', '__complete', 'crashcourse', ''], { env });
    expect(completionValues(words.out)).toEqual(expect.arrayContaining(['diagnose', 'scan', 'override', 'completion', 'crashlookbackoff-pod']));
    const pods = await runProgram(['kubectl', '__complete', 'crashcourse', 'diagnose', '-n', 'shop', 'cat'], { env });
    expect(completionValues(pods.out)).toEqual(['catalog-pm652tsgzl-mz4tq']);
  });
});
