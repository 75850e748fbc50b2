// The failing pods, worst first, as kubectl would show their STATUS, with a one-line cause each. `/` filters,
// Enter opens the selected pod; while a large cluster is scanned, a progress line.
import { Clip } from '../components/clip.js';
import { Box, Text } from 'ink';
import { useEffect, useRef } from 'react';
import { useLatestState } from '../hooks/use-latest-state.js';
import type { ScanRow } from '../../contracts/scan-row.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { ErrorPanel } from '../components/error-panel.js';
import { Footer } from '../components/footer.js';
import { Spinner } from '../components/spinner.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTextEntry } from '../hooks/use-text-entry.js';
import type { Action } from '../keymap.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';
import { clipToWidth, padToWidth } from '../../i18n/width.js';
import { word } from '../../report/word.js';

export type ScanState =
  | { readonly kind: 'scanning'; readonly seen: number }
  /** `readingLogs`: rows whose cause still waits for their logs (marked `pending`). */
  | { readonly kind: 'done'; readonly rows: readonly ScanRow[]; readonly readingLogs?: number }
  | { readonly kind: 'error'; readonly message: string };

interface Props {
  readonly source: string;
  readonly scope: string;
  readonly scan: ScanState;
  readonly columns: number;
  readonly rows: number;
  readonly active: boolean;
  readonly onOpen: (row: ScanRow) => void;
  /** "ns/name" of the pod to put the cursor on once the list is read (the one we came back from). */
  readonly initialPod?: string;
  /** A change seen by the last re-read (restarts), or that it failed. */
  readonly notice?: string;
  /** Esc leads somewhere (the context picker); else the footer does not offer it. */
  readonly canGoBack?: boolean;
  readonly onAction: (action: Action) => void;
  /** R on a row (a trainer resetting its scenario on the training cluster). */
  readonly onReset?: (row: ScanRow) => void;
}

export function matchesFilter(row: ScanRow, filter: string): boolean {
  const f = filter.toLowerCase();
  return [row.pod, row.status, row.cause ?? '', row.summary].some((s) => s.toLowerCase().includes(f));
}

// Measured in terminal columns: a translated cell (读取日志中…) is twice as wide as its length.
const pad = (s: string, n: number): string => padToWidth(clipToWidth(s, n - 1), n);

/**
 * A pod name cut to `n` columns keeping its end: two pods of one ReplicaSet differ only in the random suffix,
 * so a cut that keeps the start draws them as identical rows.
 */
export function fitName(s: string, n: number): string {
  if (s.length <= n - 1) return s.padEnd(n);
  const tail = Math.min(12, Math.floor((n - 2) / 2));
  return `${s.slice(0, n - 2 - tail)}…${s.slice(s.length - tail)} `;
}

