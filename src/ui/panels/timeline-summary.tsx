// The restart history in two lines for a step screen: restarts, the current back-off and the next start.
import { Text, Box } from 'ink';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import { humanDuration } from '../../k8s/index.js';
import { countdownText } from '../format/backoff-chart.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

export function TimelineSummary({ diagnosis, elapsedSeconds = 0 }: { readonly diagnosis: Diagnosis | undefined; readonly elapsedSeconds?: number }) {
  const theme = useTheme();
  const t = useT();
  if (!diagnosis) return <Text {...theme('muted')}>{t('timeline.noHistory')}</Text>;
  const b = diagnosis.backoff;
  const next = b?.nextStartInSeconds === undefined ? undefined : Math.max(0, b.nextStartInSeconds - elapsedSeconds);
  return (
    <Box flexDirection="column">
      <Text>
        {t('report.restarts', { count: diagnosis.restarts })}{b?.delaySeconds !== undefined ? ` · ${t('timeline.backoff', { delay: humanDuration(b.delaySeconds * 1000) })}` : ''} · {countdownText(next, t)}
      </Text>
      <Text {...theme('muted')}>{t('timeline.hint')}</Text>
    </Box>
  );
}
