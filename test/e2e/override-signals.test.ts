// The attack's signal runs, replayed against the built CLI and the training cluster: SIGINT, SIGTERM and
// SIGHUP at each phase of `override` (at the consent question, while the create is in flight, while waiting
// for the copy to run, during the shell, at the "Delete the copy now?" question). Each run must exit with
// 128 + the signal number, leave the original pod untouched, and leave no copy that was neither deleted nor
// named with a delete command that works.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnPath } from '../../src/exec/find-program.js';
import { SIGNAL_EXIT_CODE, type StopSignal } from '../../src/exec/interrupt.js';
import { openKubeApi, podsPath } from '../../src/exec/kube-api.js';
import type { Pod } from '../../src/k8s/index.js';
import { packageRoot } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { kubeconfigYaml } from '../../src/training/kubeconfig.js';
import { builtCli } from './built-cli.js';
import { startHoldingProxy, type HoldingProxy } from './holding-proxy.js';
import { hasTmux, TmuxPane } from './tmux.js';

const SIGNALS: StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const ORIGINAL = 'healthcheck-demo';
let cluster: TrainingCluster;
let proxy: HoldingProxy;
let direct: string;
let viaProxy: string;
let cli: string;
let dir: string;

beforeAll(async () => {
  cli = builtCli();
  dir = mkdtempSync(join(tmpdir(), 'override-signals-'));
  direct = join(dir, 'direct');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: direct, speed: 20 });
  proxy = await startHoldingProxy(cluster.url);
  viaProxy = join(dir, 'via-proxy');
  writeFileSync(viaProxy, kubeconfigYaml(proxy.url));
}, 120_000);
afterAll(async () => {
  await proxy?.close();
  await cluster?.close();
});

const copies = async (): Promise<string[]> => {
  const res = await openKubeApi({ kubeconfig: direct }).request('GET', `${podsPath('default')}?labelSelector=${encodeURIComponent('app.kubernetes.io/managed-by=kubectl-crashcourse')}`);
  return ((res.body as { items?: Pod[] }).items ?? []).map((p) => p.metadata.name);
};
/** What a write to the original could change: identity, spec, labels and annotations. */
const original = async (): Promise<string> => {
  const pod = (await openKubeApi({ kubeconfig: direct }).request('GET', podsPath('default', ORIGINAL))).body as Pod;
  return JSON.stringify([pod.metadata.uid, pod.spec, pod.metadata.labels, pod.metadata.annotations]);
};
const until = async (ok: () => Promise<boolean>, ms = 10_000): Promise<boolean> => {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
};

/**
 * After a run: the original is as it was and was never written to, and any copy still there is named in the
 * output with a delete command; that command, run as printed, removes it.
 */
async function expectNothingUndeclared(output: string, before: string): Promise<void> {
  expect(await original()).toBe(before);
  expect(proxy.writes.filter((w) => new RegExp(`/pods/${ORIGINAL}(\\?|/|$)`).test(w.split(' ')[1]!))).toEqual([]);
  for (const name of await copies()) {
    const line = output.split('\n').map((l) => l.trim()).find((l) => l.startsWith('kubectl ') && l.includes(` delete pod ${name} `));
    expect(line, `${name} is left without its delete command:\n${output}`).toBeDefined();
    // Asynchronously: the proxy lives in this process and must keep answering while kubectl runs.
    await promisify(execFile)('kubectl', line!.split(/\s+/).slice(1), { timeout: 20_000 });
  }
  expect(await until(async () => (await copies()).length === 0)).toBe(true);
}

