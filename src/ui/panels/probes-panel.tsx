// Probe settings next to what happened: how long a probe gives the container before it kills it, against how
// long the container actually lived and the Unhealthy/Killing events.
import { Box, Text } from 'ink';
import type { Evidence } from '../../contracts/evidence.js';
import type { Probe } from '../../k8s/index.js';
import { containerSpec, containerStatus, lastRunSeconds } from '../format/pod-facts.js';
import { wrapLines } from '../format/wrap-lines.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { ENGLISH, padToWidth, type Translate } from '../../i18n/index.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

export function probeHandler(p: Probe, t: Translate = ENGLISH): string {
  if (p.httpGet) return `GET ${p.httpGet.path ?? '/'} :${p.httpGet.port}`;
  if (p.tcpSocket) return `TCP :${p.tcpSocket.port}`;
  if (p.grpc) return `gRPC :${p.grpc.port}`;
  if (p.exec?.command) return `exec ${p.exec.command.join(' ')}`;
  return t('screen.probe.unknownHandler');
}

/** Seconds from start until the kubelet gives up: initialDelay + period × failureThreshold (defaults 0, 10, 3). */
export function probeBudgetSeconds(p: Probe): number {
  return (p.initialDelaySeconds ?? 0) + (p.periodSeconds ?? 10) * (p.failureThreshold ?? 3);
}

const KINDS = [['livenessProbe', 'liveness'], ['startupProbe', 'startup'], ['readinessProbe', 'readiness']] as const;

export function ProbesPanel({ evidence, container }: { readonly evidence: Evidence; readonly container: string }) {
  const theme = useTheme();
  const t = useT();
  const spec = containerSpec(evidence.pod, container);
  const lived = lastRunSeconds(containerStatus(evidence.pod, container));
  // Events name their container in fieldPath (spec.containers{app}); a sidecar's probe failures are not this one's.
  const mine = evidence.events.filter((e) => !e.involvedObject.fieldPath || e.involvedObject.fieldPath.includes(`{${container}}`));
  const unhealthy = mine.filter((e) => e.reason === 'Unhealthy').reduce((n, e) => n + (e.count ?? 1), 0);
  const killed = mine.filter((e) => e.reason === 'Killing' && /probe/i.test(e.message ?? '')).reduce((n, e) => n + (e.count ?? 1), 0);
  const { columns: terminal } = useTerminalSize();
  const columns = Math.max(20, terminal - 1);
  const width = columns - 11;
  const probes = KINDS.flatMap(([field, name]) => (spec?.[field] ? [{ name, probe: spec[field] }] : []));
  return (
    <Box flexDirection="column">
      {probes.length === 0 ? <Text {...theme('muted')}>{t('probes.none', { container })}</Text> : null}
      {probes.map(({ name, probe }) =>
        // Wrapped by us under the label: Ink's wrap started the continuation with a space.
        wrapLines(
          `${padToWidth(t('probes.kind', { kind: name }), 10)} ${t('screen.probe.line', { handler: probeHandler(probe, t), delay: probe.initialDelaySeconds ?? 0, period: probe.periodSeconds ?? 10, timeout: probe.timeoutSeconds ?? 1, threshold: probe.failureThreshold ?? 3, budget: probeBudgetSeconds(probe) })}`,
          width,
        ).map((row, i) => (
          <Text key={`${name}${i}`} wrap="truncate-end">
            {i === 0 ? '' : ' '.repeat(11)}
            {row}
          </Text>
        )),
      )}
      {wrapLines(
        t(lived !== undefined ? 'probes.happenedLived' : 'probes.happened', { seconds: Math.round(lived ?? 0), failures: unhealthy, kills: killed }),
        columns,
      ).map((row, i) => (
        <Text key={`w${i}`} {...theme(killed > 0 ? 'warning' : 'muted')} wrap="truncate-end">
          {row}
        </Text>
      ))}
    </Box>
  );
}
