// What the container really runs: the image's ENTRYPOINT, CMD, WORKDIR and USER as its registry has them (or the
// spec's command when it replaces them), and the exact line to start it by hand inside the override copy.
import { Box } from 'ink';
import type { Evidence } from '../../contracts/evidence.js';
import type { Entrypoint } from '../../image/index.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import { startByHand } from '../../session/step-view.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { containerSpec } from '../format/pod-facts.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';

const json = (xs: readonly string[] | undefined): string => (xs && xs.length > 0 ? JSON.stringify(xs) : '[]');

/** Rows the panel draws, as text (the panel's size and the tests read the same thing). */
export function imageRows(evidence: Evidence, container: string, entrypoint: Entrypoint | undefined): { readonly text: string; readonly token?: 'muted' | 'command' | 'warning' }[] {
  const spec = containerSpec(evidence.pod, container);
  const rows: { text: string; token?: 'muted' | 'command' | 'warning' }[] = [{ text: `image ${spec?.image ?? '?'}` }];
  if (!entrypoint) {
    // Kubernetes drops the image's CMD when the spec sets command without args: the args are then empty.
    const args = spec?.args ? json(spec.args) : spec?.command ? '[] (a command in the spec drops the image CMD)' : '(image CMD)';
    rows.push({ text: `command ${spec?.command ? json(spec.command) : '(image ENTRYPOINT)'} args ${args}` });
    rows.push({ text: 'reading the image config from its registry…', token: 'muted' });
    return rows;
  }
  if (entrypoint.source === 'spec') rows.push({ text: `command ${json(entrypoint.command)} args ${json(entrypoint.args)} (the pod spec replaces the image's)` });
  else if (entrypoint.source === 'image') {
    rows.push({ text: `ENTRYPOINT ${json(entrypoint.command)}  CMD ${json(entrypoint.args)}${spec?.args ? ' (args from the spec)' : ''}` });
  } else {
    rows.push({ text: `ENTRYPOINT unknown: ${entrypoint.reason ?? 'not looked up'}`, token: 'warning' });
    for (const argv of entrypoint.findOut?.slice(0, 1) ?? []) rows.push({ text: `find out: ${displayCommand(argv)}`, token: 'muted' });
  }
  // The line to type comes before WORKDIR/USER: when rows are short, it is the one that must stay.
  const line = startByHand(entrypoint);
  if (line) rows.push({ text: `start it by hand: ${line}`, token: 'command' });
  const where = [entrypoint.workingDir ? `WORKDIR ${entrypoint.workingDir}` : 'WORKDIR / (not set)', entrypoint.user ? `USER ${entrypoint.user}` : ''].filter(Boolean).join('  ');
  rows.push({ text: where });
  return rows;
}

export function ImagePanel({ evidence, container, entrypoint }: { readonly evidence: Evidence; readonly container: string; readonly entrypoint: Entrypoint | undefined }) {
  const { columns } = useTerminalSize();
  return (
    <Box flexDirection="column">
      {imageRows(evidence, container, entrypoint).map((r, i) => (
        <ContainerText key={i} text={sanitize(r.text)} wrap width={Math.max(20, columns - 2)} {...(r.token ? { token: r.token } : {})} />
      ))}
    </Box>
  );
}
