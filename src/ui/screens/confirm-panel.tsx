// Before anything that creates or deletes: the exact command and manifest, and a typed yes. Enter alone never
// confirms (it only reminds); `y`/`yes` then Enter sends CONFIRM {yes: true}; `n` or Esc declines.
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { Plan } from '../../plans/types.js';
import { displayCommand } from '../../plans/kubectl.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTextEntry } from '../hooks/use-text-entry.js';
import { useTheme } from '../theme.js';

interface Props {
  readonly plan: Plan;
  readonly rows: number;
  readonly columns?: number;
  readonly active: boolean;
  readonly onAnswer: (yes: boolean) => void;
}

export const isYes = (typed: string): boolean => /^(y|yes)$/i.test(typed.trim());

export function ConfirmPanel({ plan, rows, columns = 80, active, onAnswer }: Props) {
  const theme = useTheme();
  const typed = useTextEntry();
  const [hint, setHint] = useState(false);
  useKeys(
    'confirm',
    (_action, press, key) => {
      if (key.escape) return onAnswer(false);
      if (key.return) {
        if (isYes(typed.current())) return onAnswer(true);
        if (/^(n|no)$/i.test(typed.current().trim())) return onAnswer(false);
        setHint(true);
        return;
      }
      typed.edit(press.input, key);
    },
    active,
  );
  const manifestLines = Math.max(3, rows - 16);
  // Inside the double border and its padding.
  const width = Math.max(20, columns - 4);
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={1}>
      <Text {...theme('danger')}>This {plan.risk === 'delete' ? 'deletes' : 'creates'} something in the cluster</Text>
      <Text>{plan.title}{plan.creates ? ` → ${plan.creates}` : ''}</Text>
      <ContainerText text={sanitize(plan.purpose)} wrap width={width} token="muted" />
      <ContainerText text={sanitize(`$ ${displayCommand(plan.argv)}`)} wrap width={width} token="command" />
      {plan.manifest ? (
        <Box flexDirection="column" marginTop={1}>
          <Text {...theme('heading')}>Manifest</Text>
          <ContainerText text={sanitize(plan.manifest)} maxLines={manifestLines} />
        </Box>
      ) : null}
      {plan.undo ? <ContainerText text={sanitize(`undo: ${displayCommand(plan.undo)}`)} wrap width={width} token="muted" /> : null}
      <Text>
        Type <Text {...theme('key')}>y</Text> and press Enter to run it, <Text {...theme('key')}>n</Text> or Esc to cancel: {typed.value}▏
      </Text>
      {hint ? <Text {...theme('warning')}>Enter alone never confirms: type y first.</Text> : null}
    </Box>
  );
}
