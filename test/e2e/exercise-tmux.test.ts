// A whole exercise in a real 80×24 terminal, once per language: the answer stays hidden, a prediction comes
// before the evidence, the misleading OOM reading is ruled out by pointing at the status line, the real cause is
// backed by the Killing event, a hint is taken, the fix is applied with kubectl, the end state is verified from
// the cluster, and the debrief and result file follow. Then `class report` renders the three results.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/classroom/index.js';
import { createTranslator, displayWidth, type Locale } from '../../src/i18n/index.js';
import { builtCli } from './built-cli.js';
import { hasTmux, TmuxPane } from './tmux.js';

const tmux = hasTmux();
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
let cli = '';
const cwd = mkdtempSync(join(tmpdir(), 'crashcourse-exercise-'));
const results = join(cwd, 'results');

beforeAll(() => {
  if (tmux) cli = builtCli();
}, 120_000);
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

// The fix for the seeds' probe that can never pass: create the file the probe reads. Pod specs are immutable,
// so the pod is deleted and created again, as a trainee would with kubectl.
const FIXED = `apiVersion: v1
kind: Pod
metadata: { name: healthcheck-demo, namespace: default }
spec:
  containers:
  - name: busybox
    image: busybox
    args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep infinity"]
    livenessProbe: { exec: { command: [cat, /tmp/healthy] }, initialDelaySeconds: 5, periodSeconds: 5 }
`;

function checkLayout(screen: string): void {
  for (const line of screen.split('\n')) {
    expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(line).not.toContain('\uFFFD');
  }
}

/** Rows of the list whose first row follows `after` (cursor "›" or two spaces). */
function rowIndex(screen: string, after: number, text: string): number {
  const lines = screen.split('\n').slice(after);
  return lines.findIndex((l) => l.includes(text));
}

