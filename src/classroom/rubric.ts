// The score of one attempt, item by item, so the debrief and the class report can say where points were won or
// lost: the misleading symptom seen through, the root cause named and backed by its evidence, the fix verified
// by the end state, the time taken, and the hints used (each level costs more).
import type { ExerciseCase, ExerciseState } from './types.js';

export interface HintPolicy {
  /** 0 = no hints; 3 = the whole ladder, up to the answer. */
  readonly maxLevel: 0 | 1 | 2 | 3;
  /** Points each level costs: signal, command, answer. */
  readonly cost: readonly [number, number, number];
}

export const DEFAULT_HINTS: HintPolicy = { maxLevel: 3, cost: [5, 10, 20] };

export type RubricItemId = 'misleading-symptom' | 'root-cause' | 'evidence' | 'fixed' | 'time' | 'hints' | 'wrong-claims';

export interface RubricItem {
  readonly id: RubricItemId;
  readonly points: number;
  readonly max: number;
}

export interface Score {
  readonly items: readonly RubricItem[];
  readonly total: number;
  readonly max: number;
}

export function scoreAttempt(c: ExerciseCase, s: ExerciseState, limitSeconds: number, hints: HintPolicy = DEFAULT_HINTS): Score {
  const named = s.named !== undefined && c.accepted.includes(s.named);
  const backed = named && s.claims.some((x) => x.cause === s.named && x.stance === 'backed' && x.valid);
  // With no misleading reading for this pod, seeing through it is free.
  const misleading = c.misleading === null || s.claims.some((x) => x.cause === c.misleading && x.stance === 'ruled-out' && x.valid);
  const seconds = ((s.finishedAt ?? s.startedAt) - s.startedAt) / 1000;
  const fixed = s.verification?.passed === true;
  const timePoints = !fixed ? 0 : seconds <= limitSeconds / 2 ? 15 : seconds <= limitSeconds ? 10 : 0;
  const hintCost = hints.cost.slice(0, s.hintLevel).reduce((a, b) => a + b, 0);
  const wrong = s.claims.filter((x) => !x.valid).length;
  const items: RubricItem[] = [
    { id: 'misleading-symptom', points: misleading ? 15 : 0, max: 15 },
    { id: 'root-cause', points: named ? 30 : 0, max: 30 },
    { id: 'evidence', points: backed ? 15 : 0, max: 15 },
    { id: 'fixed', points: fixed ? 25 : 0, max: 25 },
    { id: 'time', points: timePoints, max: 15 },
    { id: 'hints', points: hintCost === 0 ? 0 : -hintCost, max: 0 },
    { id: 'wrong-claims', points: wrong === 0 ? 0 : -Math.min(15, 5 * wrong), max: 0 },
  ];
  const max = items.reduce((a, i) => a + i.max, 0);
  return { items, total: Math.max(0, items.reduce((a, i) => a + i.points, 0)), max };
}
