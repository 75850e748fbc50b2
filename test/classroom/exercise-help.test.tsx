// The exercise's `?` overlay: every key of the trainee's phase in the reader's language, fitting 80×24; `?`
// opens it and the next key only closes it (a `b` pressed to close the help does not open the board).
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator, displayWidth, LOCALES } from '../../src/i18n/index.js';
import { ExerciseApp } from '../../src/ui/classroom/exercise-app.js';
import { exerciseHelpLines } from '../../src/ui/classroom/exercise-help.js';
import { scenarioCase } from './support/case.js';

afterEach(cleanup);

const c = await scenarioCase('liveness-probe-missing-file');
const PHASES = ['investigate', 'board', 'fix', 'debrief'] as const;
// The letters each phase answers to, as a trainee reads them in the key line under the screen.
const LETTERS = { investigate: ['b', 'h', 'q'], board: ['+', 'x', 'n', 'i', 'h', 'q'], fix: ['v', 'h', 'g', 'q'], debrief: ['q'] } as const;

describe.each(LOCALES)('the exercise help in %s', (locale) => {
  const t = createTranslator(locale);
  it.each(PHASES)('lists every key of the %s phase within 80×24', (phase) => {
    const lines = exerciseHelpLines(phase, t, 80, 24);
    expect(lines[0]!.text).toBe(CATALOGS[locale]['help.title']);
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const l of lines) expect(displayWidth(l.text), l.text).toBeLessThanOrEqual(80);
    const labels = lines.map((l) => l.text.split(' ')[0]);
    for (const letter of LETTERS[phase]) expect(labels, `${phase}: ${letter}`).toContain(letter);
    expect(labels).toContain('Enter');
    if (locale !== 'en') expect(lines.map((l) => l.text).join('\n')).not.toMatch(/hypothesis board|a hint|quit$/m);
  });
});

describe('the exercise app', () => {
  it('opens the help on ?, and the next key closes it without acting', async () => {
    const t = createTranslator('zh-CN');
    const { lastFrame, stdin } = render(
      <ExerciseApp c={c} t={t} index={1} total={1} limitMinutes={15} hints={{ maxLevel: 3, cost: [5, 10, 20] }} guidance="full" kubeconfig="kc.yaml" now={() => 0} verify={async () => ({ passed: false, reason: 'missing', detail: '' })} finish={async () => '/tmp/r.json'} onExit={() => undefined} />,
    );
    const wait = async (ok: (f: string) => boolean) => {
      for (let i = 0; i < 200 && !ok(lastFrame() ?? ''); i++) await new Promise((r) => setTimeout(r, 10));
      return lastFrame() ?? '';
    };
    // The second row names the phase: "调查  KUBECONFIG=…".
    const phase = (name: 'investigate' | 'board') => `${t(`ex.phase.${name}`)}  KUBECONFIG=`;
    const investigate = await wait((f) => f.includes(phase('investigate')));
    expect(investigate).toContain('? 帮助');
    stdin.write('?');
    const help = await wait((f) => f.includes(t('exHelp.closing')));
    expect(help).toContain(t('help.title'));
    stdin.write('b');
    const back = await wait((f) => !f.includes(t('exHelp.closing')));
    expect(back).not.toContain(t('exHelp.closing'));
    expect(back).toContain(phase('investigate'));
    expect(back).not.toContain(phase('board'));
    // With the help closed, the same key does what it says.
    stdin.write('b');
    expect(await wait((f) => f.includes(phase('board')))).toContain(phase('board'));
  });
});