async function runExercise(locale: Locale): Promise<void> {
  const t = createTranslator(locale);
  const kc = join(cwd, `kc-${locale}.yaml`);
  const screens: string[] = [];
  const pane = new TmuxPane(
    [process.execPath, cli, '--exercise', 'liveness-probe-missing-file', '--lang', locale, '--trainee', `t-${locale}`, '--speed', '20', '--seed', '3', '--write-kubeconfig', kc, '--results', results],
    { cwd, env: { CI: 'false', NO_COLOR: '1', TERM: 'xterm-256color', LANG: 'C.UTF-8' }, columns: 80, rows: 24 },
  );
  const see = async (cond: (s: string) => boolean, ms = 20_000): Promise<string> => {
    const s = await pane.waitFor(cond, ms);
    screens.push(s);
    return s;
  };
  try {
    const cause = t('cause.liveness-probe');
    const first = await see((s) => s.includes(t('ex.predictFirst')));
    // Hidden: neither the cause nor the answer line before the trainee commits.
    expect(first).not.toContain(cause);
    expect(first).not.toContain(t('ex.answer', { cause: '' }).trim());

    pane.keys('Enter');
    await see((s) => s.includes(t('ex.whereNext')));
    pane.keys('b');
    const board = await see((s) => s.includes(t('ex.board.pointAt', { quote: 'q1' })));
    const boardTop = 2;
    const oom = rowIndex(board, boardTop, t('cause.oom-killed'));
    const live = rowIndex(board, boardTop, cause);
    const quotesTop = board.split('\n').findIndex((l) => l.includes(t('ex.board.pointAt', { quote: 'q1' }))) + 1;
    const status = rowIndex(board, quotesTop, `${t('source.status')}: containerStatuses`);
    const killing = rowIndex(board, quotesTop, ' Killing (x');
    expect([oom, live, status, killing].every((i) => i >= 0), board).toBe(true);

    // Rule the misleading OOM kill out with the status line (reason=Error, not OOMKilled).
    pane.keys(...Array<string>(oom).fill('Down'), ...Array<string>(status).fill('Right'), 'x');
    await see((s) => s.includes(t('ex.board.ruledOut', { quote: `q${status + 1}` })));
    // Back the real cause with the Killing event; take the first hint.
    pane.keys(...Array<string>(oom).fill('Up'), ...Array<string>(live).fill('Down'), ...Array<string>(killing - status).fill('Right'), '+', 'h');
    await see((s) => s.includes(t('ex.board.backed', { quote: `q${killing + 1}` })) && s.includes(t('ex.hint.title', { level: 1, max: 3, cost: 5 })));
    pane.keys('n');
    await see((s) => s.includes(t('ex.answer', { cause })) && s.includes(t('ex.right')));

    const kubectlArgs = ['--kubeconfig', kc, '-n', 'default'];
    execFileSync('kubectl', [...kubectlArgs, 'delete', 'pod', 'healthcheck-demo', '--wait=false'], { stdio: 'pipe' });
    const manifest = join(cwd, `fixed-${locale}.yaml`);
    writeFileSync(manifest, FIXED);
    // The training cluster serves no OpenAPI document, so kubectl's client-side validation is off.
    for (let i = 0; ; i++) {
      const created = spawnSync('kubectl', [...kubectlArgs, 'create', '--validate=false', '-f', manifest], { encoding: 'utf8' });
      if (created.status === 0) break;
      if (i > 40) throw new Error(created.stderr);
      await new Promise((r) => setTimeout(r, 250));
    }
    // As a trainee watches `kubectl get pod -w`: verify once the new pod runs (a check while it is still being
    // created fails, rightly, with "not Running").
    for (let i = 0; ; i++) {
      const ready = spawnSync('kubectl', [...kubectlArgs, 'get', 'pod', 'healthcheck-demo', '-o', 'jsonpath={.status.conditions[?(@.type=="Ready")].status}'], { encoding: 'utf8' });
      if (ready.stdout.trim() === 'True') break;
      if (i > 80) throw new Error(`the fixed pod never became Ready: ${ready.stdout}${ready.stderr}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    pane.keys('v');
    const debrief = await see((s) => s.includes(t('debrief.title', { total: 95, max: 100 })) && s.includes(t('debrief.saved', { path: '' }).trim()), 30_000);
    expect(debrief).toContain(t('rubric.misleading-symptom'));
    pane.keys('q');
    expect(await pane.waitForExit()).toBe(0);
    for (const s of screens) checkLayout(s);

    const file = readdirSync(results).find((n) => n.startsWith(`t-${locale}-`))!;
    const result = ResultSchema.parse(JSON.parse(readFileSync(join(results, file), 'utf8')));
    expect(result).toMatchObject({ trainee: `t-${locale}`, cause: 'liveness-probe', named: 'liveness-probe', correct: true, verified: true, hintsUsed: 1, score: 95, language: locale });
    expect(result.claims).toEqual([
      { cause: 'oom-killed', stance: 'ruled-out', quote: `q${status + 1}`, valid: true },
      { cause: 'liveness-probe', stance: 'backed', quote: `q${killing + 1}`, valid: true },
    ]);
  } finally {
    pane.close();
  }
}

describe('an exercise in a real terminal', () => {
  for (const locale of ['en', 'zh-CN', 'ja'] as const) {
    it(`runs a whole exercise in ${locale}: hidden answer, a wrong hypothesis ruled out, a hint, a kubectl fix verified, debrief and result`, async () => {
      if (!tmux || !kubectl) {
        console.log(`skipped: ${!tmux ? 'tmux' : 'kubectl'} is not installed, so the exercise cannot be driven as a trainee would`);
        return;
      }
      await runExercise(locale);
    }, 90_000);
  }

  it('renders the class table from the three result files', () => {
    if (!tmux || !kubectl) {
      console.log('skipped: the exercises above did not run, so there are no result files');
      return;
    }
    const out = execFileSync(process.execPath, [cli, 'class', 'report', results, '--lang', 'en'], { encoding: 'utf8' });
    for (const locale of ['en', 'zh-CN', 'ja']) expect(out).toMatch(new RegExp(`\\| t-${locale} \\| liveness-probe-missing-file \\| liveness-probe \\| liveness-probe ✓ \\| yes \\| 1 \\| [01]/1 \\| 95/100 \\|`));
    expect(out).toContain('| liveness-probe | 3 | 3/3 | 3/3 | 95% |');
  });
});
