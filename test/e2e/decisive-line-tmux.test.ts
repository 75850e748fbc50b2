// At 80×24, for every built-in scenario: on the step that names the cause, the line that proves it is on screen
// (no Tab, no scrolling), with NO_COLOR=1 and with colour. One wizard per mode walks the whole failing-pod list
// with the keys a user has: Enter through the steps, `f` for the report, `n` for the next failing pod.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { openOfflineReader } from '../../src/cluster/index.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { builtCli } from './built-cli.js';
import { hasTmux, TmuxPane } from './tmux.js';

const tmux = hasTmux();
let cli = '';
const panes: TmuxPane[] = [];
const dirs: string[] = [];

/** What must be visible, per pod: a piece of the first quote the diagnosis gives for its cause. */
const expected = new Map<string, { cause: string; fragment: string }>();

// The piece of a quote that proves something, read from the analysis (not from the UI): a status quote's
// reason and exit code; an event's message without its count (the live cluster keeps counting); a log quote's
// line naming the failure.
function fragmentOf(source: string, text: string): string {
  if (source === 'status') return /reason=\S+ exitCode=\d+/.exec(text)?.[0] ?? text.slice(0, 40);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (source === 'event') return (lines[0] ?? '').replace(/^.*? from [^:]+: /, '').slice(0, 40);
  const failing = lines.find((l) => /error|fail|denied|refused|not found|not defined|emerg|fatal|exec format|permission|read-only/i.test(l));
  return (failing ?? lines[0] ?? '').slice(0, 40);
}

// The training cluster moves the times inside a log to the pod's clock; the offline analysis quotes them as
// recorded. Both sides are compared with those times masked (ISO and variants, Go/nginx, redis/Tomcat, klog, pino).
// Masked after the whitespace is gone: a time the screen wraps over two lines is masked like the quote's.
const LOG_TIMES = /\d{4}[-/]\d\d[-/]\d\dT?[\d:]+|\d\d-?[A-Z][a-z]{2}-?\d{4}:?[\d:]+|[IWEF]\d{4}[\d:]+|\[\d\d:\d\d:\d\d/g;
const squash = (s: string) => s.replace(/\s+/g, '').replace(LOG_TIMES, 'TIME');

beforeAll(async () => {
  if (!tmux) return;
  cli = builtCli();
  for (const s of await loadScenarios([builtinScenariosDir()])) {
    if (!s.meta.pod || !s.meta.cause) continue;
    const [namespace, name] = s.meta.pod.split('/') as [string, string];
    const evidence = await gatherEvidence(await openOfflineReader(s.dir), namespace, name, { tailLines: 200, limitBytes: 256 * 1024, target: { namespace } });
    const d = diagnose({ evidence, target: { namespace } });
    const quote = d.evidence.find((e) => e.source !== 'spec' && e.text.trim() !== '' && e.text !== '(empty)');
    if (d.cause && quote) expected.set(s.meta.pod, { cause: d.cause, fragment: fragmentOf(quote.source.split(':')[0]!, quote.text) });
  }
}, 120_000);

afterAll(() => {
  for (const p of panes) p.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const podOf = (screen: string): string | undefined => /\s([a-z0-9-]+\/[a-z0-9.-]+)\s*$/.exec(screen.split('\n')[0] ?? '')?.[1];

async function walkAll(env: Record<string, string>): Promise<{ seen: Map<string, string>; pane: TmuxPane }> {
  const cwd = mkdtempSync(join(tmpdir(), 'crashcourse-decisive-'));
  dirs.push(cwd);
  // CI=true makes Ink 6.8 draw nothing until it exits (is-in-ci), so the wizard runs with CI=false; any CI variable also turns chalk's colours off, so the coloured run forces them.
  const pane = new TmuxPane([process.execPath, cli, '--training'], { cwd, env: { CI: 'false', TERM: 'xterm-256color', ...env }, columns: 80, rows: 24 });
  panes.push(pane);
  await pane.waitFor((s) => /\d+ failing/.test(s), 30_000);
  pane.keys('Enter');
  const seen = new Map<string, string>();
  for (let pods = 0; pods < 60; pods++) {
    let screen = await pane.waitFor((s) => podOf(s) !== undefined && !s.includes('Reading '), 20_000);
    const pod = podOf(screen)!;
    if (seen.has(pod)) break;
    const want = expected.get(pod);
    if (want) {
      for (let i = 0; i < 14 && !screen.includes('Result:'); i++) {
        const title = screen.split('\n')[0];
        pane.keys('Enter');
        screen = await pane.waitFor((s) => s.split('\n')[0] !== title && !s.includes('Reading '), 20_000);
      }
    }
    seen.set(pod, screen);
    pane.keys('f');
    await pane.waitFor((s) => s.startsWith('Report'), 20_000);
    pane.keys('n');
    const next = await pane.waitFor((s) => !s.startsWith('Report'), 20_000);
    if (next.includes('Failing pods')) break;
  }
  return { seen, pane };
}

function check(seen: Map<string, string>): void {
  expect(expected.size).toBeGreaterThanOrEqual(20);
  const problems: string[] = [];
  for (const [pod, want] of expected) {
    const screen = seen.get(pod);
    if (!screen) problems.push(`${pod}: never reached by n from the report`);
    else if (!screen.includes(`Result: ${want.cause}`)) problems.push(`${pod}: no step named ${want.cause}:\n${screen}`);
    else if (!squash(screen).includes(squash(want.fragment))) problems.push(`${pod}: "${want.fragment}" not on the step naming ${want.cause}:\n${screen}`);
  }
  expect(problems).toEqual([]);
}

describe('the decisive line at 80×24', () => {
  it('is on screen on the step naming the cause, for every built-in scenario, with NO_COLOR=1 and with colour', async () => {
    if (!tmux) {
      console.log('skipped: tmux is not installed, so there is no terminal to drive the wizard in');
      return;
    }
    const [plain, coloured] = await Promise.all([walkAll({ NO_COLOR: '1' }), walkAll({ FORCE_COLOR: '1' })]);
    // The coloured run really is coloured, and the plain one is not: otherwise the two runs test one thing.
    expect(coloured.pane.captureStyled()).toMatch(/\u001B\[[0-9;]*3[0-9]m|\u001B\[[0-9;]*38;/);
    expect(plain.pane.captureStyled()).not.toMatch(/\u001B\[[0-9;]*3[1-7]m/);
    check(plain.seen);
    check(coloured.seen);
  }, 240_000);
});
