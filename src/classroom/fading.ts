// Guidance fades as a trainee masters a cause: full explanations at first, then only the questions.
import { mastered } from './class-report.js';
import type { ExerciseResult } from './result.js';

export type Guidance = 'full' | 'questions';

export function guidanceFor(trainee: string, cause: string, past: readonly ExerciseResult[], masteredAfter: number): Guidance {
  const wins = past.filter((r) => r.trainee === trainee && r.cause === cause && mastered(r)).length;
  return wins >= masteredAfter ? 'questions' : 'full';
}
