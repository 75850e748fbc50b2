// A log excerpt around the decisive lines (the ones the diagnosis quotes), marked, with why "current" may be the
// same run as "previous".
import { Box, Text } from 'ink';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import type { Evidence, LogKind } from '../../contracts/evidence.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { decisiveLines, logWindow } from '../format/log-window.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';


interface Props {
  readonly evidence: Evidence;
  readonly diagnosis: Diagnosis | undefined;
  readonly container: string;
  readonly kind: LogKind;
  readonly init?: boolean;
  readonly height: number;
}

export function LogExcerptPanel({ evidence, diagnosis, container, kind, init, height }: Props) {
  const theme = useTheme();
  const t = useT();
  const { columns } = useTerminalSize();
  const candidates = evidence.logs.filter((l) => l.kind === kind && (init === undefined || l.init === init));
  const excerpt = candidates.find((l) => l.container === container) ?? candidates[0];
  if (!excerpt) {
    const gap = evidence.gaps.find((g) => g.what.includes('log'));
    return <Text {...theme('muted')}>{gap ? t('logs.noneWhy', { kind, reason: gap.reason }) : t('logs.noneKept', { kind })}</Text>;
  }
  const avail = Math.max(1, height - 1 - (excerpt.sameRunAsPrevious ? 1 : 0));
  const window = logWindow(excerpt.text, decisiveLines(diagnosis, excerpt.container), avail);
  // Decisive lines wrap (their end is usually the point: "bind: address already in use"); to make room, drop
  // lines from the top: the last decisive line is the one to keep.
  const width = Math.max(20, columns - 4);
  let rows = window.lines.map((line, i) => ({ line, marked: window.marked.has(i) }));
  const used = () => rows.reduce((n, r) => n + (r.marked ? Math.ceil(Math.max(1, r.line.length) / width) : 1), 0);
  while (rows.length > 1 && used() > avail) rows = rows.slice(1);
  const skipped = window.skippedBefore + window.lines.length - rows.length;
  return (
    <Box flexDirection="column">
      <Text {...theme('muted')}>
        {t(kind === 'previous' ? 'logs.excerptPrevious' : 'logs.excerptCurrent', { container: excerpt.container })}
        {skipped > 0 ? ` · ${t('logs.earlierLines', { count: skipped })}` : ''}
        {excerpt.truncated ? ` · ${t('logs.tailOnly')}` : ''}
      </Text>
      {excerpt.sameRunAsPrevious ? <Text {...theme('warning')}>{t('logs.sameRun')}</Text> : null}
      {window.lines.length === 1 && window.lines[0] === '' ? <Text {...theme('muted')}>{t('logs.empty')}</Text> : null}
      {rows.map(({ line, marked }, i) => (
        <Text key={i} wrap={marked ? 'wrap' : 'truncate-end'}>
          <Text {...(marked ? theme('warning') : theme('muted'))}>{marked ? '▶ ' : '  '}</Text>
          <ContainerText inline wrap={marked} text={sanitize(line)} {...(marked ? { token: 'warning' as const } : {})} />
        </Text>
      ))}
    </Box>
  );
}
