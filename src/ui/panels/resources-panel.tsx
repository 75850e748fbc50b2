// Requests and limits of each container, with usage gauges when metrics-server answered; the last termination
// reason beside them (OOMKilled is the kernel enforcing the memory limit).
import { Box, Text } from 'ink';
import type { Evidence } from '../../contracts/evidence.js';
import { Gauge } from '../components/gauge.js';
import { formatBytes, formatCpu, parseQuantity } from '../format/quantity.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

export function ResourcesPanel({ evidence, gaugeWidth = 20 }: { readonly evidence: Evidence; readonly gaugeWidth?: number }) {
  const theme = useTheme();
  const t = useT();
  const pod = evidence.pod;
  const containers = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  return (
    <Box flexDirection="column">
      {!evidence.metrics ? <Text {...theme('muted')}>{t('resources.noMetrics')}</Text> : null}
      {containers.map((c) => {
        const usage = evidence.metrics?.containers.find((m) => m.name === c.name);
        const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === c.name);
        const reason = status?.lastState?.terminated?.reason ?? status?.state?.terminated?.reason;
        const limits = c.resources?.limits ?? {};
        const requests = c.resources?.requests ?? {};
        const memLimit = parseQuantity(limits['memory']);
        const memUsed = parseQuantity(usage?.memory);
        const cpuLimit = parseQuantity(limits['cpu']);
        const cpuUsed = parseQuantity(usage?.cpu);
        return (
          <Box key={c.name} flexDirection="column">
            <Text>
              <Text {...theme('accent')}>{c.name}</Text>
              {'  '}{t('resources.memoryRequest')} {requests['memory'] ?? '—'} {t('resources.limit')} {limits['memory'] ?? <Text {...theme('warning')}>{t('resources.none')}</Text>}
              {'  '}{t('resources.cpuRequest')} {requests['cpu'] ?? '—'} {t('resources.limit')} {limits['cpu'] ?? t('resources.none')}
              {reason ? <Text {...theme(reason === 'OOMKilled' ? 'danger' : 'muted')}>{`  ${t('resources.last', { reason })}`}</Text> : null}
            </Text>
            {memUsed !== undefined && memLimit ? <Gauge label={`  ${t('resources.memory')}`} used={formatBytes(memUsed)} limit={formatBytes(memLimit)} fraction={memUsed / memLimit} width={gaugeWidth} /> : null}
            {cpuUsed !== undefined && cpuLimit ? <Gauge label={`  ${t('resources.cpu')}`} used={formatCpu(cpuUsed)} limit={formatCpu(cpuLimit)} fraction={cpuUsed / cpuLimit} width={gaugeWidth} /> : null}
            {memUsed !== undefined && !memLimit ? <Text>{`  ${t('resources.usedNoLimit', { used: formatBytes(memUsed) })}`}</Text> : null}
          </Box>
        );
      })}
    </Box>
  );
}
