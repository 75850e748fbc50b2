// The `?` overlay: every key of the current screen, from the same table the screens resolve keys with.
import { Box, Text } from 'ink';
import { useT } from '../i18n.js';
import { bindingsFor, type ScreenId } from '../keymap.js';
import { useTheme } from '../theme.js';

export function HelpOverlay({ screen }: { readonly screen: ScreenId }) {
  const theme = useTheme();
  const t = useT();
  const rows = new Map<string, { label: string; description: string }>();
  for (const b of bindingsFor(screen)) {
    const prev = rows.get(b.action);
    if (prev) prev.label = [...new Set(`${prev.label} ${b.label}`.split(' '))].join(' ');
    else rows.set(b.action, { label: b.label, description: t(b.text) });
  }
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text {...theme('heading')}>{t('help.title')}</Text>
      {[...rows.values()].map((r) => (
        <Text key={r.label + r.description}>
          <Text {...theme('key')}>{r.label.padEnd(10)}</Text>
          {r.description}
        </Text>
      ))}
      <Text {...theme('muted')}>{t('help.closing')}</Text>
    </Box>
  );
}
