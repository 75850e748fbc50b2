// Keys → the next screen state, as one pure reducer over the attempt and the cursor together, so a burst of keys
// (typed fast, or sent by a test) is applied one after another on the latest state, never on a stale one.
import type { Key } from 'ink';
import { exerciseReducer, type ExerciseCase, type ExerciseEvent, type ExerciseState, type HintPolicy } from '../../classroom/index.js';
import { exerciseAction } from './exercise-keys.js';
import type { ExerciseUi } from './exercise-view.js';

export interface ScreenState {
  readonly s: ExerciseState;
  readonly ui: ExerciseUi;
  /** Set when the trainee asked to verify: the component starts the check and sends its verdict. */
  readonly verifyRequested: boolean;
  readonly quit: boolean;
}

export type ScreenInput =
  | { readonly type: 'key'; readonly input: string; readonly key: Key; readonly now: number }
  | { readonly type: 'event'; readonly event: ExerciseEvent }
  | { readonly type: 'verifying'; readonly on: boolean }
  | { readonly type: 'saved'; readonly path: string };

export function screenReducer(c: ExerciseCase, hints: HintPolicy, st: ScreenState, input: ScreenInput): ScreenState {
  const { s, ui } = st;
  const apply = (e: ExerciseEvent, resetCursor = false): ScreenState => ({ ...st, s: exerciseReducer(c, s, e), ui: resetCursor ? { ...ui, cursor: 0, scroll: 0 } : ui });
  if (input.type === 'event') return apply(input.event);
  if (input.type === 'verifying') return { ...st, verifyRequested: false, ui: { ...ui, verifying: input.on } };
  if (input.type === 'saved') return { ...st, ui: { ...ui, savedPath: input.path } };

  const step = c.steps[s.step]!;
  const pending = s.phase === 'investigate' && step.prediction !== undefined && !s.predictions[step.id];
  const quotes = c.quotes.filter((q) => s.revealed.includes(q.id));
  const length = s.phase === 'board' ? c.candidates.length : pending ? step.prediction!.options.length : step.exits.length;
  const quote = quotes[Math.min(ui.quoteCursor, quotes.length - 1)]?.id;
  const cause = c.candidates[Math.min(ui.cursor, c.candidates.length - 1)]!;
  const move = (d: number): ScreenState =>
    s.phase === 'debrief' ? { ...st, ui: { ...ui, scroll: Math.max(0, ui.scroll + d) } } : { ...st, ui: { ...ui, cursor: (ui.cursor + d + Math.max(1, length)) % Math.max(1, length) } };

  switch (exerciseAction(s.phase, input.input, input.key)) {
    case 'up': return move(-1);
    case 'down': return move(1);
    case 'left': return { ...st, ui: { ...ui, quoteCursor: Math.max(0, ui.quoteCursor - 1) } };
    case 'right': return { ...st, ui: { ...ui, quoteCursor: Math.max(0, Math.min(quotes.length - 1, ui.quoteCursor + 1)) } };
    case 'enter':
      if (s.phase === 'debrief') return { ...st, quit: true };
      if (pending) return apply({ type: 'predict', option: step.prediction!.options[ui.cursor]!.id }, true);
      if (s.phase === 'investigate' && step.exits[ui.cursor]) return apply({ type: 'go', step: step.exits[ui.cursor]!.step }, true);
      return st;
    case 'board': return { ...apply({ type: 'to-board' }, true), ui: { ...ui, cursor: 0, quoteCursor: 0 } };
    case 'steps': return apply({ type: 'to-investigate' }, true);
    case 'hint': return apply({ type: 'hint', maxLevel: hints.maxLevel });
    case 'back-it':
    case 'rule-out':
      return quote ? apply({ type: 'claim', cause, stance: exerciseAction(s.phase, input.input, input.key) === 'back-it' ? 'backed' : 'ruled-out', quote }) : st;
    case 'name': return apply({ type: 'name', cause }, true);
    case 'give-up': return apply({ type: 'give-up', at: input.now });
    case 'verify': return ui.verifying ? st : { ...st, verifyRequested: true, ui: { ...ui, verifying: true } };
    case 'quit': return { ...st, quit: true };
    default: return st;
  }
}
