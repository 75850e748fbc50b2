// A Diagnosis as Markdown: the hand-over to a senior engineer or a ticket, evidence quoted verbatim.
import type { Diagnosis } from '../contracts/diagnosis.js';
import { causeTitle, confidenceWord, ENGLISH, type Translate } from '../i18n/index.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { sanitize } from '../text/sanitize.js';
import { backoffLine } from './backoff-line.js';
import { diagnosisWords, nextStepTitle, quotedSource, word } from './word.js';
import { gapLine } from './gap-words.js';

// Container text may hold backticks: a fence longer than any run inside cannot be closed by it.
function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

const inline = (s: string): string => sanitize(s).replace(/([\\`*_[\]<>|#])/g, '\\$1');

/** Everything in the language `t` speaks but the evidence, which is quoted as it comes. */
export function renderDiagnosisMarkdown(d: Diagnosis, t: Translate = ENGLISH): string {
  const words = diagnosisWords(d, t);
  const out: string[] = [t('md.title', { pod: `\`${d.pod}\`` }), ''];
  if (d.cause) out.push(`**${t('md.cause')}** \`${d.cause}\`: ${causeTitle(d.cause, t)}${d.confidence ? ` (${confidenceWord(d.confidence, t)})` : ''}`);
  else out.push(`**${t('md.cause')}** ${t('md.healthy')}`);
  out.push('', `| ${t('md.columns')} |`, '|---|---|---|---|---|');
  out.push(`| ${d.container ? inline(d.container) : '-'} | ${d.exitCode ?? '-'} | ${d.signal ?? '-'} | ${d.restarts} | ${inline(backoffLine(d.backoff, t) ?? '-')} |`);
  out.push('', `## ${t('text.summary')}`, '', inline(words.summary), '', `## ${t('md.explanation')}`, '', inline(words.explanation));
  if (words.fix) out.push('', `## ${t('text.fix')}`, '', inline(words.fix));
  if (d.evidence.length) {
    out.push('', `## ${t('text.evidence')}`);
    for (const e of d.evidence) {
      out.push('', `> **${inline(quotedSource(e, t))}**`, '>', ...fenced(sanitize(e.say ? word(e.say, t) : e.text)).split('\n').map((l) => `> ${l}`));
    }
  }
  if (d.alternatives.length) {
    out.push('', `## ${t('text.ruledInOut')}`, '');
    for (const a of d.alternatives) out.push(`- ${a.verdict === 'ruled-in' ? t('md.ruledIn') : t('md.ruledOut')}: \`${a.cause}\`: ${inline(word(a.why, t))}`);
  }
  if (d.nextSteps.length) {
    out.push('', `## ${t('text.nextSteps')}`);
    d.nextSteps.forEach((s, i) => {
      out.push('', `${i + 1}. ${inline(nextStepTitle(s, t))}`);
      if (s.command.length) out.push('', fenced(sanitize(displayCommand(s.command)), 'sh'));
    });
  }
  if (d.gaps.length) {
    out.push('', `## ${t('md.couldNotRead')}`, '');
    for (const g of d.gaps) {
      out.push(gapLine(g, t, inline));
      if (g.command) out.push('', fenced(sanitize(displayCommand(g.command)), 'sh'), '');
    }
  }
  return `${out.join('\n')}\n`;
}
