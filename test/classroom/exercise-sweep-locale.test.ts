// The exercise screens in zh-CN and ja, built as `--exercise` builds them (flows and teaching notes in the
// reader's language), through a whole attempt: predictions (a wrong one), a step, the hypothesis board with a
// claim each way, the three hints, the named cause, a failed then a passed verification and the debrief, each
// at several scroll positions, in both guidance modes, with the key help. A run of three English words that is
// not a quote of the evidence fails. Representative scenarios (each case takes about a second to build): a
// sidecar with a silent exit, a probe kill, a pod that never ran, a command that is not in the image.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debriefOf, exerciseReducer, prepareCase, scoreAttempt, startExercise, type ExerciseEvent } from '../../src/classroom/index.js';
import type { ExerciseCase } from '../../src/classroom/types.js';
import { openOfflineReader } from '../../src/cluster/index.js';
import { loadBuiltinFlows } from '../../src/flow/index.js';
import { loadFlowSideFile, localizeFlow } from '../../src/i18n/flow-text.js';
import { createTranslator, displayWidth, scenarioNote, type Locale } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { exerciseHelpLines } from '../../src/ui/classroom/exercise-help.js';
import { exerciseLines } from '../../src/ui/classroom/exercise-view.js';
import { corpusOf, ourEnglishRuns } from '../support/screen-english.js';

const SCENARIOS = ['busybox-exit-3-istio', 'liveness-probe-missing-file', 'configmap-not-found', 'command-not-in-path'];

/** The case as the exercise command builds it for a trainee reading `locale`. */
async function caseIn(locale: Locale, name: string): Promise<ExerciseCase> {
  const dir = join(builtinScenariosDir(), name);
  const [scenario] = await loadScenarios([dir]);
  const side = await loadFlowSideFile(locale);
  const teaches = scenarioNote(locale, name);
  return prepareCase({ reader: await openOfflineReader(dir), scenario: scenario!, flows: (await loadBuiltinFlows()).map((f) => localizeFlow(f, side)), seed: 1, ...(teaches ? { teaches } : {}) });
}

function attempt(c: ExerciseCase): ExerciseEvent[] {
  const first = c.steps[c.start]!;
  const wrong = first.prediction?.options.find((o) => o.id !== first.prediction!.answer)?.id;
  return [
    ...(wrong ? [{ type: 'predict', option: wrong } as const] : []),
    ...(first.exits[0] ? [{ type: 'go', step: first.exits[0].step } as const] : []),
    { type: 'to-board' },
    { type: 'claim', cause: c.candidates.find((x) => x !== c.expected)!, stance: 'ruled-out', quote: c.quotes[0]!.id },
    { type: 'claim', cause: c.expected, stance: 'backed', quote: c.support[0] ?? c.quotes[0]!.id },
    { type: 'hint', maxLevel: 3 }, { type: 'hint', maxLevel: 3 }, { type: 'hint', maxLevel: 3 },
    { type: 'name', cause: c.expected },
    { type: 'verified', passed: false, reason: 'not-ready', detail: 'CrashLoopBackOff', at: 5000 },
    { type: 'verified', passed: false, reason: 'restarted', detail: '3', at: 6000 },
    { type: 'verified', passed: true, reason: 'stable', detail: '0', at: 9000 },
  ];
}

describe.each(['zh-CN', 'ja'] as const)('the exercise in %s', (locale) => {
  it.each(SCENARIOS)('%s: no English sentence of ours on any screen of a whole attempt; no line wider than 80', async (name) => {
    const t = createTranslator(locale);
    const c = await caseIn(locale, name);
    const corpus = corpusOf(c.quotes);
    const english = new Map<string, string>();
    let s = startExercise(c, 0);
    const phases = new Set<string>();
    for (const event of [undefined, ...attempt(c)]) {
      if (event) s = exerciseReducer(c, s, event);
      phases.add(s.phase);
      const score = s.phase === 'debrief' ? scoreAttempt(c, s, 900) : undefined;
      for (const scroll of [0, 20, 40, 80]) {
        for (const guidance of ['full', 'questions'] as const) {
          const lines = exerciseLines({
            c, s, ui: { cursor: 0, quoteCursor: 0, scroll, verifying: false, guidance, savedPath: '/home/trainee/results/wang.json' }, t, columns: 80, rows: 24,
            header: { index: 1, total: 3, limitMinutes: 15, elapsedSeconds: 75 }, hintCosts: [5, 10, 20], maxHint: 3, kubeconfig: '/tmp/kubeconfig',
            ...(score ? { score, debrief: debriefOf(c, s) } : {}),
          }).map((l) => l.text);
          for (const line of [...lines, ...exerciseHelpLines(s.phase, t, 80, 24).map((l) => l.text)]) {
            expect(displayWidth(line), line).toBeLessThanOrEqual(80);
            for (const run of ourEnglishRuns(line, corpus)) if (!english.has(run)) english.set(run, `${s.phase}: ${line}`);
          }
        }
      }
    }
    expect([...phases].sort()).toEqual(['board', 'debrief', 'fix', 'investigate']);
    expect([...english].map(([run, where]) => `${run}  ←  ${where}`)).toEqual([]);
  });
});
