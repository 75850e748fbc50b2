// A usage gauge: [██████░░░░] 480Mi / 512Mi (94%), coloured by how close it is to the limit.
import { Text } from 'ink';
import { padToWidth } from '../../i18n/index.js';
import { useTheme } from '../theme.js';

export function gaugeBar(fraction: number, width: number): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}

export function Gauge({ label, used, limit, fraction, width = 20 }: { readonly label: string; readonly used: string; readonly limit: string; readonly fraction: number; readonly width?: number }) {
  const theme = useTheme();
  const token = fraction >= 0.9 ? 'danger' : fraction >= 0.7 ? 'warning' : 'ok';
  return (
    <Text>
      {padToWidth(label, 12)}
      <Text {...theme(token)}>{gaugeBar(fraction, width)}</Text> {used} / {limit} ({Math.round(fraction * 100)}%)
    </Text>
  );
}
