// Quitting while something we created is still in the cluster: say what, and offer to clean it up first.
import { Box, Text } from 'ink';
import type { CreatedResource } from '../../contracts/session.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import { useKeys } from '../hooks/use-keys.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

export type QuitChoice = 'cleanup' | 'keep' | 'stay';

export function QuitDialog({ created, active, onChoose }: { readonly created: readonly CreatedResource[]; readonly active: boolean; readonly onChoose: (choice: QuitChoice) => void }) {
  const theme = useTheme();
  const t = useT();
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
      <Text {...theme('warning')}>{t('quit.created', { count: created.length })}</Text>
      {created.map((c) => (
        <Box key={`${c.namespace}/${c.name}`} flexDirection="column">
          <Text>• {c.kind} {c.namespace}/{c.name}</Text>
          {c.cleanup.length > 0 ? <Text {...theme('command')}>{'  '}$ {displayCommand(c.cleanup)}</Text> : null}
        </Box>
      ))}
      <Text>
        <Text {...theme('key')}>c</Text> {t('quit.cleanup')} · <Text {...theme('key')}>k</Text> {t('quit.keep')} · <Text {...theme('key')}>Esc</Text> {t('quit.stay')}
      </Text>
    </Box>
  );
}
