// The decisive system call of a strace capture, on the step that offers the capture: the analyzer's one
// sentence, then the trace line it rests on, quoted, with where it was taken ("strace in copy X, line 57").
import { Box, Text } from 'ink';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import { sanitize } from '../../text/sanitize.js';
import { ContainerText } from '../components/container-text.js';
import { clipToWidth, ENGLISH, type Translate } from '../../i18n/index.js';
import { wrapLines } from '../format/wrap-lines.js';
import { useT } from '../i18n.js';
import { useTheme } from '../theme.js';
import { findingSummary, word } from '../../report/word.js';

export interface SyscallLine {
  /** The analyzer's sentence, in the reader's language. */
  readonly summary: string;
  /** Where the trace was taken and the line: "strace in copy web-crashcourse-ab12c, line 57", in their language. */
  readonly source: string;
  /** The trace line verbatim (two lines for a non-blocking connect and its SO_ERROR). */
  readonly quote: string;
}

/** The capture's decisive call for the diagnosis's container (else any traced one); undefined before a capture. */
export function syscallLine(diagnosis: Diagnosis | undefined, t: Translate = ENGLISH): SyscallLine | undefined {
  const traced = diagnosis?.findings.filter((f) => f.id === 'syscall-failure') ?? [];
  const f = traced.find((x) => x.container === diagnosis?.container) ?? traced[0];
  const e = f?.evidence.find((l) => l.source === 'trace');
  return f && e ? { summary: findingSummary(f, t), source: e.whereSay ? word(e.whereSay, t) : e.where, quote: e.text } : undefined;
}

export function syscallRows(line: SyscallLine, columns: number, maxQuoteRows: number, t: Translate = ENGLISH): { heading: string[]; summary: string[]; quote: string[] } {
  const width = Math.max(10, columns - 2);
  const quote = wrapLines(line.quote, width);
  const kept = quote.length <= maxQuoteRows ? quote : [...quote.slice(0, maxQuoteRows - 1), clipToWidth(`${quote[maxQuoteRows - 1]!}…`, width)];
  // Wrapped, not cut: the line number at its end is how the trace is found again.
  return { heading: wrapLines(t('screen.syscall.heading', { source: line.source }), width), summary: wrapLines(line.summary, width), quote: kept };
}

export function SyscallPanel({ line, columns, maxQuoteRows }: { readonly line: SyscallLine; readonly columns: number; readonly maxQuoteRows: number }) {
  const theme = useTheme();
  const rows = syscallRows(line, columns, maxQuoteRows, useT());
  return (
    <Box flexDirection="column">
      {rows.heading.map((row, i) => (
        <ContainerText key={`h${i}`} inline text={sanitize(row)} token="heading" />
      ))}
      {rows.summary.map((row, i) => (
        <ContainerText key={`s${i}`} inline text={sanitize(row)} />
      ))}
      {rows.quote.map((row, i) => (
        <Text key={`q${i}`} wrap="truncate-end">
          <Text {...theme('warning')}>{i === 0 ? '▶ ' : '  '}</Text>
          <ContainerText inline text={sanitize(row)} token="warning" />
        </Text>
      ))}
    </Box>
  );
}

/** Rows the panel takes, for the step's layout. */
export function syscallPanelHeight(line: SyscallLine, columns: number, maxQuoteRows: number, t: Translate = ENGLISH): number {
  const rows = syscallRows(line, columns, maxQuoteRows, t);
  return rows.heading.length + rows.summary.length + rows.quote.length;
}
