// The output of the last command run from a step (already bounded and sanitised by the executor; sanitised
// again here because it is container and cluster text), wrapped by us so nothing is cut at the width, and
// scrollable: it opens at its end (where errors are), ↑/↓ and PgUp/PgDn move through it.
import { Box, Text } from 'ink';
import type { RunRecord } from '../../contracts/plan.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { wrapLines } from '../format/wrap-lines.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

/** The output as screen rows at `columns`. */
export const outputRows = (run: RunRecord, columns: number): string[] => wrapLines(run.output.replace(/\n$/, ''), Math.max(10, columns));

/** The first row shown: `top` when scrolled, else the end. */
export function outputTop(total: number, height: number, top: number | undefined): number {
  const last = Math.max(0, total - height);
  return top === undefined ? last : Math.max(0, Math.min(last, top));
}

export function RunOutputPanel({ run, height, columns, top }: { readonly run: RunRecord; readonly height: number; readonly columns: number; readonly top?: number }) {
  const theme = useTheme();
  const t = useT();
  const rows = outputRows(run, columns);
  const room = Math.max(1, height - 1);
  const first = outputTop(rows.length, room, top);
  const below = Math.max(0, rows.length - first - room);
  return (
    <Box flexDirection="column">
      <Text {...theme(run.outcome === 'ran' && run.exitCode === 0 ? 'ok' : run.outcome === 'ran' ? 'warning' : 'muted')} wrap="truncate-end">
        {first > 0 || below > 0 ? `${t('run.rows', { from: first + 1, to: first + Math.min(room, rows.length), total: rows.length })} · ` : ''}
        {t('run.outcome', { outcome: run.outcome })}{run.exitCode !== null ? t('run.exit', { code: run.exitCode }) : ''} · $ {displayCommand(run.argv)}
      </Text>
      <ContainerText text={sanitize(rows.slice(first, first + room).join('\n'))} />
    </Box>
  );
}
