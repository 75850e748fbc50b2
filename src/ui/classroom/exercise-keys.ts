// The exercise's keys in one table: what each key does in each phase. The `?` overlay is drawn from the same
// table, so what it lists is what the keys do.
import type { Key } from 'ink';
import type { Phase } from '../../classroom/types.js';

export type ExerciseAction = 'up' | 'down' | 'left' | 'right' | 'enter' | 'board' | 'steps' | 'hint' | 'back-it' | 'rule-out' | 'name' | 'verify' | 'give-up' | 'quit';

const BY_PHASE: Readonly<Record<Phase, Readonly<Record<string, ExerciseAction>>>> = {
  investigate: { b: 'board', h: 'hint', q: 'quit' },
  board: { '+': 'back-it', x: 'rule-out', n: 'name', i: 'steps', h: 'hint', q: 'quit' },
  fix: { v: 'verify', h: 'hint', g: 'give-up', q: 'quit' },
  debrief: { q: 'quit' },
};

export function exerciseAction(phase: Phase, input: string, key: Key): ExerciseAction | undefined {
  if (key.upArrow || input === 'k') return 'up';
  if (key.downArrow || input === 'j') return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.return) return 'enter';
  if (key.ctrl && input === 'c') return 'quit';
  return BY_PHASE[phase][input];
}

/** Every key of a phase, as the `?` overlay lists it: the moves every phase shares, then the phase's letters. */
export function exerciseBindings(phase: Phase): readonly { readonly label: string; readonly action: ExerciseAction }[] {
  const moves: { label: string; action: ExerciseAction }[] = [{ label: '↑↓ j k', action: 'up' }];
  if (phase === 'board') moves.push({ label: '←→', action: 'left' });
  moves.push({ label: 'Enter', action: 'enter' });
  return [...moves, ...Object.entries(BY_PHASE[phase]).map(([label, action]) => ({ label, action }))];
}
