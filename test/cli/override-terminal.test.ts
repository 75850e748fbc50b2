import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnPath } from '../../src/exec/find-program.js';
import { openKubeApi, podsPath } from '../../src/exec/kube-api.js';
import type { Pod } from '../../src/k8s/index.js';
import { packageRoot } from '../../src/paths.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';
import { builtCli } from '../e2e/built-cli.js';
import { hasTmux, TmuxPane } from '../e2e/tmux.js';

let cluster: TrainingCluster;
let kubeconfig: string;
let cli: string;
const panes: TmuxPane[] = [];

beforeAll(async () => {
  if (!hasTmux()) return;
  cli = builtCli();
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'override-tty-')), 'kubeconfig');
  cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, speed: 20 });
}, 120_000);
afterAll(async () => {
  for (const p of panes) p.close();
  await cluster?.close();
});

const copies = async (): Promise<string[]> => {
  const res = await openKubeApi({ kubeconfig }).request('GET', `${podsPath('default')}?labelSelector=${encodeURIComponent('app.kubernetes.io/managed-by=kubectl-crashcourse')}`);
  return ((res.body as { items?: Pod[] }).items ?? []).map((p) => p.metadata.name);
};

function pane(): TmuxPane {
  const p = new TmuxPane([process.execPath, cli, 'override', 'default/healthcheck-demo', '--kubeconfig', kubeconfig], {
    cwd: packageRoot(), env: { CI: 'false', PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp' }, columns: 160, rows: 50,
  });
  panes.push(p);
  return p;
}

describe('override in a real terminal', () => {
  it('takes Enter alone as a no and creates nothing', async () => {
    if (!hasTmux()) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive');
      return;
    }
    const p = pane();
    await p.waitFor((s) => s.includes('Type "yes" to continue'), 30_000);
    p.keys('Enter');
    expect(await p.waitForExit(15_000)).toBe(1);
    expect(p.capture()).toContain('Nothing was created.');
    expect(await copies()).toEqual([]);
  }, 60_000);

  it('creates after a typed yes, hands the terminal to a shell in the copy, and deletes it on a yes when the shell exits', async () => {
    if (!hasTmux()) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive');
      return;
    }
    if (!findOnPath('kubectl')) {
      console.log('skipped: kubectl is not on PATH, so there is no shell to hand the terminal to');
      return;
    }
    const p = pane();
    await p.waitFor((s) => s.includes('Type "yes" to continue'), 30_000);
    p.type('yes');
    p.keys('Enter');
    await p.waitFor((s) => s.includes('is Running.'), 30_000);
    expect(await copies()).toHaveLength(1);
    p.type('echo inside-the-copy');
    p.keys('Enter');
    await p.waitFor((s) => /^inside-the-copy\s*$/m.test(s), 20_000);
    p.type('exit');
    p.keys('Enter');
    await p.waitFor((s) => /Delete the copy \S+ now\?/.test(s), 20_000);
    p.type('yes');
    p.keys('Enter');
    expect(await p.waitForExit(20_000)).toBe(0);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await copies()).length > 0) await new Promise((r) => setTimeout(r, 100));
    expect(await copies()).toEqual([]);
  }, 120_000);
});
