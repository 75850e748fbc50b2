// One trainee's result as a JSON file: stable ids and English keys in any language, so a class report can read
// results from a mixed room. Parsed with a schema at the boundary: a result file is untrusted input.
import { z } from 'zod';
import { CAUSE_IDS } from '../contracts/causes.js';
import { debriefOf } from './debrief.js';
import type { Score } from './rubric.js';
import type { ExerciseCase, ExerciseState } from './types.js';

const Cause = z.enum(CAUSE_IDS);

export const ResultSchema = z.object({
  version: z.literal(1),
  trainee: z.string().min(1).max(100),
  scenario: z.string(),
  cause: Cause,
  named: Cause.nullable(),
  correct: z.boolean(),
  verified: z.boolean(),
  score: z.number(),
  maxScore: z.number(),
  rubric: z.array(z.object({ id: z.string(), points: z.number(), max: z.number() })),
  hintsUsed: z.number().int().min(0).max(3),
  predictions: z.object({ right: z.number().int(), total: z.number().int() }),
  claims: z.array(z.object({ cause: Cause, stance: z.enum(['backed', 'ruled-out']), quote: z.string(), valid: z.boolean() })),
  path: z.array(z.string()),
  shortestPath: z.array(z.string()),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationSeconds: z.number(),
  language: z.string(),
});
export type ExerciseResult = z.infer<typeof ResultSchema>;

export function resultOf(input: { trainee: string; case: ExerciseCase; state: ExerciseState; score: Score; language: string }): ExerciseResult {
  const { case: c, state: s, score } = input;
  const finishedAt = s.finishedAt ?? s.startedAt;
  return {
    version: 1,
    trainee: input.trainee,
    scenario: c.scenario,
    cause: c.expected,
    named: s.named ?? null,
    correct: s.named !== undefined && c.accepted.includes(s.named),
    verified: s.verification?.passed === true,
    score: score.total,
    maxScore: score.max,
    rubric: score.items.map((i) => ({ ...i })),
    hintsUsed: s.hintLevel,
    predictions: debriefOf(c, s).predictions,
    claims: s.claims.map((x) => ({ ...x })),
    path: [...s.path],
    shortestPath: [...c.shortestPath],
    startedAt: new Date(s.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    durationSeconds: Math.round((finishedAt - s.startedAt) / 1000),
    language: input.language,
  };
}

/** File name for a result: trainee and scenario, safe on any filesystem. */
export const resultFileName = (trainee: string, scenario: string, at: number): string =>
  `${[trainee, scenario].map((p) => p.replace(/[^\p{L}\p{N}._-]+/gu, '_')).join('-')}-${new Date(at).toISOString().replace(/[:.]/g, '')}.json`;
