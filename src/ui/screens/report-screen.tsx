// The report: the cause, how sure we are, the evidence, the next steps with their commands. `s` saves it as
// Markdown (the hand-over to a senior), `j` as JSON, into the current directory.
import { Clip } from '../components/clip.js';
import { Box, Text } from 'ink';
import { useState, type ReactElement } from 'react';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import type { SessionSnapshot } from '../../contracts/session.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { Footer } from '../components/footer.js';
import { exitCodeLine } from '../format/exit-code.js';
import { causeHeadline, type ReportFormat } from '../format/report-export.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Action } from '../keymap.js';
import { confidenceWord, displayWidth, ENGLISH, type Translate } from '../../i18n/index.js';
import { sourceLabel } from '../format/evidence-source.js';
import { useT } from '../i18n.js';
import { useTheme, type Theme } from '../theme.js';
import { diagnosisWords, nextStepTitle, word } from '../../report/word.js';


interface Props {
  readonly snapshot: SessionSnapshot;
  readonly columns: number;
  readonly rows: number;
  readonly active: boolean;
  readonly save: (snapshot: SessionSnapshot, format: ReportFormat) => Promise<string>;
  readonly onAction: (action: Action) => void;
}

function reportRows(d: Diagnosis, theme: Theme, columns: number, t: Translate = ENGLISH): ReactElement[] {
  const rows: ReactElement[] = [];
  const add = (el: ReactElement) => rows.push(<Box key={rows.length}>{el}</Box>);
  add(<Text {...theme('danger')} wrap="wrap">{t('report.cause', { cause: causeHeadline(d, t) })}</Text>);
  add(
    <Text wrap="wrap">
      {t('report.confidence', { confidence: d.confidence ? confidenceWord(d.confidence, t) : '—' })}
      {d.container ? ` · ${t('report.container', { container: d.container })}` : ''}
      {d.exitCode !== null ? ` · ${exitCodeLine(d.exitCode, d.signal, t)}` : ''} · {t('report.restarts', { count: d.restarts })}
    </Text>,
  );
  const words = diagnosisWords(d, t);
  add(<ContainerText text={sanitize(words.summary)} wrap width={columns} />);
  if (words.explanation) add(<ContainerText text={sanitize(words.explanation)} wrap width={columns} token="muted" />);
  if (words.fix) add(<Text {...theme('ok')} wrap="wrap">{t('report.fix', { fix: words.fix })}</Text>);
  if (d.evidence.length > 0) add(<Text {...theme('heading')}>{t('report.evidence')}</Text>);
  for (const e of d.evidence) {
    add(
      <Box>
        <Text {...theme('muted')}>{`${sourceLabel(t, e.source)}: `}</Text>
        <ContainerText text={sanitize(e.text)} wrap width={Math.max(20, columns - displayWidth(sourceLabel(t, e.source)) - 2)} />
      </Box>,
    );
  }
  const others = d.alternatives.filter((a) => a.verdict === 'ruled-out');
  if (others.length > 0) add(<Text {...theme('muted')} wrap="wrap">{t('report.ruledOut', { list: others.map((a) => `${a.cause} (${word(a.why, t)})`).join('; ') })}</Text>);
  if (d.nextSteps.length > 0) add(<Text {...theme('heading')}>{t('report.nextSteps')}</Text>);
  for (const s of d.nextSteps) {
    add(<Text wrap="wrap">• {nextStepTitle(s, t)}</Text>);
    if (s.command.length > 0) add(<Text {...theme('command')} wrap="wrap">{`  $ ${displayCommand(s.command)}`}</Text>);
  }
  for (const g of d.gaps) add(<Text {...theme('warning')} wrap="wrap">{t('report.couldNotRead', { what: g.what, reason: g.reason })}</Text>);
  return rows;
}

export function ReportScreen({ snapshot, columns, rows, active, save, onAction }: Props) {
  const theme = useTheme();
  const t = useT();
  const [top, setTop] = useState(0);
  const [status, setStatus] = useState<{ text: string; ok: boolean } | undefined>();
  const d = snapshot.diagnosis;
  const content = d ? reportRows(d, theme, columns, t) : [];
  // title, status line, footer
  const height = Math.max(4, rows - 3);
  const maxTop = Math.max(0, content.length - Math.floor(height / 2));
  const doSave = (format: ReportFormat) => {
    setStatus({ text: t('report.saving', { format: format === 'markdown' ? 'Markdown' : 'JSON' }), ok: true });
    save(snapshot, format).then(
      (path) => setStatus({ text: t('report.saved', { path }), ok: true }),
      (e: unknown) => setStatus({ text: t('report.saveFailed', { error: e instanceof Error ? e.message : String(e) }), ok: false }),
    );
  };
  useKeys(
    'report',
    (action) => {
      if (action === 'up') setTop((t) => Math.max(0, t - 1));
      else if (action === 'down') setTop((t) => Math.min(maxTop, t + 1));
      else if (action === 'page-up') setTop((t) => Math.max(0, t - 5));
      else if (action === 'page-down') setTop((t) => Math.min(maxTop, t + 5));
      else if (action === 'save-markdown') doSave('markdown');
      else if (action === 'save-json') doSave('json');
      else if (action === 'continue') setStatus({ text: t('report.end'), ok: true });
      else if (action && action !== 'report') onAction(action);
    },
    active,
  );
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text {...theme('heading')}>{t('report.screenTitle')}</Text>
        <Text {...theme('muted')}>  {snapshot.pod} · {t('report.walked', { steps: snapshot.breadcrumb.length, commands: snapshot.runs.length })}</Text>
      </Text>
      <Clip height={height}>
        {d ? content.slice(top) : <Text {...theme('muted')}>{t('report.noDiagnosis')}</Text>}
      </Clip>
      {status ? <Text {...theme(status.ok ? 'ok' : 'danger')} wrap="truncate-end">{status.text}</Text> : <Text {...theme('muted')}>{t('report.saveHint')}</Text>}
      <Footer screen="report" columns={columns} />
    </Box>
  );
}