describe('signals while override creates or waits (no terminal, --yes)', () => {
  const isCreate = (method: string, path: string): boolean => method === 'POST' && path.startsWith(podsPath('default')) && !path.includes('dryRun');
  const phases = {
    create: () => isCreate,
    // Reads of the copy after its create (the dry run also reads it, to catch a server that ignored dryRun).
    wait: () => {
      let created = false;
      return (method: string, path: string) => (created ||= isCreate(method, path)) && method === 'GET' && path.includes('-crashcourse-');
    },
  };
  for (const [phase, match] of Object.entries(phases)) {
    it.each(SIGNALS)(`%s during ${phase}: exits 128+n, deletes the copy, the original untouched`, async (signal) => {
      const before = await original();
      proxy.writes.length = 0;
      const held = proxy.hold(match());
      try {
        await run(signal, held, before);
      } finally {
        proxy.release();
      }
    }, 30_000);
  }

  // kubectl itself making the copy: SIGTERM from a supervisor reaches only our process, while `kubectl create`
  // is still at its discovery step. It must not go on to create the copy after our cleanup has run.
  it('SIGTERM while kubectl create is still starting: the create never lands after the cleanup', async () => {
    const skip = !findOnPath('kubectl') ? 'kubectl is not on PATH' : undefined;
    if (skip) {
      console.log(`skipped: ${skip}`);
      return;
    }
    const before = await original();
    proxy.writes.length = 0;
    let armed = false;
    let taken = false;
    // The first discovery read after the dry run is kubectl create's own: hold only that one.
    const held = proxy.hold((method, path) => {
      armed ||= method === 'POST' && path.includes('dryRun');
      const discovery = method === 'GET' && /^\/(version|api|apis)(\/?$|\?)/.test(path);
      if (!armed || taken || !discovery) return false;
      return (taken = true);
    });
    try {
      await run('SIGTERM', held, before, { HOME: mkdtempSync(join(dir, 'home-')), PATH: process.env['PATH'] ?? '' });
    } finally {
      proxy.release();
    }
    // Released now: a kubectl left running would create the copy about now.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await copies()).toEqual([]);
  }, 30_000);

  async function run(signal: StopSignal, held: Promise<void>, before: string, env: Record<string, string> = { HOME: dir, PATH: dir }): Promise<void> {
      // No kubectl on PATH: the copy is made through the API, so no kubectl child is left blocked on the proxy.
      const child = spawn(process.execPath, [cli, 'override', `default/${ORIGINAL}`, '--yes', '--kubeconfig', viaProxy], {
        env: { ...env, KUBECTL_CRASHCOURSE_STATE_DIR: join(dir, 'state') }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      await held;
      // Our create was sent (the copy exists) unless kubectl is still starting (then it must never exist).
      if (env.PATH === dir) expect(await copies()).toHaveLength(1);
      child.kill(signal);
      const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 15_000))]);
      if (code === 'hung') child.kill('SIGKILL');
      expect(code, output).toBe(SIGNAL_EXIT_CODE[signal]);
      expect(output).toContain(`${signal}: stopping; removing what this run created.`);
      expect(output).toMatch(/Deleted \S+-crashcourse-\S+\./);
      await expectNothingUndeclared(output, before);
  }
});

describe('signals in a terminal: at the consent question, during the shell, at the delete question', () => {
  const ready = (): string | undefined => (!hasTmux() ? 'tmux is not installed, so there is no terminal to drive' : !findOnPath('kubectl') ? 'kubectl is not on PATH, so there is no shell to hand the terminal to' : undefined);

  function pane(): TmuxPane {
    return new TmuxPane([process.execPath, cli, 'override', `default/${ORIGINAL}`, '--kubeconfig', viaProxy], {
      cwd: packageRoot(), env: { CI: 'false', PATH: process.env['PATH'] ?? '', HOME: dir, KUBECTL_CRASHCOURSE_STATE_DIR: join(dir, 'state') }, columns: 400, rows: 80,
    });
  }
  /** The pane runs `sh -c '"$@"; …'`: our CLI is the shell's child. */
  function cliPid(p: TmuxPane): number {
    const sh = p.format('#{pane_pid}');
    return Number(readFileSync(`/proc/${sh}/task/${sh}/children`, 'utf8').trim().split(/\s+/)[0]);
  }

  const phases: Record<string, (p: TmuxPane) => Promise<void>> = {
    consent: async (p) => void (await p.waitFor((s) => s.includes('Type "yes" to continue'), 30_000)),
    shell: async (p) => {
      await p.waitFor((s) => s.includes('Type "yes" to continue'), 30_000);
      p.type('yes');
      p.keys('Enter');
      await p.waitFor((s) => s.includes('is Running.'), 30_000);
      p.type('echo inside-the-copy');
      p.keys('Enter');
      await p.waitFor((s) => /^inside-the-copy\s*$/m.test(s), 20_000);
    },
    'delete question': async (p) => {
      await phases['shell']!(p);
      p.type('exit');
      p.keys('Enter');
      await p.waitFor((s) => /Delete the copy \S+ now\?/.test(s), 20_000);
    },
  };
  for (const [phase, reach] of Object.entries(phases)) {
    it.each(SIGNALS)(`%s at the ${phase}: exits 128+n, the original untouched, no copy left undeclared`, async (signal) => {
      const skip = ready();
      if (skip) {
        console.log(`skipped: ${skip}`);
        return;
      }
      const before = await original();
      proxy.writes.length = 0;
      const p = pane();
      try {
        await reach(p);
        process.kill(cliPid(p), signal);
        expect(await p.waitForExit(20_000)).toBe(SIGNAL_EXIT_CODE[signal]);
        const screen = p.capture();
        if (phase === 'consent') {
          expect(screen).toContain(`${signal}: stopping; nothing was created.`);
          expect(await copies()).toEqual([]);
        } else {
          expect(screen).toMatch(/\S+-crashcourse-\S+ may still exist in namespace default\. Delete it with:/);
          expect(await copies()).toHaveLength(1);
        }
        await expectNothingUndeclared(screen, before);
      } finally {
        p.close();
      }
    }, 60_000);
  }
});
