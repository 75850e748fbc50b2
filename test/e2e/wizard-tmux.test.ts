import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios } from '../../src/scenario/index.js';
import { builtinScenariosDir, packageRoot } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { builtCli } from './built-cli.js';
import { hasTmux, TmuxPane } from './tmux.js';

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
  const header = lines.findIndex((l) => l.startsWith('NAMESPACE/NAME'));
  return lines[header + 1]?.trim().split(/\s+/)[0];
}

describe('the wizard in a real terminal', () => {
  it('opens on the training cluster, walks the first pod with Enter alone to a report naming its cause, and quits with 0', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive the wizard in');
      return;
    }
    const cwd = mkdtempSync(join(tmpdir(), 'triage-e2e-'));
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
    const dir = mkdtempSync(join(tmpdir(), 'triage-e2e-'));
    let cluster: TrainingCluster | undefined;
    try {
      const kubeconfig = join(dir, 'kubeconfig');
      cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig });
      const kc = new KubeConfig();
      kc.loadFromString(cluster.kubeconfig);
      const core = kc.makeApiClient(CoreV1Api);
      const names = async () => (await core.listPodForAllNamespaces({})).items.map((p) => `${p.metadata?.namespace}/${p.metadata?.name}`).sort();
      const before = await names();

      const pane = open(['--kubeconfig', kubeconfig, '--context', 'kubectl-triage-training'], dir);
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
    } finally {
      await cluster?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('restores the terminal on Ctrl-C', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive the wizard in');
      return;
    }
    const cwd = mkdtempSync(join(tmpdir(), 'triage-e2e-'));
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
    expect(run.stderr).toContain('kubectl-triage diagnose');
    expect(run.stderr).toContain('kubectl-triage scan');
    expect(run.stdout).toBe('');
  }, 120_000);
});
