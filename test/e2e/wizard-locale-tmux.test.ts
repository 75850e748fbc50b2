// The wizard in a real terminal at 80×24 in Chinese and Japanese: the pod list, a step screen and the report keep
// their heading on the first row (a line wider than the terminal would wrap and push it off), no row is wider
// than 80 columns and the translated footer is whole. LANG is C.UTF-8 so the language comes from --lang alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS, displayWidth, LOCALES } from '../../src/i18n/index.js';
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

const rows = (screen: string) => screen.replace(/\n+$/, '').split('\n');

function expectWhole(screen: string, heading: string) {
  expect(rows(screen)[0]!.trimStart().startsWith(heading), `first row is "${heading}":\n${screen}`).toBe(true);
  for (const row of rows(screen)) {
    expect(displayWidth(row), row).toBeLessThanOrEqual(80);
    expect(row).not.toContain('\uFFFD');
  }
}

describe.each(LOCALES.filter((l) => l !== 'en'))('the wizard in %s in a real terminal at 80×24', (locale) => {
  it('draws the pod list, a step and the report without a wrapped or cut line', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to draw the wizard in');
      return;
    }
    const c = CATALOGS[locale];
    const cwd = mkdtempSync(join(tmpdir(), 'crashcourse-lang-'));
    try {
      const pane = new TmuxPane([process.execPath, cli, '--training', '--lang', locale], { cwd, env: { CI: 'false', NO_COLOR: '1', TERM: 'xterm-256color', LANG: 'C.UTF-8' }, columns: 80, rows: 24 });
      panes.push(pane);
      // The list is read once rows stand under the NAMESPACE/NAME header (the title shows while it is still scanning).
      const list = await pane.waitFor((s) => s.includes(c['pods.title']!) && /NAMESPACE\/NAME.*\n› /.test(s) && s.includes(c['keyShort.quit']!), 30_000);
      expectWhole(list, c['pods.title']!);
      expect(list).not.toContain('Failing pods');

      pane.keys('Enter');
      const step = await pane.waitFor((s) => s.includes(c['step.commands']!) && s.includes(c['keyShort.continue']!), 20_000);
      expectWhole(step, rows(step)[0]!.trimStart().split('  ')[0]!);
      expect(rows(step)[0]).not.toMatch(/^[A-Z][a-z]+ [a-z]/);

      pane.keys('f');
      const report = await pane.waitFor((s) => s.includes(c['report.screenTitle']!) && s.includes(c['report.saveHint']!), 20_000);
      expectWhole(report, c['report.screenTitle']!);

      pane.keys('q');
      expect(await pane.waitForExit()).toBe(0);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 90_000);
});
