// A Diagnosis as text for a terminal 80 columns wide: the answer first, then the proof, then what to do.
import { CAUSE_TITLES } from '../analysis/causes.js';
import type { Diagnosis } from '../analysis/types.js';
import { displayCommand } from '../plans/kubectl.js';
import { sanitize } from '../text/sanitize.js';
import { backoffLine } from './backoff-line.js';
import { PLAIN, type Style } from './style.js';
import { commandLines, wrap } from './wrap.js';

export interface TextOptions {
  readonly width?: number;
  readonly style?: Style;
}

export function renderDiagnosisText(d: Diagnosis, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const st = options.style ?? PLAIN;
  // Defence in depth: analyzers quote sanitised text, but nothing reaches the terminal unsanitised.
  const safe = (s: string): string => sanitize(s);
  const out: string[] = [];
  const shown = (argv: readonly string[]): string[] =>
    commandLines(argv.map((a) => safe(displayCommand([a]))), width, '     $ ', '         ').map(st.command);
  const section = (title: string, lines: readonly string[]): void => {
    if (lines.length === 0) return;
    out.push('', st.heading(title), ...lines);
  };

  out.push(`${st.heading('Pod')} ${d.pod}${d.container ? `   ${st.heading('container')} ${d.container}` : ''}`);
  if (d.cause) {
    out.push(...wrap(`Cause: ${d.cause} (${CAUSE_TITLES[d.cause]})${d.confidence ? `, ${d.confidence}` : ''}`, width).map((l, i) => (i === 0 ? st.cause(l) : l)));
  } else {
    out.push(st.good('Cause: none found: the pod looks healthy'));
  }
  const facts: string[] = [];
  if (d.exitCode !== null) facts.push(`exit code ${d.exitCode}${d.signal ? ` (${d.signal})` : ''}`);
  else if (d.signal) facts.push(`signal ${d.signal}`);
  facts.push(`restarts ${d.restarts}`);
  out.push(...wrap(facts.join(', '), width));
  const backoff = backoffLine(d.backoff);
  if (backoff) out.push(...wrap(`Back-off: ${safe(backoff)}`, width));

  section('Summary', wrap(safe(d.summary), width, '  '));
  section('Why', wrap(safe(d.explanation), width, '  '));
  if (d.fix) section('Fix', wrap(safe(d.fix), width, '  '));
  section('Evidence', d.evidence.flatMap((e) => [st.dim(`  ${e.source}:`), ...wrap(safe(e.text), width, '    ')]));
  section(
    'Ruled in and out',
    d.alternatives.flatMap((a) => wrap(`${a.verdict === 'ruled-in' ? '+' : '-'} ${a.cause}: ${safe(a.why)}`, width, '  ')),
  );
  section(
    'Next steps',
    d.nextSteps.flatMap((s, i) => [
      ...wrap(`${i + 1}. ${safe(s.title)}`, width, '  '),
      ...(s.command.length ? shown(s.command) : []),
    ]),
  );
  section(
    'Could not read',
    d.gaps.flatMap((g) => [
      ...wrap(`- ${safe(g.what)}: ${safe(g.reason)}`, width, '  '),
      ...(g.command ? shown(g.command) : []),
    ]),
  );
  return `${out.join('\n')}\n`;
}
