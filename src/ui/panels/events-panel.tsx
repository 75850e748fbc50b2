// The pod's events as a table, warnings highlighted: the first place the seeds look (probe kills, hook and mount
// failures, back-off).
import { Box, Text } from 'ink';
import type { Evidence } from '../../evidence/types.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { eventRows } from '../format/events.js';
import { useTheme } from '../theme.js';

export function EventsPanel({ evidence, height }: { readonly evidence: Evidence; readonly height: number }) {
  const theme = useTheme();
  const rows = eventRows(evidence.events, evidence.collectedAt);
  if (rows.length === 0) {
    return <Text {...theme('muted')}>No events for this pod (events expire after about an hour).</Text>;
  }
  const shown = rows.slice(-Math.max(1, height - 1));
  const warnings = rows.filter((r) => r.warning).length;
  return (
    <Box flexDirection="column">
      <Text {...theme('muted')}>
        {'LAST SEEN'.padEnd(10)}
        {'TYPE'.padEnd(8)}
        {'REASON'.padEnd(18)}MESSAGE{rows.length > shown.length ? `   (${rows.length - shown.length} older not shown)` : ''}
        {warnings > 0 ? `  ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}
      </Text>
      {shown.map((r, i) => (
        <Text key={i} wrap="truncate-end">
          <Text {...(r.warning ? theme('warning') : {})}>
            {r.lastSeen.padEnd(10)}
            {r.type.padEnd(8)}
          </Text>
          <ContainerText inline text={sanitize(r.reason.length > 17 ? `${r.reason.slice(0, 16)}… ` : r.reason.padEnd(18))} {...(r.warning ? { token: 'warning' as const } : {})} />
          <ContainerText inline text={r.count > 1 ? sanitize(`(x${r.count}) ${r.message}`) : r.message} />
        </Text>
      ))}
    </Box>
  );
}
