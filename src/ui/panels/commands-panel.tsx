// The commands a step offers, exactly as they would be typed (POSIX-quoted argv with --context/-n), so a
// learner can run them too; changing ones are marked and hidden in read-only mode.
import { Box, Text } from 'ink';
import type { Plan } from '../../plans/types.js';
import { displayCommand } from '../../plans/kubectl.js';
import { useTheme } from '../theme.js';

export function CommandsPanel({ plans, selected, focused, note }: { readonly plans: readonly Plan[]; readonly selected: number; readonly focused: boolean; readonly note?: string }) {
  const theme = useTheme();
  if (plans.length === 0) return <Text {...theme('muted')}>No commands for this step.</Text>;
  return (
    <Box flexDirection="column">
      {plans.map((p, i) => {
        const sel = i === selected;
        return (
          <Box key={p.id} flexDirection="column">
            <Text {...(sel && focused ? theme('selected') : sel ? theme('accent') : theme('muted'))}>
              {sel ? '› ' : '  '}
              {p.title}
              {p.risk !== 'read' ? ` [${p.risk}s: asks first]` : ''}
            </Text>
            {sel ? (
              <Text {...theme('command')} wrap="wrap">
                {'  $ '}
                {displayCommand(p.argv)}
              </Text>
            ) : null}
          </Box>
        );
      })}
      {note ? <Text {...theme('ok')}>{note}</Text> : null}
    </Box>
  );
}
