// Quitting while something we created is still in the cluster: say what, and offer to clean it up first.
import { Box, Text } from 'ink';
import type { CreatedResource } from '../../session/types.js';
import { displayCommand } from '../../plans/kubectl.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTheme } from '../theme.js';

export type QuitChoice = 'cleanup' | 'keep' | 'stay';

export function QuitDialog({ created, active, onChoose }: { readonly created: readonly CreatedResource[]; readonly active: boolean; readonly onChoose: (choice: QuitChoice) => void }) {
  const theme = useTheme();
  useKeys(
    'confirm',
    (_action, press, key) => {
      if (key.escape) onChoose('stay');
      else if (press.input === 'c') onChoose('cleanup');
      else if (press.input === 'k') onChoose('keep');
    },
    active,
  );
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={1}>
      <Text {...theme('warning')}>The wizard created {created.length === 1 ? 'this' : 'these'} and has not cleaned up yet:</Text>
      {created.map((c) => (
        <Box key={`${c.namespace}/${c.name}`} flexDirection="column">
          <Text>• {c.kind} {c.namespace}/{c.name}</Text>
          {c.cleanup.length > 0 ? <Text {...theme('command')}>{'  '}$ {displayCommand(c.cleanup)}</Text> : null}
        </Box>
      ))}
      <Text>
        <Text {...theme('key')}>c</Text> clean up and quit · <Text {...theme('key')}>k</Text> keep and quit · <Text {...theme('key')}>Esc</Text> stay
      </Text>
    </Box>
  );
}
