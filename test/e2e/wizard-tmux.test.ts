import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios } from '../../src/scenario/index.js';
import { builtinScenariosDir, packageRoot } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { builtCli } from './built-cli.js';
import { hasTmux, openLookInside, runStartCopy, TmuxPane } from './tmux.js';

const tmux = hasTmux();
let cli = '';
const panes: TmuxPane[] = [];

beforeAll(() => {
  if (tmux) cli = builtCli();
}, 120_000);

afterAll(() => {
  for (const p of panes) p.close();
});

function open(argv: readonly string[], cwd: string): TmuxPane {
  // CI=true makes Ink 6.8 draw nothing until it exits (is-in-ci), so the wizard runs with CI=false.
  const pane = new TmuxPane([process.execPath, cli, ...argv], { cwd, env: { CI: 'false', NO_COLOR: '1', TERM: 'xterm-256color' }, columns: 100, rows: 30 });
  panes.push(pane);
  return pane;
}

/** The pod the cursor is on in the failing-pods screen: the first "ns/name" row under the header. */
function firstRowPod(screen: string): string | undefined {
  const lines = screen.split('\n');
  const header = lines.findIndex((l) => l.trimStart().startsWith('NAMESPACE/NAME'));
  // The selected row carries a `›` marker (drawn with or without colours).
  return lines[header + 1]?.replace(/^› /, '').trim().split(/\s+/)[0];
}

