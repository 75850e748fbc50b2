// Choosing a kubeconfig context, then a namespace (or all): only when no pod was named and not in training.
import { Clip } from '../components/clip.js';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { Footer } from '../components/footer.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Action } from '../keymap.js';
import { useTheme } from '../theme.js';

interface Props {
  readonly title: string;
  readonly hint: string;
  readonly items: readonly string[];
  /** Index to start on (the current context). */
  readonly initial?: number;
  readonly columns: number;
  readonly rows: number;
  readonly active: boolean;
  readonly onChoose: (item: string) => void;
  readonly onAction: (action: Action) => void;
}

export function PickerScreen({ title, hint, items, initial = 0, columns, rows, active, onChoose, onAction }: Props) {
  const theme = useTheme();
  const [selected, setSelected] = useState(Math.min(initial, Math.max(0, items.length - 1)));
  useKeys(
    'contexts',
    (action) => {
      if (action === 'up') setSelected((s) => Math.max(0, s - 1));
      else if (action === 'down') setSelected((s) => Math.min(items.length - 1, s + 1));
      else if (action === 'continue') {
        const item = items[selected];
        if (item !== undefined) onChoose(item);
      } else if (action) onAction(action);
    },
    active,
  );
  const height = Math.max(3, rows - 5);
  const first = Math.max(0, Math.min(selected - Math.floor(height / 2), items.length - height));
  return (
    <Box flexDirection="column">
      <Text {...theme('heading')}>{title}</Text>
      <Text {...theme('muted')}>{hint}</Text>
      <Clip height={height}>
        {items.slice(first, first + height).map((item, i) => (
          <Text key={item} wrap="truncate-end">
            <Text {...(first + i === selected ? theme('selected') : {})}>{first + i === selected ? '› ' : '  '}</Text>
            <ContainerText inline text={sanitize(item)} {...(first + i === selected ? { token: 'selected' as const } : {})} />
          </Text>
        ))}
      </Clip>
      <Footer screen="contexts" columns={columns} />
    </Box>
  );
}