export function PodListScreen({ source, scope, scan, columns, rows, active, onOpen, onAction, onReset, initialPod, canGoBack = true, notice }: Props) {
  const theme = useTheme();
  const t = useT();
  const [selected, getSelected, setSelected] = useLatestState(0);
  const [filtering, getFiltering, setFiltering] = useLatestState(false);
  const filter = useTextEntry();
  const all = scan.kind === 'done' ? scan.rows : [];
  const shown = filter.value ? all.filter((r) => matchesFilter(r, filter.value)) : all;
  const sel = Math.max(0, Math.min(selected, shown.length - 1));
  // The cursor stays on its pod when a re-read reorders the list (a restart moves a pod up), so Enter opens
  // the pod that was selected, not whichever took its place.
  const cursorPod = useRef<string | undefined>(undefined);
  useEffect(() => {
    const at = cursorPod.current === undefined ? -1 : shown.findIndex((r) => r.pod === cursorPod.current);
    if (at >= 0 && at !== getSelected()) setSelected(at);
    // Only a new list moves the cursor here; keys move it through setSelected.
  }, [all]);
  useEffect(() => {
    cursorPod.current = shown[sel]?.pod;
  });
  const placed = useRef(false);
  useEffect(() => {
    if (placed.current || scan.kind !== 'done' || !initialPod) return;
    placed.current = true;
    const at = scan.rows.findIndex((r) => r.pod === initialPod);
    if (at >= 0) setSelected(at);
  }, [scan, initialPod, setSelected]);

  useKeys(
    'pods',
    (action, press, key) => {
      if (getFiltering()) {
        if (key.return || key.escape) setFiltering(false);
        if (key.escape) filter.set('');
        else if (filter.edit(press.input, key)) setSelected(0);
        return;
      }
      const at = Math.min(getSelected(), Math.max(0, shown.length - 1));
      if (action === 'up') setSelected(Math.max(0, at - 1));
      // Never below 0: a ↓ while the list is still being read would otherwise select nothing for good.
      else if (action === 'down') setSelected(Math.max(0, Math.min(shown.length - 1, at + 1)));
      else if (action === 'search') setFiltering(true);
      else if (action === 'continue') {
        const row = shown[at];
        if (row) onOpen(row);
      } else if (action === 'reset' && onReset) {
        const row = shown[at];
        if (row) onReset(row);
      } else if (action) onAction(action);
    },
    active,
  );

  const statusWidth = 22;
  const marker = 2;
  // NAME takes what its longest row needs, leaving CAUSE at least 14 columns.
  const longest = all.reduce((n, r) => Math.max(n, r.pod.length + 1), 15);
  const nameWidth = Math.max(20, Math.min(longest, columns - marker - statusWidth - 4 - 5 - 6 - 14));
  const causeWidth = Math.max(10, columns - marker - nameWidth - statusWidth - 4 - 5 - 6);
  // title, column header, blank + summary, footer; the progress and filter lines when shown.
  const readingLogs = scan.kind === 'done' ? (scan.readingLogs ?? 0) : 0;
  const chrome = 5 + (scan.kind === 'scanning' || readingLogs > 0 ? 1 : 0) + (filtering || filter.value ? 1 : 0) + (notice ? 1 : 0);
  const listHeight = Math.max(3, rows - chrome);
  const first = Math.max(0, Math.min(sel - Math.floor(listHeight / 2), shown.length - listHeight));
  const current = shown[sel];

  return (
    <Box flexDirection="column">
      <Text>
        <Text {...theme('heading')}>{t('pods.title')}</Text>
        <Text {...theme('muted')}>
          {'  '}
          {source} · {scope}
          {scan.kind === 'done' ? ` · ${t('pods.count', { count: all.length })}${filter.value ? t('pods.matches', { count: shown.length, filter: filter.value }) : ''}` : ''}
        </Text>
      </Text>
      {notice ? (
        <Text {...theme('warning')} wrap="truncate-end">
          ↻ {notice}
        </Text>
      ) : null}
      {scan.kind === 'scanning' ? <Spinner label={t('pods.scanning', { seen: scan.seen })} /> : null}
      {readingLogs > 0 ? <Spinner label={t('pods.readingLogs', { count: readingLogs })} /> : null}
      {scan.kind === 'error' ? (
        <ErrorPanel title={t('pods.listFailed')} message={scan.message} todo={[t('pods.todo.checkAccess'), t('pods.todo.keys')]} />
      ) : null}
      {scan.kind === 'done' && all.length === 0 ? <Text {...theme('ok')}>{t('pods.none')}</Text> : null}
      {shown.length > 0 ? (
        <Box flexDirection="column">
          <Text {...theme('muted')}>
            {'  '}
            {pad('NAMESPACE/NAME', nameWidth)}
            {pad('STATUS', statusWidth)}
            {'RST'.padEnd(4)}
            {'EXIT'.padEnd(5)}
            {'AGE'.padEnd(6)}
            {t('pods.causeColumn')}
          </Text>
          <Clip height={Math.min(listHeight, shown.length)}>
            {shown.slice(first, first + listHeight).map((r, i) => {
              const isSel = first + i === sel;
              return (
                <Text key={r.pod} {...(isSel ? theme('selected') : {})} wrap="truncate-end">
                  {isSel ? '› ' : '  '}
                  {fitName(r.pod, nameWidth)}
                  <Text {...(isSel ? {} : theme(r.status === 'Running' ? 'warning' : 'danger'))}>{pad(r.status, statusWidth)}</Text>
                  {String(r.restarts).padEnd(4)}
                  {(r.exitCode === null ? '-' : String(r.exitCode)).padEnd(5)}
                  {r.age.padEnd(6)}
                  {r.pending ? <Text {...(isSel ? {} : theme('muted'))}>{pad(t('pods.rowReadingLogs'), causeWidth)}</Text> : pad(r.cause ?? '?', causeWidth)}
                </Text>
              );
            })}
          </Clip>
          {current ? (
            <Box marginTop={1}>
              <Text wrap="truncate-end">
                <Text {...theme('accent')}>{current.name}: </Text>
                <ContainerText inline text={sanitize(current.pending ? t('pods.pendingLogs') : (current.said ? word(current.said, t) : current.summary) || t('pods.noCauseYet'))} />
              </Text>
            </Box>
          ) : null}
        </Box>
      ) : null}
      {filtering || filter.value ? (
        <Text>
          <Text {...theme('key')}>/</Text>
          {filter.value}
          {filtering ? `▏ ${t('pods.filterHint')}` : ''}
        </Text>
      ) : null}
      <Footer screen="pods" columns={columns} {...(canGoBack ? {} : { omit: ['back'] as const })} />
    </Box>
  );
}
