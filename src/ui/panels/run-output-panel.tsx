// The output of the last command run from a step (already bounded and sanitised by the executor; sanitised
// again here because it is container and cluster text).
import { Box, Text } from 'ink';
import type { RunRecord } from '../../plans/types.js';
import { displayCommand } from '../../plans/kubectl.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { useTheme } from '../theme.js';

export function RunOutputPanel({ run, height }: { readonly run: RunRecord; readonly height: number }) {
  const theme = useTheme();
  const text = sanitize(run.output.replace(/\n$/, ''));
  const lines = text.split('\n');
  const offset = Math.max(0, lines.length - height);
  return (
    <Box flexDirection="column">
      <Text {...theme(run.outcome === 'ran' && run.exitCode === 0 ? 'ok' : run.outcome === 'ran' ? 'warning' : 'muted')} wrap="truncate-end">
        $ {displayCommand(run.argv)} → {run.outcome}{run.exitCode !== null ? `, exit ${run.exitCode}` : ''}
      </Text>
      {offset > 0 ? <Text {...theme('muted')}>… {offset} lines above</Text> : null}
      <ContainerText text={text} offset={offset} maxLines={height} />
    </Box>
  );
}
