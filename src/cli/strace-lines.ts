// What `strace` prints once the trace is read: the decisive call worded in the reader's language and quoted
// verbatim, how the entrypoint ended, then the other failures. Our sentences wrap at the terminal's width; the
// trace lines are quoted whole (they are what a reader greps the trace for again).
import { ENGLISH, wrapToWidth, type Translate } from '../i18n/index.js';
import { word } from '../report/word.js';
import type { SyscallReport } from '../syscalls/index.js';
import { sanitize } from '../text/sanitize.js';

export interface TracedRun {
  readonly argv: readonly string[];
  readonly copy: string;
  readonly timedOut: boolean;
  readonly seconds: number;
}

export function straceLines(report: SyscallReport, run: TracedRun, t: Translate = ENGLISH, width = 80): string[] {
  // Sanitised before wrapping, so what is measured is what is printed.
  const para = (text: string, indent = ''): string[] =>
    wrapToWidth(sanitize(text), Math.max(20, width - indent.length)).map((l, i) => (i === 0 ? l : `${indent}${l}`));
  const lines = para(t('out.strace.traced', { argv: run.argv.join(' '), copy: run.copy, timedOut: run.timedOut ? 'yes' : 'no', seconds: run.seconds }));
  const { decisive, end } = report;
  if (decisive) lines.push(...para(t('out.strace.decisive', { summary: word(decisive.say, t) })), `  ${decisive.quote.split('\n').join('\n  ')}`);
  else lines.push(...para(t('out.strace.noDecisive')));
  if (end) lines.push(...para(t('out.strace.end', { summary: word(end.say, t) })));
  const others = report.findings.filter((f) => f !== decisive && f !== end);
  if (others.length) {
    lines.push(...para(t('out.strace.others')));
    for (const f of others) lines.push(...para(t('out.strace.line', { line: f.line, summary: word(f.say, t) }), '    ').map((l) => `  ${l}`));
  }
  return lines;
}
