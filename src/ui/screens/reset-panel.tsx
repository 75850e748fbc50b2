// A trainer's reset of the selected pod's scenario on the training cluster: which scenarios come back and what
// is lost, then a typed yes (the whole word: a reset throws away a trainee's work). Enter alone only reminds;
// `n` or Esc cancels.
import { Box, Text } from 'ink';
import { useState } from 'react';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { Spinner } from '../components/spinner.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTextEntry } from '../hooks/use-text-entry.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';

interface Props {
  readonly pod: string;
  /** The scenarios the reset restores; undefined while they are asked for. */
  readonly names?: readonly string[];
  /** Asking failed, or the reset itself did. */
  readonly error?: string;
  readonly running?: boolean;
  readonly columns: number;
  readonly active: boolean;
  readonly onAnswer: (yes: boolean) => void;
}

export const isTypedYes = (typed: string): boolean => /^yes$/i.test(typed.trim());

export function ResetPanel({ pod, names, error, running = false, columns, active, onAnswer }: Props) {
  const theme = useTheme();
  const t = useT();
  const typed = useTextEntry();
  const [hint, setHint] = useState(false);
  useKeys(
    'confirm',
    (_action, press, key) => {
      if (key.escape) return onAnswer(false);
      if (running) return;
      if (key.return) {
        if (names?.length && isTypedYes(typed.current())) return onAnswer(true);
        if (/^(n|no)$/i.test(typed.current().trim()) || error) return onAnswer(false);
        setHint(true);
        return;
      }
      typed.edit(press.input, key);
    },
    active,
  );
  const width = Math.max(20, columns - 4);
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={1}>
      <Text {...theme('danger')} wrap="wrap">{t('reset.title')}</Text>
      <ContainerText text={sanitize(t('reset.pod', { pod }))} wrap width={width} />
      {names === undefined && !error ? <Spinner label={t('reset.reading')} /> : null}
      {names?.length ? <ContainerText text={sanitize(t('reset.scenarios', { names: names.join(', ') }))} wrap width={width} token="command" /> : null}
      {names?.length ? <Text {...theme('muted')} wrap="wrap">{t('reset.explain')}</Text> : null}
      {error ? <ContainerText text={sanitize(t('reset.failed', { error }))} wrap width={width} token="warning" /> : null}
      {running ? <Spinner label={t('reset.running')} /> : null}
      {names?.length && !running && !error ? (
        <Text wrap="wrap">
          {t('reset.prompt')} {typed.value}▏
        </Text>
      ) : null}
      {hint ? <Text {...theme('warning')} wrap="wrap">{t('reset.enterAlone')}</Text> : null}
    </Box>
  );
}
