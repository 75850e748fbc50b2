// The pod's events as a table, warnings highlighted: the first place the seeds look (probe kills, hook and mount
// failures, back-off).
import { Box, Text } from 'ink';
import type { Evidence } from '../../contracts/evidence.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { eventRows, type EventRow } from '../format/events.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

/**
 * The rows that fit, in time order: warnings first (the Unhealthy probe event, Failed pulls, FailedMount), then
 * the newest. Keeping only the newest showed two routine rows while the warning that proves the cause was hidden.
 */
export function pickEvents(rows: readonly EventRow[], room: number): EventRow[] {
  if (rows.length <= room) return [...rows];
  const order = rows.map((r, i) => ({ r, i })).sort((a, b) => Number(b.r.warning) - Number(a.r.warning) || b.i - a.i);
  const keep = new Set(order.slice(0, room).map((x) => x.i));
  return rows.filter((_, i) => keep.has(i));
}

export function EventsPanel({ evidence, height }: { readonly evidence: Evidence; readonly height: number }) {
  const theme = useTheme();
  const t = useT();
  const rows = eventRows(evidence.events, evidence.collectedAt);
  if (rows.length === 0) {
    return <Text {...theme('muted')}>{t('events.none')}</Text>;
  }
  const shown = pickEvents(rows, Math.max(1, height - 1));
  const warnings = rows.filter((r) => r.warning).length;
  return (
    <Box flexDirection="column">
      <Text {...theme('muted')} wrap="truncate-end">
        {'LAST SEEN'.padEnd(10)}
        {'TYPE'.padEnd(8)}
        {'REASON'.padEnd(18)}MESSAGE{rows.length > shown.length ? `   ${t('events.more', { count: rows.length - shown.length })}` : ''}
        {warnings > 0 ? `  ${t('events.warnings', { count: warnings })}` : ''}
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
