// Resources: usage against limits as gauges when metrics exist, the limits and requests otherwise, with the probe
// settings beside them (the two things that kill a container that is otherwise fine).
import { Box, Text } from 'ink';
import type { Evidence } from '../../contracts/evidence.js';
import { Footer } from '../components/footer.js';
import { Panel } from '../components/panel.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Action } from '../keymap.js';
import { ProbesPanel } from '../panels/probes-panel.js';
import { ResourcesPanel } from '../panels/resources-panel.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

interface Props {
  readonly evidence: Evidence;
  readonly container: string;
  readonly columns: number;
  readonly active: boolean;
  readonly onAction: (action: Action) => void;
}

export function ResourcesScreen({ evidence, container, columns, active, onAction }: Props) {
  const theme = useTheme();
  const t = useT();
  useKeys('resources', (action) => action && onAction(action), active);
  const qos = evidence.pod.status?.qosClass;
  return (
    <Box flexDirection="column">
      <Text {...theme('heading')}>{t('evidence.resources')} · {evidence.pod.metadata.name}{qos ? ` · QoS ${qos}` : ''}</Text>
      <Panel title={t('resources.usageTitle')}>
        <ResourcesPanel evidence={evidence} gaugeWidth={Math.max(10, Math.min(40, columns - 45))} />
      </Panel>
      <Panel title={t('resources.probesOf', { container })}>
        <ProbesPanel evidence={evidence} container={container} />
      </Panel>
      <Box marginTop={1}>
        <Footer screen="resources" columns={columns} />
      </Box>
    </Box>
  );
}
