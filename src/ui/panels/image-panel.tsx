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
import { ENGLISH, type Translate } from '../../i18n/index.js';
import { useT } from '../i18n.js';

const json = (xs: readonly string[] | undefined): string => (xs && xs.length > 0 ? JSON.stringify(xs) : '[]');

/**
 * Rows the panel draws, as text (the panel's size and the tests read the same thing). The Dockerfile's and the
 * pod spec's own words (ENTRYPOINT, CMD, WORKDIR, USER, image, command, args) stay as they are in every language.
 */
export function imageRows(evidence: Evidence, container: string, entrypoint: Entrypoint | undefined, t: Translate = ENGLISH): { readonly text: string; readonly token?: 'muted' | 'command' | 'warning' }[] {
  const spec = containerSpec(evidence.pod, container);
  const rows: { text: string; token?: 'muted' | 'command' | 'warning' }[] = [{ text: `image ${spec?.image ?? '?'}` }];
  if (!entrypoint) {
    // Kubernetes drops the image's CMD when the spec sets command without args: the args are then empty.
    const args = spec?.args ? json(spec.args) : spec?.command ? t('screen.image.specDropsCmd') : t('screen.image.imageCmd');
    rows.push({ text: `command ${spec?.command ? json(spec.command) : t('screen.image.imageEntrypoint')} args ${args}` });
    rows.push({ text: t('screen.image.reading'), token: 'muted' });
    return rows;
  }
  if (entrypoint.source === 'spec') rows.push({ text: `command ${json(entrypoint.command)} args ${json(entrypoint.args)} ${t('screen.image.specReplaces')}` });
  else if (entrypoint.source === 'image') {
    rows.push({ text: `ENTRYPOINT ${json(entrypoint.command)}  CMD ${json(entrypoint.args)}${spec?.args ? ` ${t('screen.image.argsFromSpec')}` : ''}` });
  } else {
    rows.push({ text: t('screen.image.unknown', { reason: entrypoint.reason ?? t('screen.image.notLookedUp') }), token: 'warning' });
    for (const argv of entrypoint.findOut?.slice(0, 1) ?? []) rows.push({ text: t('screen.image.findOut', { command: displayCommand(argv) }), token: 'muted' });
  }
  // The line to type comes before WORKDIR/USER: when rows are short, it is the one that must stay.
  const line = startByHand(entrypoint);
  if (line) rows.push({ text: t('screen.image.startByHand', { line }), token: 'command' });
  const where = [entrypoint.workingDir ? `WORKDIR ${entrypoint.workingDir}` : t('screen.image.workdirUnset'), entrypoint.user ? `USER ${entrypoint.user}` : ''].filter(Boolean).join('  ');
  rows.push({ text: where });
  return rows;
}

export function ImagePanel({ evidence, container, entrypoint }: { readonly evidence: Evidence; readonly container: string; readonly entrypoint: Entrypoint | undefined }) {
  const { columns } = useTerminalSize();
  const t = useT();
  return (
    <Box flexDirection="column">
      {imageRows(evidence, container, entrypoint, t).map((r, i) => (
        <ContainerText key={i} text={sanitize(r.text)} wrap width={Math.max(20, columns - 2)} {...(r.token ? { token: r.token } : {})} />
      ))}
    </Box>
  );
}
