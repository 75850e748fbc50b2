// SIGINT, SIGTERM and SIGHUP sent to the wizard while its copy's shell runs, and while the wizard's typed yes is
// creating the copy: the wizard exits with 128 + the signal number, and the copy it made is either gone or named
// on the terminal with its exact delete command. Before, the wizard's own handler could end the process before
// the override actor had printed anything.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNAL_EXIT_CODE, type StopSignal } from '../../src/exec/interrupt.js';
import { openKubeApi, podsPath } from '../../src/exec/kube-api.js';
import type { Pod } from '../../src/k8s/index.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { builtCli } from './built-cli.js';
import { hasTmux, openLookInside, runStartCopy, TmuxPane } from './tmux.js';

const tmux = hasTmux();
const kubectl = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
let cli = '';
let cluster: TrainingCluster | undefined;
let dir = '';
let kubeconfig = '';

beforeAll(async () => {
  if (!tmux || !kubectl) return;
  cli = builtCli();
  dir = mkdtempSync(join(tmpdir(), 'crashcourse-wizard-signals-'));
  kubeconfig = join(dir, 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig });
}, 120_000);
afterAll(async () => {
  await cluster?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Copies the wizard made and has not deleted (a deleted pod may still be terminating: it counts as gone). */
const liveCopies = async (): Promise<string[]> => {
  const res = await openKubeApi({ kubeconfig }).request('GET', `/api/v1/pods?labelSelector=${encodeURIComponent('app.kubernetes.io/managed-by=kubectl-crashcourse')}`);
  return ((res.body as { items?: Pod[] }).items ?? []).filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name);
};

/** The wizard's node process: the pane runs `sh -c WRAPPER`, whose child it is. */
function wizardPid(pane: TmuxPane): number {
  const sh = pane.format('#{pane_pid}');
  const child = execFileSync('ps', ['-o', 'pid=', '--ppid', sh], { encoding: 'utf8' }).trim().split(/\s+/)[0];
  return Number(child);
}

/** From the failing pods to the consent question of "Start a copy of the pod" (as test/e2e/wizard-tmux.test.ts). */
async function toConsent(pane: TmuxPane): Promise<void> {
  await openLookInside(pane);
  await pane.waitFor((s) => s.includes('ENTRYPOINT') && s.includes('start it by hand:'), 15_000);
  await runStartCopy(pane);
  await pane.waitFor((s) => s.includes('This creates something in the cluster'), 30_000);
}

/** Every copy left alive is named on the terminal with its delete command. */
async function expectNoUnnamedCopy(pane: TmuxPane, before: readonly string[]): Promise<void> {
  const screen = pane.capture();
  for (const copy of (await liveCopies()).filter((c) => !before.includes(c))) {
    expect(screen.replace(/\n/g, ' ')).toMatch(new RegExp(`Delete it with:\\s+kubectl .*delete pod ${copy}\\b`));
  }
}

const SIGNALS: StopSignal[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];

describe('signals to the wizard around its override copy', () => {
  it.each(SIGNALS)('%s during the copy\'s shell: exits 128+n, the copy named with its delete command', async (signal) => {
    if (!cluster) {
      console.log(`skipped: ${tmux ? 'kubectl is not on PATH, so the wizard cannot open a shell' : 'tmux is not installed, so there is no terminal'}`);
      return;
    }
    const before = await liveCopies();
    const pane = new TmuxPane([process.execPath, cli, '--kubeconfig', kubeconfig, '--context', 'kubectl-crashcourse-training'], { cwd: dir, env: { CI: 'false', NO_COLOR: '1', TERM: 'xterm-256color' }, columns: 120, rows: 40 });
    try {
      await toConsent(pane);
      pane.type('y');
      pane.keys('Enter');
      await pane.waitFor((s) => /Open a shell in the copy/.test(s), 30_000);
      pane.keys('Down');
      await pane.waitFor((s) => /› Open a shell in the copy/.test(s));
      pane.keys('r');
      await pane.waitFor((s) => /^\S* ?[#$]$/m.test(s) && !s.includes('▶ Commands'), 30_000);
      const made = (await liveCopies()).filter((c) => !before.includes(c));
      expect(made).toHaveLength(1);
      process.kill(wizardPid(pane), signal);
      expect(await pane.waitForExit(30_000)).toBe(SIGNAL_EXIT_CODE[signal]);
      const screen = pane.capture().replace(/\n/g, ' ');
      expect(screen).toMatch(new RegExp(`${made[0]} is still there in namespace \\S+\\. Delete it with:\\s+kubectl .*delete pod ${made[0]}\\b`));
    } finally {
      pane.close();
    }
  }, 120_000);

  it.each(SIGNALS)('%s right after the typed yes (create and wait): exits 128+n, no copy left unnamed', async (signal) => {
    if (!cluster) {
      console.log(`skipped: ${tmux ? 'kubectl is not on PATH' : 'tmux is not installed, so there is no terminal'}`);
      return;
    }
    const before = await liveCopies();
    const pane = new TmuxPane([process.execPath, cli, '--kubeconfig', kubeconfig, '--context', 'kubectl-crashcourse-training'], { cwd: dir, env: { CI: 'false', NO_COLOR: '1', TERM: 'xterm-256color' }, columns: 120, rows: 40 });
    try {
      await toConsent(pane);
      const pid = wizardPid(pane);
      pane.type('y');
      pane.keys('Enter');
      await new Promise((r) => setTimeout(r, 150));
      process.kill(pid, signal);
      expect(await pane.waitForExit(30_000)).toBe(SIGNAL_EXIT_CODE[signal]);
      await expectNoUnnamedCopy(pane, before);
    } finally {
      pane.close();
    }
  }, 120_000);
});
