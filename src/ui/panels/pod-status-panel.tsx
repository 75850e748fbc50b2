// The pod as `kubectl get pod` shows it, and each container's state: the starting point of every flow.
import { Box, Text } from 'ink';
import type { Evidence } from '../../contracts/evidence.js';
import type { ContainerStatus } from '../../k8s/index.js';
import { podStatusRow } from '../../k8s/index.js';
import { ENGLISH, padToWidth, type Translate } from '../../i18n/index.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

/** A container's state in the reader's words; the kubelet's reasons (CrashLoopBackOff, OOMKilled) stay as they are. */
export function stateText(s: ContainerStatus, t: Translate = ENGLISH): string {
  const st = s.state;
  if (st?.waiting) return t('status.waiting', { reason: st.waiting.reason ?? '' });
  if (st?.terminated) return t('status.terminated', { reason: st.terminated.reason ?? '', code: st.terminated.exitCode });
  if (st?.running) return s.ready ? t('status.runningReady') : t('status.runningNotReady');
  return t('status.unknown');
}

export function PodStatusPanel({ evidence }: { readonly evidence: Evidence }) {
  const theme = useTheme();
  const t = useT();
  const row = podStatusRow(evidence.pod, evidence.collectedAt);
  // The failing containers first: when the panel is short, they are the rows that matter.
  const all = [...(evidence.pod.status?.initContainerStatuses ?? []), ...(evidence.pod.status?.containerStatuses ?? [])];
  const failing = (s: ContainerStatus) => Boolean(s.state?.waiting || (s.state?.terminated && s.state.terminated.exitCode !== 0) || (s.state?.running && !s.ready));
  const statuses = [...all.filter(failing), ...all.filter((s) => !failing(s))];
  return (
    <Box flexDirection="column">
      <Text>
        READY {row.ready}  STATUS <Text {...theme(row.status === 'Running' ? 'ok' : 'danger')}>{row.status}</Text>  RESTARTS {row.restartsText}  AGE {row.age}
      </Text>
      {statuses.map((s) => (
        <Text key={s.name} wrap="truncate-end">
          {'  '}
          {s.name.padEnd(16)} {padToWidth(stateText(s, t), 34)} {t('status.restarts', { count: s.restartCount })}
        </Text>
      ))}
    </Box>
  );
}
