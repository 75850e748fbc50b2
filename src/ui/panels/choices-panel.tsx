// The ways on from a step. The first is always "continue" (the flow's own choice from the evidence); the others
// are the step's explicit choices. Enter picks the highlighted one: both only move through the tree.
import { Box, Text } from 'ink';
import type { StepChoice } from '../../contracts/session.js';
import { useTheme } from '../theme.js';

export const CONTINUE_ID = '__continue__';

export function choiceList(continueLabel: string, choices: readonly StepChoice[]): StepChoice[] {
  return [{ id: CONTINUE_ID, label: continueLabel }, ...choices];
}

export function ChoicesPanel({ items, selected, focused }: { readonly items: readonly StepChoice[]; readonly selected: number; readonly focused: boolean }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      {items.map((c, i) => (
        <Text key={c.id} {...(i === selected ? (focused ? theme('selected') : theme('accent')) : {})}>
          {i === selected ? '› ' : '  '}
          {c.label}
        </Text>
      ))}
    </Box>
  );
}
