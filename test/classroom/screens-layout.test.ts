// Every exercise screen at 80×24 in Chinese and Japanese (and English): no line wider than the terminal, no more
// lines than it has rows, and no character cut in half (a cut would leave U+FFFD or a lone surrogate).
import { describe, expect, it } from 'vitest';
import { debriefOf, exerciseReducer, scoreAttempt, startExercise, type ExerciseEvent } from '../../src/classroom/index.js';
import { createTranslator, displayWidth, LOCALES } from '../../src/i18n/index.js';
import { exerciseLines, type ExerciseUi } from '../../src/ui/classroom/exercise-view.js';
import { scenarioCase } from './support/case.js';
import { loadBuiltinFlows } from '../../src/flow/index.js';
import { loadFlowSideFile, localizeFlow } from '../../src/i18n/flow-text.js';

const base = await scenarioCase('liveness-probe-missing-file');
const ui: ExerciseUi = { cursor: 0, quoteCursor: 1, scroll: 0, verifying: false, guidance: 'full', savedPath: '/home/trainee/results/王伟-liveness-probe-missing-file-2026-12-05T134829123Z.json' };
const statusQuote = base.quotes.find((q) => q.source === 'status')!.id;
const killing = base.quotes.find((q) => /Killing/.test(q.text))!.id;

const script: ExerciseEvent[] = [
  { type: 'predict', option: base.steps[base.start]!.prediction!.answer },
  { type: 'go', step: 'probe-events' },
  { type: 'to-board' },
  { type: 'claim', cause: 'oom-killed', stance: 'ruled-out', quote: statusQuote },
  { type: 'claim', cause: 'liveness-probe', stance: 'backed', quote: killing },
  { type: 'hint', maxLevel: 3 },
  { type: 'hint', maxLevel: 3 },
  { type: 'name', cause: 'oom-killed' },
  { type: 'verified', passed: false, reason: 'not-ready', detail: 'CrashLoopBackOff', at: 5000 },
  { type: 'verified', passed: true, reason: 'stable', detail: '0', at: 9000 },
];

describe.each(LOCALES)('exercise screens in %s at 80×24', (locale) => {
  it('fit the terminal and cut no character', async () => {
    const t = createTranslator(locale);
    const side = await loadFlowSideFile(locale);
    const flow = localizeFlow((await loadBuiltinFlows()).find((f) => f.id === 'crashloop')!, side);
    // The case's step titles and explanations in this language, as the CLI builds them.
    const c = { ...base, steps: Object.fromEntries(Object.entries(base.steps).map(([id, s]) => [id, { ...s, title: flow.steps.find((x) => x.id === id)!.title, explain: flow.steps.find((x) => x.id === id)!.explain }])) };
    let s = startExercise(c, 0);
    const screens: string[][] = [];
    for (const event of [undefined, ...script]) {
      if (event) s = exerciseReducer(c, s, event);
      const score = s.phase === 'debrief' ? scoreAttempt(c, s, 900) : undefined;
      for (const scroll of [0, 40]) {
        screens.push(exerciseLines({
          c, s, ui: { ...ui, scroll }, t, columns: 80, rows: 24,
          header: { index: 1, total: 3, limitMinutes: 15, elapsedSeconds: 75 }, hintCosts: [5, 10, 20], maxHint: 3, kubeconfig: '/tmp/kubectl-crashcourse-AbC123/kubeconfig',
          ...(score ? { score, debrief: debriefOf(c, s) } : {}),
        }).map((l) => l.text));
      }
    }
    expect(s.phase).toBe('debrief');
    for (const lines of screens) {
      expect(lines.length).toBeLessThanOrEqual(24);
      for (const line of lines) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(80);
        expect(line).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }
    }
    // The translated words are really on the screens.
    const all = screens.flat().join('\n');
    expect(all).toContain(t('ex.phase.board'));
    expect(all).toContain(t('debrief.missed'));
    if (locale !== 'en') expect(all).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
  });
});

describe('fading guidance', () => {
  it('shows the step’s explanation at first, and only the question once the cause is mastered', () => {
    const t = createTranslator('en');
    const s = startExercise(base, 0);
    const view = (guidance: 'full' | 'questions') =>
      exerciseLines({ c: base, s, ui: { ...ui, guidance }, t, columns: 80, rows: 24, header: { index: 1, total: 1, limitMinutes: 15, elapsedSeconds: 0 }, hintCosts: [5, 10, 20], maxHint: 3, kubeconfig: 'kc' })
        .map((l) => l.text)
        .join('\n');
    const explainStart = base.steps[base.start]!.explain.slice(0, 30);
    expect(view('full')).toContain(explainStart);
    expect(view('questions')).not.toContain(explainStart);
    expect(view('questions')).toContain(t('ex.predictFirst'));
  });
});
