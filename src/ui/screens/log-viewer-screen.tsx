// The log viewer: previous ⇄ current (p), container (Tab), search (/, n), scroll, wrap (w). It shows only what
// the evidence kept (a bounded tail per container and run), and says when "current" is the crashed run again.
import { Clip } from '../components/clip.js';
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { useLatestState } from '../hooks/use-latest-state.js';
import type { Evidence, LogKind } from '../../contracts/evidence.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { Footer } from '../components/footer.js';
import { logRows, topFor } from '../format/log-rows.js';
import { searchLines } from '../format/log-window.js';
import { visibleRows } from '../format/visible-rows.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTextEntry } from '../hooks/use-text-entry.js';
import type { Action } from '../keymap.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

/** At most this many lines are split out of an excerpt: the viewer never holds more. */
export const MAX_VIEWER_LINES = 5000;

interface Props {
  readonly evidence: Evidence;
  readonly container: string;
  readonly kind: LogKind;
  readonly columns: number;
  readonly rows: number;
  readonly active: boolean;
  readonly onAction: (action: Action) => void;
}

export function LogViewerScreen({ evidence, container: initialContainer, kind: initialKind, columns, rows, active, onAction }: Props) {
  const theme = useTheme();
  const t = useT();
  const containers = [...new Set(evidence.logs.map((l) => l.container))];
  const [containerIndex, , setContainerIndex] = useLatestState(Math.max(0, containers.indexOf(initialContainer)));
  const [kind, , setKind] = useLatestState<LogKind>(initialKind);
  const [wrap, getWrap, setWrap] = useLatestState(false);
  const [searching, getSearching, setSearching] = useLatestState(false);
  const [match, getMatch, setMatch] = useLatestState(0);
  const query = useTextEntry();
  const container = containers[containerIndex] ?? initialContainer;
  const excerpt = evidence.logs.find((l) => l.container === container && l.kind === kind);

  const lines = useMemo(() => {
    const all = (excerpt?.text ?? '').replace(/\n$/, '').split('\n');
    // Stripped before rows are cut, so a cut never splits an escape sequence and widths count what is shown.
    return (all.length > MAX_VIEWER_LINES ? all.slice(-MAX_VIEWER_LINES) : all).map((line) => sanitize(line));
  }, [excerpt]);
  const height = Math.max(3, rows - 5);
  // Everything scrolls by screen rows: with wrap on, a line can take several, and the last ones must be reachable.
  const view = useMemo(() => logRows(lines, wrap, Math.max(10, columns)), [lines, wrap, columns]);
  const maxTop = Math.max(0, view.rows.length - height);
  // undefined follows the end (the lines before the crash), also after wrap changes the row count.
  const [top, getTop, setTop] = useLatestState<number | undefined>(undefined);
  const first = Math.min(top ?? maxTop, maxTop);
  const matches = useMemo(() => searchLines(lines, query.value), [lines, query.value]);
  const firstNow = () => Math.min(getTop() ?? maxTop, maxTop);
  const scrollTo = (row: number) => setTop(row >= maxTop ? undefined : Math.max(0, row));

  const jumpTo = (i: number) => {
    const line = searchLines(lines, query.current())[i];
    if (line !== undefined) scrollTo(topFor(view.firstRow[line] ?? 0, view.rows.length, height));
  };

  useKeys(
    'logs',
    (action, press, key) => {
      if (getSearching()) {
        if (key.return) {
          setSearching(false);
          setMatch(0);
          jumpTo(0);
        } else if (key.escape) {
          setSearching(false);
          query.set('');
        } else query.edit(press.input, key);
        return;
      }
      const at = firstNow();
      if (key.home) scrollTo(0);
      else if (key.end) setTop(undefined);
      else if (action === 'up') scrollTo(Math.max(0, at - 1));
      else if (action === 'down') scrollTo(Math.min(maxTop, at + 1));
      else if (action === 'page-up') scrollTo(Math.max(0, at - height));
      else if (action === 'page-down') scrollTo(Math.min(maxTop, at + height));
      else if (action === 'panel') {
        setContainerIndex((i) => (containers.length === 0 ? 0 : (i + 1) % containers.length));
        setTop(undefined);
      } else if (action === 'previous') {
        setKind((k) => (k === 'previous' ? 'current' : 'previous'));
        setTop(undefined);
      } else if (action === 'wrap') {
        // Keep the line at the top of the screen in view across the change of row count.
        const line = view.lineOf[at] ?? 0;
        const next = logRows(lines, !getWrap(), Math.max(10, columns));
        setWrap((w) => !w);
        setTop(getTop() === undefined ? undefined : Math.min(Math.max(0, next.rows.length - height), next.firstRow[line] ?? 0));
      }
      else if (action === 'search') setSearching(true);
      else if (action === 'next-match' && matches.length > 0) {
        const next = (getMatch() + 1) % matches.length;
        setMatch(next);
        jumpTo(next);
      } else if (action && action !== 'logs') onAction(action);
    },
    active,
  );

  const shownRows = view.rows.slice(first, first + height);
  // Each row cut to the width (plus one, so the cut shows): Ink never measures a 200 KB row.
  const text = sanitize(visibleRows(shownRows, Math.max(10, columns), height, false).join('\n'));
  const firstLine = (view.lineOf[first] ?? 0) + 1;
  const lastLine = (view.lineOf[Math.min(view.rows.length, first + height) - 1] ?? -1) + 1;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text {...theme('heading')}>{t('logs.title', { container })} · {kind === 'previous' ? t('logs.previousRun') : t('logs.currentRun')}</Text>
        <Text {...theme('muted')}>
          {'  '}
          {containers.length > 1 ? `${t('logs.containers', { count: containers.length })} · ` : ''}p: {kind === 'previous' ? t('logs.current') : t('logs.previous')} · {t('logs.lines', { from: lines.length === 0 ? 0 : firstLine, to: lastLine, total: lines.length })}{wrap ? ` · ${t('logs.wrapped')}` : ''}
          {excerpt?.truncated ? ' (tail)' : ''}
        </Text>
      </Text>
      {excerpt?.sameRunAsPrevious ? <Text {...theme('warning')}>{t('logs.sameRun')}</Text> : null}
      <Clip height={height}>
        {excerpt ? (
          <ContainerText text={text} {...(query.value ? { highlight: query.value } : {})} />
        ) : (
          <Text {...theme('muted')}>{t(kind === 'previous' ? 'logs.noPrevious' : 'logs.noCurrent', { container })}</Text>
        )}
      </Clip>
      {searching || query.value ? (
        <Text>
          <Text {...theme('key')}>/</Text>
          {query.value}
          {searching ? '▏' : ` · ${matches.length === 0 ? t('logs.noMatch') : t('logs.match', { at: match + 1, total: matches.length })}`}
        </Text>
      ) : null}
      <Footer screen="logs" columns={columns} />
    </Box>
  );
}
