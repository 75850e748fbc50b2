// An error as a panel that says what happened and what to do next: never a stack trace.
import { Box, Text } from 'ink';
import { sanitize } from '../../text/sanitize.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';
import { ContainerText } from './container-text.js';

export function ErrorPanel({ title, message, todo }: { readonly title: string; readonly message: string; readonly todo: readonly string[] }) {
  const theme = useTheme();
  const t = useT();
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text {...theme('danger')}>✗ {title}</Text>
      <ContainerText text={sanitize(firstLine(message))} wrap />
      <Text {...theme('heading')}>{t('error.whatToDo')}</Text>
      {todo.map((t) => (
        <Text key={t}>• {t}</Text>
      ))}
    </Box>
  );
}

// A message from a cluster or a bug may span lines (a stack); a person needs the first line.
const firstLine = (message: string): string => message.split('\n').find((l) => l.trim() !== '') ?? message;
