// A titled section. Plain rule lines rather than full borders: at 80 columns every character of width counts.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useTheme } from '../theme.js';

export function Panel({ title, focused = false, gap = 1, children }: { readonly title: string; readonly focused?: boolean; readonly gap?: number; readonly children: ReactNode }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" marginTop={gap}>
      <Text {...theme(focused ? 'accent' : 'heading')}>
        {focused ? '▶ ' : ''}
        {title}
      </Text>
      {children}
    </Box>
  );
}
