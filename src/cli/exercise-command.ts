// `kubectl-crashcourse --exercise [SCENARIO|random]`: one exercise with the answer hidden, in the trainee's
// language, on a training cluster started for it; the result is written to --results.
import { userError } from '../i18n/user-error.js';
import { createTranslator, resolveLocale } from '../i18n/index.js';
import { DEFAULT_HINTS, isRedHerringKind, RED_HERRINGS, type RedHerringKind } from '../classroom/index.js';
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
  /** `--red-herring` alone (true): any variant that fits; a name: that variant. */
  readonly redHerring?: string | true;
}

export function redHerringKinds(value: string | true | undefined): RedHerringKind[] {
  if (value === undefined) return [];
  if (value === true || value === 'any') return [...RED_HERRINGS];
  if (!isRedHerringKind(value)) throw userError('scenario.exercise.redHerring', { value, variants: RED_HERRINGS.join(', ') }, 2);
  return [value];
}

export async function runExerciseCommand(options: ExerciseOptions): Promise<number> {
  const redHerrings = redHerringKinds(options.redHerring);
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
    redHerrings,
    ...(options.writeKubeconfig ? { writeKubeconfig: options.writeKubeconfig } : {}),
  });
}
