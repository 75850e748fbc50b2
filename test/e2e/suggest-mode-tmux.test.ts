// --mode suggest in a real 80×24 terminal: a command that changes the cluster is shown whole for the learner to
// run, never offered to be run (no "Type y"), and nothing is created.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from './built-cli.js';
import { hasTmux, openLookInside, runStartCopy, TmuxPane } from './tmux.js';

const tmux = hasTmux();
let cli = '';
const panes: TmuxPane[] = [];
const dirs: string[] = [];

beforeAll(() => {
  if (tmux) cli = builtCli();
}, 120_000);

afterAll(() => {
  for (const p of panes) p.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('--mode suggest in a real terminal', () => {
  it('shows the override command whole to run yourself and never asks to run it', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive the wizard in');
      return;
    }
    const cwd = mkdtempSync(join(tmpdir(), 'crashcourse-suggest-'));
    dirs.push(cwd);
    // CI=false: with CI set, Ink 6.8 draws nothing until it exits.
    const pane = new TmuxPane([process.execPath, cli, '--training', '--mode', 'suggest'], { cwd, env: { CI: 'false', NO_COLOR: '1' }, columns: 80, rows: 24 });
    panes.push(pane);
    const inside = await openLookInside(pane);
    expect(inside).not.toContain('asks first');
    await runStartCopy(pane);
    const shown = await pane.waitFor((s) => s.includes('Run this yourself'));
    expect(shown).not.toMatch(/Type y|to run it|This creates something/);
    // The whole command, wrapped: its start and its end are both on screen.
    const flat = shown.replace(/\s+/g, ' ');
    expect(flat).toMatch(/\$ kubectl-crashcourse .*override \S+ --container \S+ --yes/);
    pane.keys('y');
    pane.keys('Enter');
    const after = await pane.waitFor((s) => !s.includes('Run this yourself') || s.includes('Run this yourself'), 2000);
    expect(after).not.toContain('This creates something in the cluster');
    expect(after).not.toContain('Open a shell in the copy');
  }, 90_000);
});
