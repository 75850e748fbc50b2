// The exit code and what it means: 137 is SIGKILL (OOM, liveness kill or someone else), 1 is the program's own
// error, 0 under restartPolicy Always means nothing stayed in the foreground.
import { Box, Text } from 'ink';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import type { Evidence } from '../../contracts/evidence.js';
import { ageSince } from '../../k8s/index.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { exitCodeLine, exitCodeMeaningOf } from '../format/exit-code.js';
import { containerStatus, lastRunSeconds } from '../format/pod-facts.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

export function ExitCodePanel({ evidence, diagnosis, container }: { readonly evidence: Evidence; readonly diagnosis: Diagnosis | undefined; readonly container: string }) {
  const theme = useTheme();
  const t = useT();
  const status = containerStatus(evidence.pod, container);
  const term = status?.state?.terminated ?? status?.lastState?.terminated;
  const code = term?.exitCode ?? diagnosis?.exitCode ?? null;
  if (code === null || code === undefined) {
    return <Text {...theme('muted')}>{t('exit.notYet', { container })}</Text>;
  }
  const meaning = diagnosis ? exitCodeMeaningOf(diagnosis, t) : undefined;
  const lived = lastRunSeconds(status);
  return (
    <Box flexDirection="column">
      <Text>
        <Text {...theme(code === 0 ? 'ok' : 'danger')}>{exitCodeLine(code, diagnosis?.exitCode === code ? diagnosis.signal : undefined, t)}</Text>
        {term?.reason ? `  ${t('exit.reason', { reason: term.reason })}` : ''}
      </Text>
      {meaning ? <Text wrap="wrap">{meaning}</Text> : null}
      <Text {...theme('muted')}>
        {t('exit.restarts', { container, count: status?.restartCount ?? 0 })}
        {term?.finishedAt ? ` · ${t('exit.finishedAgo', { ago: ageSince(term.finishedAt, evidence.collectedAt) })}` : ''}
        {lived !== undefined ? ` · ${t('exit.lasted', { seconds: Math.round(lived) })}` : ''}
      </Text>
      {term?.message ? (
        <Text wrap="truncate-end">
          <Text {...theme('muted')}>{t('exit.terminationMessage')} </Text>
          <ContainerText inline text={sanitize(term.message)} />
        </Text>
      ) : null}
    </Box>
  );
}
