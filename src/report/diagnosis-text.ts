// A Diagnosis as text for a terminal 80 columns wide: the answer first, then the proof, then what to do.
import type { Diagnosis } from '../contracts/diagnosis.js';
import { causeTitle, confidenceWord, ENGLISH, type Translate } from '../i18n/index.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { sanitize } from '../text/sanitize.js';
import { backoffLine } from './backoff-line.js';
import { diagnosisWords, nextStepTitle, quotedSource, word } from './word.js';
import { gapLine } from './gap-words.js';
import { PLAIN, type Style } from './style.js';
import { commandLines, wrapText as wrap } from './wrap.js';

export interface TextOptions {
  readonly width?: number;
  readonly style?: Style;
  /** Everything in this language but the evidence, which is printed as it comes. */
  readonly t?: Translate;
}

export function renderDiagnosisText(d: Diagnosis, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const st = options.style ?? PLAIN;
  const t = options.t ?? ENGLISH;
  // Defence in depth: analyzers quote sanitised text, but nothing reaches the terminal unsanitised.
  const safe = (s: string): string => sanitize(s);
  const out: string[] = [];
  const shown = (argv: readonly string[]): string[] =>
    commandLines(argv.map((a) => safe(displayCommand([a]))), width, '     $ ', '         ').map(st.command);
  const section = (title: string, lines: readonly string[]): void => {
    if (lines.length === 0) return;
    out.push('', st.heading(title), ...lines);
  };

  out.push(`${st.heading(t('text.pod'))} ${d.pod}${d.container ? `   ${st.heading(t('text.container'))} ${d.container}` : ''}`);
  if (d.cause) {
    out.push(...wrap(t(d.confidence ? 'text.causeConfidence' : 'text.cause', { cause: d.cause, title: causeTitle(d.cause, t), confidence: d.confidence ? confidenceWord(d.confidence, t) : '' }), width).map((l, i) => (i === 0 ? st.cause(l) : l)));
  } else {
    out.push(st.good(t('text.healthy')));
  }
  const facts: string[] = [];
  if (d.exitCode !== null) facts.push(d.signal ? t('exit.codeSignal', { code: d.exitCode, signal: d.signal }) : t('exit.code', { code: d.exitCode }));
  else if (d.signal) facts.push(t('text.signal', { signal: d.signal }));
  facts.push(t('text.restarts', { count: d.restarts }));
  out.push(...wrap(facts.join(t('text.factSeparator')), width));
  const backoff = backoffLine(d.backoff, t);
  if (backoff) out.push(...wrap(t('text.backoff', { backoff: safe(backoff) }), width));

  const words = diagnosisWords(d, t);
  section(t('text.summary'), wrap(safe(words.summary), width, '  '));
  section(t('text.why'), wrap(safe(words.explanation), width, '  '));
  if (words.fix) section(t('text.fix'), wrap(safe(words.fix), width, '  '));
  section(t('text.evidence'), d.evidence.flatMap((e) => [st.dim(`  ${quotedSource(e, t)}:`), ...wrap(safe(e.say ? word(e.say, t) : e.text), width, '    ')]));
  section(
    t('text.ruledInOut'),
    d.alternatives.flatMap((a) => wrap(`${a.verdict === 'ruled-in' ? '+' : '-'} ${a.cause}: ${safe(word(a.why, t))}`, width, '  ')),
  );
  section(
    t('text.nextSteps'),
    d.nextSteps.flatMap((s, i) => [
      ...wrap(`${i + 1}. ${safe(nextStepTitle(s, t))}`, width, '  '),
      ...(s.command.length ? shown(s.command) : []),
    ]),
  );
  section(
    t('text.couldNotRead'),
    d.gaps.flatMap((g) => [
      ...wrap(gapLine(g, t, safe), width, '  '),
      ...(g.command ? shown(g.command) : []),
    ]),
  );
  return `${out.join('\n')}\n`;
}
