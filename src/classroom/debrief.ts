// After the attempt: the scenario's teaching notes, the path taken beside the shortest path through the flow,
// and what was missed — as message keys, so the debrief reads in the trainee's language.
import type { ExerciseCase, ExerciseState, Message } from './types.js';

export interface Debrief {
  readonly teaches: string;
  readonly taken: readonly string[];
  readonly shortest: readonly string[];
  /** Steps walked beyond the shortest path (0 when the trainee took it). */
  readonly detour: number;
  readonly missed: readonly Message[];
  readonly predictions: { readonly right: number; readonly total: number };
}

export function debriefOf(c: ExerciseCase, s: ExerciseState): Debrief {
  const missed: Message[] = [];
  if (s.named === undefined) missed.push({ key: 'missed.noCause', values: { cause: c.expected } });
  else if (!c.accepted.includes(s.named)) missed.push({ key: 'missed.wrongCause', values: { named: s.named, cause: c.expected } });
  if (c.misleading && !s.claims.some((x) => x.cause === c.misleading && x.stance === 'ruled-out' && x.valid)) {
    missed.push({ key: 'missed.misleading', values: { cause: c.misleading } });
  }
  if (!s.claims.some((x) => x.stance === 'backed' && x.valid)) missed.push({ key: 'missed.evidence' });
  for (const x of s.claims.filter((x) => !x.valid)) {
    missed.push({ key: x.stance === 'backed' ? 'missed.badBacking' : 'missed.badRuling', values: { cause: x.cause, quote: x.quote } });
  }
  const unseen = c.support.filter((q) => !s.revealed.includes(q));
  if (unseen.length > 0) missed.push({ key: 'missed.unseen', values: { quotes: unseen.join(', ') } });
  if (s.verification?.passed !== true) missed.push({ key: 'missed.notFixed' });
  const results = Object.values(s.predictions);
  const title = (id: string): string => c.steps[id]?.title ?? id;
  return {
    teaches: c.teaches,
    taken: s.path.map(title),
    shortest: c.shortestPath.map(title),
    detour: Math.max(0, s.path.length - c.shortestPath.length),
    missed,
    predictions: { right: results.filter((r) => r.right).length, total: results.length },
  };
}
