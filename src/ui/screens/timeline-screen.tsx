// The restart timeline: each restart and the back-off the kubelet waited before it, as bars, with a live
// countdown to the next start taken from the diagnosis (the kubelet's waiting message).
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import type { Evidence } from '../../contracts/evidence.js';
import { ageSince, humanDuration } from '../../k8s/index.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { Footer } from '../components/footer.js';
import { backoffChart, countdownText } from '../format/backoff-chart.js';
import { containerStatus } from '../format/pod-facts.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Action } from '../keymap.js';
import { padToWidth } from '../../i18n/index.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

interface Props {
  readonly evidence: Evidence;
  readonly diagnosis: Diagnosis | undefined;
  readonly container: string;
  readonly columns: number;
  readonly rows: number;
  readonly active: boolean;
  readonly onAction: (action: Action) => void;
}

export function TimelineScreen({ evidence, diagnosis, container, columns, rows, active, onAction }: Props) {
  const theme = useTheme();
  const t = useT();
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  useKeys('timeline', (action) => action && onAction(action), active);

  const status = containerStatus(evidence.pod, container);
  const restarts = status?.restartCount ?? diagnosis?.restarts ?? 0;
  const { rows: chart, hidden } = backoffChart(restarts, Math.max(10, columns - 30), Math.max(3, rows - 12));
  const backoff = diagnosis?.backoff;
  const next = backoff?.nextStartInSeconds === undefined ? undefined : Math.max(0, backoff.nextStartInSeconds - elapsed);
  const last = status?.lastState?.terminated;
  const backoffEvents = evidence.events.filter((e) => e.reason === 'BackOff');
  return (
    <Box flexDirection="column">
      <Text {...theme('heading')}>{t('timeline.title', { container })} · {t('report.restarts', { count: restarts })}</Text>
      <Text {...theme('muted')}>{t('timeline.rule')}</Text>
      <Box flexDirection="column" marginTop={1}>
        <Text {...theme('muted')}>{padToWidth(t('timeline.colRestart'), 9)}{padToWidth(t('timeline.colWaited'), 8)}{t('timeline.colBackoff')}</Text>
        {hidden > 0 ? <Text {...theme('muted')}>… {t('timeline.earlier', { count: hidden })}</Text> : null}
        {chart.map((r) => (
          <Text key={r.restart}>
            {String(r.restart).padStart(5).padEnd(9)}
            {r.wait.padEnd(8)}
            <Text {...theme(r.capped ? 'warning' : 'accent')}>{r.bar}</Text>
            {r.capped ? <Text {...theme('muted')}> {t('timeline.cap')}</Text> : null}
          </Text>
        ))}
        {restarts === 0 ? <Text {...theme('muted')}>{t('timeline.none')}</Text> : null}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text {...theme(next === 0 ? 'warning' : 'accent')}>
          {countdownText(next, t)}
          {backoff?.delaySeconds !== undefined ? ` ${t('timeline.current', { delay: humanDuration(backoff.delaySeconds * 1000) })}` : ''}
        </Text>
        {last ? (
          <Text>
            {t('timeline.lastRun', { code: last.exitCode })}
            {last.reason ? ` ${last.reason}` : ''}
            {last.finishedAt ? t('timeline.finished', { ago: ageSince(last.finishedAt, evidence.collectedAt) }) : ''}
          </Text>
        ) : null}
        {backoff?.message ? (
          <Text wrap="truncate-end">
            <Text {...theme('muted')}>kubelet: </Text>
            <ContainerText inline text={sanitize(backoff.message)} />
          </Text>
        ) : null}
        {backoffEvents.length > 0 ? <Text {...theme('muted')}>{t('timeline.backoffEvents', { count: backoffEvents.reduce((n, e) => n + (e.count ?? 1), 0) })}</Text> : null}
      </Box>
      <Footer screen="timeline" columns={columns} />
    </Box>
  );
}