describe('the wizard in a real terminal', () => {
  it('opens on the training cluster, walks the first pod with Enter alone to a report naming its cause, and quits with 0', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive the wizard in');
      return;
    }
    const cwd = mkdtempSync(join(tmpdir(), 'crashcourse-e2e-'));
    try {
      const pane = open(['--training'], cwd);
      const first = await pane.waitFor((s) => s.includes('Failing pods') && /\d+ failing/.test(s), 30_000);
      const scenarios = await loadScenarios([builtinScenariosDir()]);
      const failing = scenarios.filter((s) => s.meta.pod && s.meta.cause);
      const listed = failing.filter((s) => first.includes(s.meta.pod!.split('/')[1]!.slice(0, 20)));
      expect(listed.length).toBeGreaterThan(0);
      const pod = firstRowPod(first);
      const scenario = failing.find((s) => s.meta.pod === pod);
      expect(scenario, `the first row (${pod}) is one of the scenarios' pods`).toBeDefined();

      const seen: string[] = [];
      let screen = first;
      for (let i = 0; i < 20 && !screen.includes('Cause:'); i++) {
        pane.keys('Enter');
        const before = screen;
        screen = await pane.waitFor((s) => s !== before && !s.includes('Reading '), 20_000);
        seen.push(screen);
      }
      const walked = seen.join('\n');
      expect(walked).toContain('Events');
      expect(walked).toMatch(/Logs of the previous \(crashed\) run|Init container logs/);
      expect(walked).toMatch(/exit code \d+/);
      expect(walked).toMatch(/\$ kubectl [\s\S]*?(describe|logs|get)/);
      expect(screen).toContain('Cause:');
      const causes = [scenario!.meta.cause!, ...(scenario!.meta.also ?? [])];
      expect(causes.some((c) => screen.includes(`Cause: ${c}`)), `report names one of ${causes.join(', ')}:\n${screen}`).toBe(true);

      pane.keys('q');
      expect(await pane.waitForExit()).toBe(0);
      expect(pane.format('#{alternate_on}')).toBe('0');
      expect(pane.format('#{cursor_flag}')).toBe('1');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 120_000);

  it('creates nothing in the cluster when Enter is pressed 30 times', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive the wizard in');
      return;
    }
    await withTrainingCluster(async ({ dir, kubeconfig, names }) => {
      const before = await names();

      const pane = open(['--kubeconfig', kubeconfig, '--context', 'kubectl-crashcourse-training'], dir);
      await pane.waitFor((s) => /\d+ failing/.test(s), 30_000);
      // Each Enter lands on a screen that has finished loading, so all 30 act (none is swallowed by a spinner).
      const idle = (s: string) => !/Reading |Scanning pods|Working out/.test(s);
      for (let i = 0; i < 30; i++) {
        await pane.waitFor(idle, 30_000);
        pane.keys('Enter');
      }
      await pane.waitFor((s) => s.includes('end of the walk'), 30_000);
      expect(await names()).toEqual(before);
      pane.keys('q');
      expect(await pane.waitForExit()).toBe(0);
      expect(await names()).toEqual(before);
    });
  }, 120_000);

  it('keeps a copy alive, opens a shell in it, comes back, and cleans it up on quit', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive the wizard in');
      return;
    }
    try {
      execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    } catch {
      console.log('skipped: kubectl is not on PATH, so the wizard cannot hand the terminal to kubectl exec');
      return;
    }
    await withTrainingCluster(async ({ dir, kubeconfig, names }) => {
      const before = await names();

      const pane = open(['--kubeconfig', kubeconfig, '--context', 'kubectl-crashcourse-training'], dir);
      await openLookInside(pane);
      // Looking inside pays off: the image's own ENTRYPOINT, read from its registry, and the line to start it.
      const inside = await pane.waitFor((s) => s.includes('ENTRYPOINT') && s.includes('start it by hand:'), 15_000);
      expect(inside).toMatch(/ENTRYPOINT \[.*\]\s+CMD/);
      await runStartCopy(pane);
      const asked = await pane.waitFor((s) => s.includes('This creates something in the cluster'), 30_000);
      // The copy's dry run is on screen with the question: what it would be, before anything is made.
      expect(asked).toContain('What it would create (dry run, nothing made yet)');
      expect(asked).toContain('Override copy of');
      expect(await names()).toEqual(before);
      pane.type('y');
      pane.keys('Enter');
      await pane.waitFor((s) => /› Start a copy[\s\S]*Open a shell in the copy/.test(s), 30_000);
      const copies = (await names()).filter((n) => !before.includes(n));
      expect(copies).toHaveLength(1);
      expect(copies[0]).toMatch(/-crashcourse-/);

      pane.keys('Down');
      await pane.waitFor((s) => /› Open a shell in the copy/.test(s));
      pane.keys('r');
      // The copy's shell prompt (tmux trims the space after it), on the normal screen the wizard lent it.
      const shell = await pane.waitFor((s) => /^\S* ?[#$]$/m.test(s) && !s.includes('▶ Commands'), 30_000);
      // The one-screen banner before the prompt: what this is, what to run, how to leave, how to clean up.
      expect(shell).toContain('kubectl-crashcourse: a shell in');
      expect(shell).toMatch(/Start it by hand and watch it fail: \S+/);
      expect(shell).toContain('How to leave: type exit');
      expect(shell).toContain('How to clean up');
      pane.type('echo inside-the-copy');
      pane.keys('Enter');
      await pane.waitFor((s) => /^inside-the-copy$/m.test(s));
      pane.type('exit');
      pane.keys('Enter');
      await pane.waitFor((s) => s.includes('the shell exited with status 0'), 30_000);

      pane.keys('q');
      await pane.waitFor((s) => s.includes('has not cleaned up yet') && s.includes(copies[0]!.split('/')[1]!));
      pane.keys('c');
      await pane.waitFor((s) => s.includes('This deletes something in the cluster'));
      pane.type('y');
      pane.keys('Enter');
      expect(await pane.waitForExit(30_000)).toBe(0);
      // A deleted pod terminates gracefully first, as in a real cluster.
      const deadline = Date.now() + 60_000;
      while ((await names()).length !== before.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await names()).toEqual(before);
    });
  }, 180_000);

  it('restores the terminal on Ctrl-C', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive the wizard in');
      return;
    }
    const cwd = mkdtempSync(join(tmpdir(), 'crashcourse-e2e-'));
    try {
      const pane = open(['--training'], cwd);
      await pane.waitFor((s) => /\d+ failing/.test(s), 30_000);
      expect(pane.format('#{alternate_on}')).toBe('1');
      pane.keys('C-c');
      expect(await pane.waitForExit()).toBe(130);
      expect(pane.format('#{alternate_on}')).toBe('0');
      expect(pane.format('#{cursor_flag}')).toBe('1');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the wizard without a terminal', () => {
  it('says to use diagnose or scan and exits 2, without touching the terminal', () => {
    if (!cli) cli = builtCli();
    const run = spawnSync(process.execPath, [cli, '--training'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, CI: 'false' }, cwd: packageRoot(), timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('kubectl-crashcourse diagnose');
    expect(run.stderr).toContain('kubectl-crashcourse scan');
    expect(run.stdout).toBe('');
  }, 120_000);
});

/** A training cluster of the test's own, its kubeconfig in a temp dir, and a way to list every pod in it. */
async function withTrainingCluster(fn: (c: { dir: string; kubeconfig: string; names: () => Promise<string[]> }) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'crashcourse-e2e-'));
  let cluster: TrainingCluster | undefined;
  try {
    const kubeconfig = join(dir, 'kubeconfig');
    cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig });
    const kc = new KubeConfig();
    kc.loadFromString(cluster.kubeconfig);
    const core = kc.makeApiClient(CoreV1Api);
    const names = async () => (await core.listPodForAllNamespaces({})).items.map((p) => `${p.metadata?.namespace}/${p.metadata?.name}`).sort();
    await fn({ dir, kubeconfig, names });
  } finally {
    await cluster?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
