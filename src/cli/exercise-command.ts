// `kubectl-crashcourse --exercise [SCENARIO|random]`: one exercise with the answer hidden, in the trainee's
// language, on a training cluster started for it; the result is written to --results.
import { createTranslator, resolveLocale } from '../i18n/index.js';
import { DEFAULT_HINTS } from '../classroom/index.js';
import { runExerciseSession } from './exercise-session.js';

export interface ExerciseOptions {
  readonly scenario: string;
  readonly lang?: string;
  readonly trainee?: string;
  readonly results: string;
  readonly speed: number;
  readonly seed?: number;
  readonly limitMinutes: number;
  readonly color: boolean;
  readonly writeKubeconfig?: string;
  readonly redHerrings: boolean;
}

export async function runExerciseCommand(options: ExerciseOptions): Promise<number> {
  const locale = resolveLocale(options.lang, process.env);
  const t = createTranslator(locale);
  return runExerciseSession({
    scenarios: [options.scenario],
    locale,
    t,
    trainee: options.trainee ?? process.env['USER'] ?? 'trainee',
    resultsDir: options.results,
    limitMinutes: options.limitMinutes,
    hints: DEFAULT_HINTS,
    masteredAfter: 2,
    speed: options.speed,
    seed: options.seed ?? Date.now() % 100_000,
    color: options.color,
    redHerrings: options.redHerrings,
    ...(options.writeKubeconfig ? { writeKubeconfig: options.writeKubeconfig } : {}),
  });
}
