// "What proves it": the decisive line, drawn above the other evidence so it is on screen at 80×24 whatever else
// the step shows; wrapped by us (no character lost), at most `maxRows` rows.
import { Box, Text } from 'ink';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import type { DecisiveLine } from '../format/decisive.js';
import { clipToWidth, ENGLISH, type Translate } from '../../i18n/index.js';
import { sourceWord, word } from '../../report/word.js';
import { wrapLines } from '../format/wrap-lines.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';


export function decisiveRows(line: DecisiveLine, columns: number, maxRows: number, t: Translate = ENGLISH): string[] {
  const source = line.sourceSay ? word(line.sourceSay, t) : sourceWord(line.source, t);
  const rows = wrapLines(`${source}: ${line.line}`, Math.max(10, columns - 2));
  if (rows.length <= maxRows) return rows;
  const kept = rows.slice(0, maxRows);
  kept[maxRows - 1] = clipToWidth(`${kept[maxRows - 1]!}…`, Math.max(1, columns - 2));
  return kept;
}

export function DecisivePanel({ line, columns, maxRows }: { readonly line: DecisiveLine; readonly columns: number; readonly maxRows: number }) {
  const theme = useTheme();
  const t = useT();
  return (
    <Box flexDirection="column">
      <Text {...theme('heading')}>{t('panel.decisive')}</Text>
      {decisiveRows(line, columns, maxRows, t).map((row, i) => (
        <Text key={i} wrap="truncate-end">
          <Text {...theme('warning')}>{i === 0 ? '▶ ' : '  '}</Text>
          <ContainerText inline text={sanitize(row)} token="warning" />
        </Text>
      ))}
    </Box>
  );
}
