// A fixed-height window onto content that may be taller. The inner box must not shrink: Yoga would otherwise
// squeeze the rows to fit the height, and Ink draws squeezed rows on top of each other.
import { Box } from 'ink';
import type { ReactNode } from 'react';

export function Clip({ height, width, children }: { readonly height: number; readonly width?: number; readonly children: ReactNode }) {
  return (
    <Box flexDirection="column" height={height} {...(width !== undefined ? { width } : {})} overflow="hidden" flexShrink={0}>
      <Box flexDirection="column" flexShrink={0} width="100%">
        {children}
      </Box>
    </Box>
  );
}
