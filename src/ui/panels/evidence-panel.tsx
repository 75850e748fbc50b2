// The step's evidence, by the names the flow asks for, stacked into the height the screen can spare; when they
// do not fit, ↑/↓ (with the panel focused) pages through them.
import { Box, Text } from 'ink';
import type { Diagnosis } from '../../analysis/types.js';
import type { Evidence } from '../../evidence/types.js';
import type { EvidenceName } from '../../session/types.js';
import { Panel } from '../components/panel.js';
import { useTheme } from '../theme.js';
import { EventsPanel } from './events-panel.js';
import { ExitCodePanel } from './exit-code-panel.js';
import { DiagnosisPanel, ImagePanel, NodePanel, OwnersPanel, ReferencesPanel, SchedulingPanel } from './facts-panels.js';
import { LogExcerptPanel } from './log-excerpt-panel.js';
import { PodStatusPanel } from './pod-status-panel.js';
import { ProbesPanel } from './probes-panel.js';
import { ResourcesPanel } from './resources-panel.js';
import { TimelineSummary } from './timeline-summary.js';

export const EVIDENCE_TITLES = {
  'pod-status': 'Pod status',
  events: 'Events',
  'previous-logs': 'Logs of the previous (crashed) run',
  'current-logs': 'Logs of the current run',
  'init-logs': 'Init container logs',
  'exit-code': 'Exit code',
  probes: 'Probes',
  resources: 'Resources',
  'restart-timeline': 'Restarts',
  node: 'Node',
  references: 'Referenced objects',
  owners: 'Owners',
  image: 'Image and command',
  diagnosis: 'Diagnosis',
  scheduling: 'Scheduling',
} as const satisfies Record<EvidenceName, string>;

interface Props {
  readonly names: readonly EvidenceName[];
  readonly evidence: Evidence;
  readonly diagnosis: Diagnosis | undefined;
  readonly container: string;
  readonly height: number;
  readonly first: number;
  readonly focused: boolean;
}

export function EvidenceSection({ name, evidence, diagnosis, container, height }: { readonly name: EvidenceName; readonly evidence: Evidence; readonly diagnosis: Diagnosis | undefined; readonly container: string; readonly height: number }) {
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
    case 'image': return <ImagePanel evidence={evidence} container={container} />;
    case 'diagnosis': return <DiagnosisPanel diagnosis={diagnosis} />;
    case 'scheduling': return <SchedulingPanel evidence={evidence} />;
  }
}

export function EvidencePanel({ names, evidence, diagnosis, container, height, first, focused }: Props) {
  const theme = useTheme();
  const start = Math.min(first, Math.max(0, names.length - 1));
  // Each section needs a title line and a few lines of content to be worth showing.
  const fit = Math.max(1, Math.min(names.length - start, Math.floor(height / 5)));
  const shown = names.slice(start, start + fit);
  const each = Math.max(3, Math.floor(height / fit) - 2);
  const more = names.length - start - shown.length;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {shown.map((name, i) => (
        <Panel key={name} title={EVIDENCE_TITLES[name]} focused={focused && i === 0}>
          <Box flexDirection="column" height={each} overflow="hidden">
            <EvidenceSection name={name} evidence={evidence} diagnosis={diagnosis} container={container} height={each} />
          </Box>
        </Panel>
      ))}
      {more > 0 || start > 0 ? (
        <Text {...theme('muted')}>
          {start > 0 ? `${start} above · ` : ''}
          {more > 0 ? `${more} more: ${names.slice(start + fit).map((n) => EVIDENCE_TITLES[n]).join(', ')}` : ''} (Tab to this panel, ↑/↓)
        </Text>
      ) : null}
    </Box>
  );
}
