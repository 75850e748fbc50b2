// The step's evidence, by the names the flow asks for, stacked into the height the screen can spare; when they
// do not fit, ↑/↓ (with the panel focused) pages through them.
import { Clip } from '../components/clip.js';
import { Box, Text } from 'ink';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import type { Evidence } from '../../contracts/evidence.js';
import type { Entrypoint } from '../../image/index.js';
import type { EvidenceName } from '../../contracts/session.js';
import { Panel } from '../components/panel.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';
import { EventsPanel } from './events-panel.js';
import { ExitCodePanel } from './exit-code-panel.js';
import { ImagePanel, imageRows } from './image-panel.js';
import { wrapLines } from '../format/wrap-lines.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { DiagnosisPanel, NodePanel, OwnersPanel, ReferencesPanel, SchedulingPanel } from './facts-panels.js';
import { LogExcerptPanel } from './log-excerpt-panel.js';
import { PodStatusPanel } from './pod-status-panel.js';
import { ProbesPanel } from './probes-panel.js';
import { ResourcesPanel } from './resources-panel.js';
import { TimelineSummary } from './timeline-summary.js';

/** Each section's title, as a catalog key (`evidence.<name>`). */
export const evidenceTitle = (name: EvidenceName, t: Translate): string => t(`evidence.${name}` as MessageKey);

interface Props {
  readonly names: readonly EvidenceName[];
  readonly evidence: Evidence;
  readonly diagnosis: Diagnosis | undefined;
  readonly container: string;
  readonly height: number;
  readonly first: number;
  readonly focused: boolean;
  readonly entrypoint?: Entrypoint;
}

export function EvidenceSection({ name, evidence, diagnosis, container, height, entrypoint }: { readonly name: EvidenceName; readonly evidence: Evidence; readonly diagnosis: Diagnosis | undefined; readonly container: string; readonly height: number; readonly entrypoint?: Entrypoint | undefined }) {
  switch (name) {
    case 'pod-status': return <PodStatusPanel evidence={evidence} />;
    case 'events': return <EventsPanel evidence={evidence} height={height} />;
    case 'previous-logs': return <LogExcerptPanel evidence={evidence} diagnosis={diagnosis} container={container} kind="previous" height={height} />;
    case 'current-logs': return <LogExcerptPanel evidence={evidence} diagnosis={diagnosis} container={container} kind="current" height={height} />;
    case 'init-logs': return <LogExcerptPanel evidence={evidence} diagnosis={diagnosis} container={container} kind="previous" init height={height} />;
    case 'exit-code': return <ExitCodePanel evidence={evidence} diagnosis={diagnosis} container={container} />;
    case 'probes': return <ProbesPanel evidence={evidence} container={container} />;
    case 'resources': return <ResourcesPanel evidence={evidence} />;
    case 'restart-timeline': return <TimelineSummary diagnosis={diagnosis} />;
    case 'node': return <NodePanel evidence={evidence} />;
    case 'references': return <ReferencesPanel evidence={evidence} />;
    case 'owners': return <OwnersPanel evidence={evidence} />;
    case 'image': return <ImagePanel evidence={evidence} container={container} entrypoint={entrypoint} />;
    case 'diagnosis': return <DiagnosisPanel diagnosis={diagnosis} />;
    case 'scheduling': return <SchedulingPanel evidence={evidence} />;
  }
}

const FLEXIBLE: ReadonlySet<EvidenceName> = new Set(['events', 'previous-logs', 'current-logs', 'init-logs']);

