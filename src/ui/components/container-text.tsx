// The ONLY way text from a container or the cluster reaches the screen: it must already be SafeText, which only
// `sanitize()` makes, so escape sequences in logs or event messages can never rewrite the terminal.
import { Box, Text } from 'ink';
import type { SafeText } from '../../text/sanitize.js';
import { wrapLines } from '../format/wrap-lines.js';
import { useTheme, type Token } from '../theme.js';

export interface ContainerTextProps {
  readonly text: SafeText;
  /** Wrap long lines instead of cutting them at the edge. */
  readonly wrap?: boolean;
  readonly token?: Token;
  /** Lines containing this (case-insensitive) are highlighted. */
  readonly highlight?: string;
  /** Show at most this many lines, starting at `offset`. */
  readonly maxLines?: number;
  readonly offset?: number;
  /** Render inline (one Text), e.g. inside a table cell. */
  readonly inline?: boolean;
  /** With `wrap`: the width to wrap at ourselves (no character is lost at a break, unlike Ink's wrap in a row). */
  readonly width?: number;
}

export function ContainerText({ text, wrap = false, token, highlight, maxLines, offset = 0, inline = false, width }: ContainerTextProps) {
  const theme = useTheme();
  const base = token ? theme(token) : {};
  if (inline) return <Text {...base} wrap={wrap ? 'wrap' : 'truncate-end'}>{text.replace(/\n/g, ' ')}</Text>;
  const all = wrap && width !== undefined ? wrapLines(text, width) : text.split('\n');
  const lines = maxLines === undefined ? all.slice(offset) : all.slice(offset, offset + maxLines);
  const needle = highlight?.toLowerCase();
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} {...(needle && line.toLowerCase().includes(needle) ? theme('warning') : base)} wrap={wrap && width === undefined ? 'wrap' : 'truncate-end'}>
          {line === '' ? ' ' : line.replace(/\t/g, '  ')}
        </Text>
      ))}
    </Box>
  );
}
