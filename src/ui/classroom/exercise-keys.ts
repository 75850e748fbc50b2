// The exercise's keys in one table: what each key does in each phase.
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