/** Lines a section needs at least and would like, so short sections do not crowd out events and logs. */
export function sectionSize(name: EvidenceName, evidence: Evidence): { readonly min: number; readonly want: number; readonly need?: number } {
  const statuses = (evidence.pod.status?.containerStatuses?.length ?? 0) + (evidence.pod.status?.initContainerStatuses?.length ?? 0);
  switch (name) {
    case 'pod-status': return { min: Math.min(2, 1 + statuses), want: 1 + statuses };
    case 'restart-timeline': return { min: 1, want: 2 };
    case 'exit-code': return { min: 2, want: 4 };
    case 'probes': return { min: 2, want: 5 };
    case 'resources': return { min: 2, want: 1 + 2 * (evidence.pod.spec.containers.length + (evidence.pod.spec.initContainers?.length ?? 0)) };
    case 'events': return { min: Math.min(3, evidence.events.length + 1), want: Math.min(12, evidence.events.length + 1), need: evidence.events.length + 1 };
    case 'previous-logs': case 'current-logs': case 'init-logs': {
      // A run that wrote two lines does not need fourteen rows: the rest goes to the sections after it.
      const kind = name === 'current-logs' ? 'current' : 'previous';
      const logs = evidence.logs.filter((l) => l.kind === kind && (name !== 'init-logs' || l.init));
      const lines = logs.reduce((n, l) => Math.max(n, l.text.replace(/\n$/, '').split('\n').length + (l.sameRunAsPrevious ? 2 : 0)), 1);
      const need = 1 + lines + (lines > 3 ? 2 : 0);
      const want = Math.min(14, need);
      return { min: Math.min(4, want), want, need };
    }
    case 'owners': return { min: 1, want: 1 };
    case 'references': return { min: 1, want: Math.max(1, evidence.references.length) };
    case 'image': return { min: 3, want: 7 };
    default: return { min: 2, want: 3 };
  }
}

/** Heights of the sections that fit in `height` (each also takes a title line). */
export function layoutSections(
  names: readonly EvidenceName[],
  evidence: Evidence,
  height: number,
  measured: Partial<Record<EvidenceName, { readonly min: number; readonly want: number; readonly need?: number }>> = {},
): number[] {
  const sizes = names.map((n) => measured[n] ?? sectionSize(n, evidence));
  const heights: number[] = [];
  let left = height;
  for (const size of sizes) {
    const chrome = 1;
    const need = size.min + chrome;
    if (heights.length > 0 && need > left - 1) break;
    heights.push(Math.max(1, Math.min(size.min, left - chrome)));
    left -= need;
  }
  const reserve = heights.length < names.length ? 1 : 0;
  let spare = Math.max(0, left - reserve);
  for (let i = 0; i < heights.length && spare > 0; i++) {
    const extra = Math.min(spare, sizes[i]!.want - heights[i]!);
    if (extra > 0) {
      heights[i]! += extra;
      spare -= extra;
    }
  }
  // Whatever is left goes to the last section when it can use lines (a long event list or log).
  const last = names[heights.length - 1];
  const lastSize = sizes[heights.length - 1];
  if (spare > 0 && last && FLEXIBLE.has(last) && lastSize) heights[heights.length - 1]! += Math.min(spare, Math.max(0, (lastSize.need ?? lastSize.want) - heights[heights.length - 1]!));
  return heights;
}

export function EvidencePanel({ names, evidence, diagnosis, container, height, first, focused, entrypoint }: Props) {
  const theme = useTheme();
  const t = useT();
  const start = Math.min(first, Math.max(0, names.length - 1));
  const { columns } = useTerminalSize();
  // The image section's rows depend on what the registry said: count them rather than guess.
  const imageNeed = names.includes('image')
    ? imageRows(evidence, container, entrypoint, t).reduce((n, r) => n + wrapLines(r.text, Math.max(20, columns - 2)).length, 0)
    : 0;
  const heights = layoutSections(names.slice(start), evidence, height, imageNeed ? { image: { min: Math.min(6, imageNeed), want: imageNeed } } : {});
  const shown = names.slice(start, start + heights.length);
  const more = names.length - start - shown.length;
  return (
    <Clip height={height}>
      {shown.map((name, i) => (
        <Panel key={name} title={evidenceTitle(name, t)} focused={focused && i === 0} gap={0}>
          <Clip height={heights[i]!}>
            <EvidenceSection name={name} evidence={evidence} diagnosis={diagnosis} container={container} height={heights[i]!} entrypoint={entrypoint} />
          </Clip>
        </Panel>
      ))}
      {more > 0 || start > 0 ? (
        <Text {...theme('muted')} wrap="truncate-end">
          {start > 0 ? `${t('evidence.above', { count: start })} · ` : ''}
          {more > 0 ? t('evidence.more', { count: more, names: names.slice(start + shown.length).map((n) => evidenceTitle(n, t)).join(', ') }) : ''} {t('evidence.scrollHint')}
        </Text>
      ) : null}
    </Clip>
  );
}
