// The report a learner hands to a senior: the diagnosis plus the path walked and the commands run, as Markdown
// or JSON. Pure text from a snapshot; the CLI writes the file.
import { causeTitle, confidenceWord, ENGLISH, type Translate } from '../../i18n/index.js';
import type { Diagnosis } from '../../contracts/diagnosis.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import type { SessionSnapshot } from '../../contracts/session.js';
import { exitCodeLine } from './exit-code.js';
import { diagnosisWords, nextStepTitle, word } from '../../report/word.js';
import { gapLine } from '../../report/gap-words.js';

export type ReportFormat = 'markdown' | 'json';

export function reportFileName(pod: string, format: ReportFormat, now: Date): string {
  const name = pod.split('/').pop() ?? pod;
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `crashcourse-${name}-${stamp}.${format === 'markdown' ? 'md' : 'json'}`;
}

export function causeHeadline(d: Diagnosis, t: Translate = ENGLISH): string {
  if (!d.cause) return t('report.healthy');
  return `${d.cause}: ${causeTitle(d.cause, t)}`;
}

export function reportJson(snapshot: SessionSnapshot): string {
  const d = snapshot.diagnosis;
  const body = {
    pod: d?.pod ?? snapshot.pod,
    container: d?.container ?? null,
    cause: d?.cause ?? null,
    confidence: d?.confidence ?? null,
    // JSON stays English whatever the language, as `diagnose -o json` does.
    alternatives: (d?.alternatives ?? []).map((a) => ({ cause: a.cause, verdict: a.verdict, why: word(a.why) })),
    exitCode: d?.exitCode ?? null,
    signal: d?.signal ?? null,
    restarts: d?.restarts ?? 0,
    backoff: d?.backoff ?? null,
    summary: d?.summary ?? '',
    explanation: d?.explanation ?? '',
    ...(d?.fix ? { fix: d.fix } : {}),
    // The messages beside the English (`say`) are for the reader's language; the JSON keeps its shape.
    evidence: (d?.evidence ?? []).map(({ say: _say, sourceSay: _sourceSay, ...line }) => line),
    nextSteps: (d?.nextSteps ?? []).map(({ say: _say, ...step }) => step),
    gaps: (d?.gaps ?? []).map(({ say: _say, ...gap }) => gap),
    steps: snapshot.breadcrumb.map((b) => b.title),
    runs: snapshot.runs.map((r) => ({ planId: r.planId, argv: r.argv, exitCode: r.exitCode, outcome: r.outcome })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const fence = (text: string, lang = ''): string => {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${text.replace(/\n$/, '')}\n${ticks}`;
};
const quote = (text: string): string => text.split('\n').map((l) => `> ${l}`).join('\n');

/** The hand-over in the language `t` speaks; the evidence's text as it is. */
export function reportMarkdown(snapshot: SessionSnapshot, t: Translate = ENGLISH): string {
  const d = snapshot.diagnosis;
  const out: string[] = [t('md.title', { pod: snapshot.pod }), ''];
  if (!d) return [...out, t('handover.unfinished'), ''].join('\n');
  out.push(`**${t('md.cause')}** ${causeHeadline(d, t)}${d.confidence ? t('handover.confidence', { confidence: confidenceWord(d.confidence, t) }) : ''}`, '');
  const facts = [d.container ? t('report.container', { container: `\`${d.container}\`` }) : '', d.exitCode !== null ? exitCodeLine(d.exitCode, d.signal, t) : '', t('report.restarts', { count: d.restarts })];
  const words = diagnosisWords(d, t);
  out.push(facts.filter(Boolean).join(' · '), '', `## ${t('text.summary')}`, '', words.summary, '');
  if (words.explanation) out.push(`## ${t('handover.meaning')}`, '', words.explanation, '');
  if (words.fix) out.push(`## ${t('text.fix')}`, '', words.fix, '');
  if (d.evidence.length > 0) {
    out.push(`## ${t('text.evidence')}`, '');
    for (const e of d.evidence) out.push(`${quote(e.say ? word(e.say, t) : e.text)}`, `> — ${e.sourceSay ? word(e.sourceSay, t) : e.source}`, '');
  }
  if (d.alternatives.length > 0) {
    out.push(`## ${t('handover.others')}`, '');
    for (const a of d.alternatives) out.push(`- **${a.cause}** ${a.verdict === 'ruled-in' ? t('handover.ruledIn') : t('handover.ruledOut')}: ${word(a.why, t)}`);
    out.push('');
  }
  if (snapshot.breadcrumb.length > 0) {
    out.push(`## ${t('handover.steps')}`, '');
    snapshot.breadcrumb.forEach((b, i) => out.push(`${i + 1}. ${b.title}`));
    out.push('');
  }
  if (snapshot.runs.length > 0) {
    out.push(`## ${t('handover.commands')}`, '');
    for (const r of snapshot.runs) out.push(fence(displayCommand(r.argv), 'sh'), `${r.outcome}${r.exitCode !== null ? t('handover.exitStatus', { code: r.exitCode }) : ''}`, '');
  }
  if (d.nextSteps.length > 0) {
    out.push(`## ${t('text.nextSteps')}`, '');
    for (const s of d.nextSteps) out.push(`- ${nextStepTitle(s, t)}`, ...(s.command.length > 0 ? ['', fence(displayCommand(s.command), 'sh'), ''] : []));
    out.push('');
  }
  if (d.gaps.length > 0) {
    out.push(`## ${t('md.couldNotRead')}`, '');
    for (const g of d.gaps) out.push(`${gapLine(g, t)}${g.command ? ` (\`${displayCommand(g.command)}\`)` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
