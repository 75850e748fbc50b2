// The describe-equivalent view (d): what `kubectl describe pod` would show, scrollable, warnings highlighted.
import { Clip } from '../components/clip.js';
import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { Evidence } from '../../contracts/evidence.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import { commandOf } from '../../plans/plan-argv.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { Footer } from '../components/footer.js';
import { describeLines } from '../format/describe.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Action } from '../keymap.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

interface Props {
  readonly evidence: Evidence;
  /** The session's describe command (with its --context/--kubeconfig), when the step offers one. */
  readonly argv?: readonly string[];
  readonly columns: number;
  readonly rows: number;
  readonly active: boolean;
  readonly onAction: (action: Action) => void;
}

export function DescribeScreen({ evidence, argv, columns, rows, active, onAction }: Props) {
  const theme = useTheme();
  const t = useT();
  const lines = useMemo(() => describeLines(evidence), [evidence]);
  const height = Math.max(3, rows - 4);
  const maxTop = Math.max(0, lines.length - height);
  const [top, setTop] = useState(0);
  useKeys(
    'describe',
    (action) => {
      if (action === 'up') setTop((t) => Math.max(0, t - 1));
      else if (action === 'down') setTop((t) => Math.min(maxTop, t + 1));
      else if (action === 'page-up') setTop((t) => Math.max(0, t - height));
      else if (action === 'page-down') setTop((t) => Math.min(maxTop, t + height));
      else if (action && action !== 'describe') onAction(action);
    },
    active,
  );
  const command = displayCommand(argv ?? commandOf({ namespace: evidence.pod.metadata.namespace ?? 'default' }, { kind: 'describe', resource: 'pod', name: evidence.pod.metadata.name }));
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text {...theme('heading')}>{t('describe.title')}</Text>
        <Text {...theme('command')}>  $ {command}</Text>
      </Text>
      <Clip height={height}>
        {lines.slice(top, top + height).map((l, i) => (
          <ContainerText key={top + i} inline text={sanitize(l.text)} {...(l.heading ? { token: 'heading' as const } : l.warning ? { token: 'warning' as const } : {})} />
        ))}
      </Clip>
      <Text {...theme('muted')}>
        {t('logs.lines', { from: top + 1, to: Math.min(lines.length, top + height), total: lines.length })}
      </Text>
      <Footer screen="describe" columns={columns} />
    </Box>
  );
}
