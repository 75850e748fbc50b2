// The exercise as a pure reducer: predict, then see the evidence; walk the flow; back or rule out candidate causes
// by pointing at a quote; take hints; name the cause (only then is the answer shown); a fix counts once the
// end state has been verified from the cluster. Every event carries the time, so the reducer reads no clock.
import type { CauseId } from '../contracts/causes.js';
import type { Claim, ExerciseCase, ExerciseState, HintLevel } from './types.js';

export type ExerciseEvent =
  | { readonly type: 'predict'; readonly option: string }
  | { readonly type: 'go'; readonly step: string }
  | { readonly type: 'to-board' }
  | { readonly type: 'to-investigate' }
  | { readonly type: 'claim'; readonly cause: CauseId; readonly stance: Claim['stance']; readonly quote: string }
  | { readonly type: 'hint'; readonly maxLevel: 0 | HintLevel }
  | { readonly type: 'name'; readonly cause: CauseId }
  | { readonly type: 'verified'; readonly passed: boolean; readonly reason: string; readonly detail?: string; readonly at: number }
  | { readonly type: 'give-up'; readonly at: number };

export function startExercise(c: ExerciseCase, now: number): ExerciseState {
  return { phase: 'investigate', startedAt: now, step: c.start, path: [c.start], predictions: {}, revealed: [], claims: [], hintLevel: 0 };
}

/** Whether a quote really says what a claim needs: it backs the answer, or it rules a wrong cause out. */
export function judgeClaim(c: ExerciseCase, cause: CauseId, stance: Claim['stance'], quote: string): boolean {
  const right = c.accepted.includes(cause);
  if (stance === 'backed') return right && c.support.includes(quote);
  return !right && (c.support.includes(quote) || (c.refutes[cause] ?? []).includes(quote));
}

const reveal = (state: ExerciseState, ids: readonly string[]): readonly string[] => [...new Set([...state.revealed, ...ids])];

export function exerciseReducer(c: ExerciseCase, state: ExerciseState, event: ExerciseEvent): ExerciseState {
  const step = c.steps[state.step]!;
  switch (event.type) {
    case 'predict': {
      if (state.phase !== 'investigate' || !step.prediction || state.predictions[step.id]) return state;
      if (!step.prediction.options.some((o) => o.id === event.option)) return state;
      const right = event.option === step.prediction.answer;
      return { ...state, predictions: { ...state.predictions, [step.id]: { chosen: event.option, right } }, revealed: reveal(state, step.reveals) };
    }
    case 'go': {
      if (state.phase !== 'investigate' || (step.prediction && !state.predictions[step.id])) return state;
      const exit = step.exits.find((e) => e.step === event.step);
      if (!exit) return state;
      const revealed = step.prediction ? state.revealed : reveal(state, step.reveals);
      if (exit.terminal) return { ...state, revealed, path: [...state.path, exit.step], phase: 'board' };
      return { ...state, revealed, step: exit.step, path: [...state.path, exit.step] };
    }
    case 'to-board':
      if (state.phase !== 'investigate') return state;
      return { ...state, phase: 'board', revealed: step.prediction ? state.revealed : reveal(state, step.reveals) };
    case 'to-investigate':
      return state.phase === 'board' ? { ...state, phase: 'investigate' } : state;
    case 'claim': {
      if (state.phase !== 'board' || !state.revealed.includes(event.quote) || !c.candidates.includes(event.cause)) return state;
      const claim: Claim = { cause: event.cause, stance: event.stance, quote: event.quote, valid: judgeClaim(c, event.cause, event.stance, event.quote) };
      return { ...state, claims: [...state.claims.filter((x) => x.cause !== event.cause), claim] };
    }
    case 'hint': {
      if (state.phase === 'debrief' || state.hintLevel >= event.maxLevel) return state;
      return { ...state, hintLevel: (state.hintLevel + 1) as HintLevel };
    }
    case 'name':
      if (state.phase !== 'board' || !c.candidates.includes(event.cause)) return state;
      return { ...state, named: event.cause, phase: 'fix' };
    case 'verified': {
      if (state.phase !== 'fix') return state;
      const verification = { passed: event.passed, reason: event.reason, detail: event.detail ?? '', at: event.at, attempts: (state.verification?.attempts ?? 0) + 1 };
      return event.passed ? { ...state, verification, phase: 'debrief', finishedAt: event.at } : { ...state, verification };
    }
    case 'give-up':
      if (state.phase === 'debrief') return state;
      return { ...state, phase: 'debrief', finishedAt: event.at };
  }
}
