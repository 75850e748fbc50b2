// The smaller evidence panels: node, referenced objects, owners, image, scheduling, and the diagnosis so far.
import { Box, Text } from 'ink';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import type { Evidence } from '../../contracts/evidence.js';
import { causeTitle, confidenceWord } from '../../i18n/index.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { containerSpec, containerStatus } from '../format/pod-facts.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';
import { diagnosisWords } from '../../report/word.js';

export function NodePanel({ evidence }: { readonly evidence: Evidence }) {
  const theme = useTheme();
  const t = useT();
  const node = evidence.node;
  if (!node) return <Text {...theme('muted')}>{t('facts.nodeNotRead', { node: evidence.pod.spec.nodeName ?? t('facts.notScheduled') })}</Text>;
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const info = node.status?.nodeInfo;
  return (
    <Box flexDirection="column">
      <Text>
        {node.metadata.name}: Ready={ready?.status ?? '?'} · {info?.architecture ?? '?'}/{info?.operatingSystem ?? '?'} · kubelet {info?.kubeletVersion ?? '?'}
      </Text>
      {evidence.nodeEvents.slice(-3).map((e, i) => (
        <Text key={i} wrap="truncate-end">
          <Text {...theme(e.type === 'Warning' ? 'warning' : 'muted')}>{(e.reason ?? '').padEnd(16)}</Text>
          <ContainerText inline text={sanitize(e.message ?? '')} />
        </Text>
      ))}
    </Box>
  );
}

export function ReferencesPanel({ evidence }: { readonly evidence: Evidence }) {
  const theme = useTheme();
  const t = useT();
  if (evidence.references.length === 0) return <Text {...theme('muted')}>{t('facts.noReferences')}</Text>;
  return (
    <Box flexDirection="column">
      {evidence.references.map((r) => (
        <Text key={`${r.kind}/${r.name}/${r.usedBy}`} {...(r.exists === false && !r.optional ? theme('danger') : {})}>
          {r.kind} {r.name} ({r.usedBy}): {r.exists === undefined ? t('facts.unreadable') : r.exists ? `${t('facts.exists')}${r.keys ? `, ${t('facts.keys', { keys: r.keys.join(', ') })}` : ''}${r.phase ? `, ${r.phase}` : ''}` : r.optional ? t('facts.missingOptional') : t('facts.missing')}
        </Text>
      ))}
    </Box>
  );
}

export function OwnersPanel({ evidence }: { readonly evidence: Evidence }) {
  const theme = useTheme();
  const t = useT();
  if (evidence.owners.length === 0) return <Text {...theme('muted')}>{t('facts.noOwner')}</Text>;
  return <Text>pod ← {evidence.owners.map((o) => `${o.kind}/${o.metadata.name}`).join(' ← ')}</Text>;
}

export function SchedulingPanel({ evidence }: { readonly evidence: Evidence }) {
  const theme = useTheme();
  const t = useT();
  const cond = evidence.pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  return (
    <Box flexDirection="column">
      <Text>{t('facts.node', { node: evidence.pod.spec.nodeName ?? t('facts.noNodeYet') })} · PodScheduled={cond?.status ?? '?'}{cond?.reason ? ` (${cond.reason})` : ''}</Text>
      {cond?.message ? <ContainerText text={sanitize(cond.message)} wrap /> : null}
      {evidence.pod.spec.nodeSelector ? <Text {...theme('muted')}>nodeSelector {JSON.stringify(evidence.pod.spec.nodeSelector)}</Text> : null}
    </Box>
  );
}

export function DiagnosisPanel({ diagnosis }: { readonly diagnosis: Diagnosis | undefined }) {
  const theme = useTheme();
  const t = useT();
  if (!diagnosis) return <Text {...theme('muted')}>{t('facts.noDiagnosis')}</Text>;
  return (
    <Box flexDirection="column">
      <Text>
        <Text {...theme('heading')}>{diagnosis.cause ? causeTitle(diagnosis.cause, t) : t('facts.noFailingContainer')}</Text>
        {diagnosis.confidence ? <Text {...theme('muted')}> ({confidenceWord(diagnosis.confidence, t)})</Text> : null}
      </Text>
      <ContainerText text={sanitize(diagnosisWords(diagnosis, t).summary)} wrap />
    </Box>
  );
}
