// The report a learner hands to a senior: the diagnosis plus the path walked and the commands run, as Markdown
// or JSON. Pure text from a snapshot; the CLI writes the file.
import { causeTitle, ENGLISH, type Translate } from '../../i18n/index.js';
import type { Diagnosis } from '../../analysis/types.js';
import { displayCommand } from '../../plans/kubectl.js';
import type { SessionSnapshot } from '../../session/types.js';
import { exitCodeLine } from './exit-code.js';

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
    alternatives: d?.alternatives ?? [],
    exitCode: d?.exitCode ?? null,
    signal: d?.signal ?? null,
    restarts: d?.restarts ?? 0,
    backoff: d?.backoff ?? null,
    summary: d?.summary ?? '',
    explanation: d?.explanation ?? '',
    ...(d?.fix ? { fix: d.fix } : {}),
    evidence: d?.evidence ?? [],
    nextSteps: d?.nextSteps ?? [],
    gaps: d?.gaps ?? [],
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

export function reportMarkdown(snapshot: SessionSnapshot): string {
  const d = snapshot.diagnosis;
  const out: string[] = [`# Triage of pod ${snapshot.pod}`, ''];
  if (!d) return [...out, 'The wizard had not finished reading the pod.', ''].join('\n');
  out.push(`**Cause:** ${causeHeadline(d)}${d.confidence ? ` (confidence: ${d.confidence})` : ''}`, '');
  const facts = [d.container ? `container \`${d.container}\`` : '', d.exitCode !== null ? exitCodeLine(d.exitCode, d.signal) : '', `${d.restarts} restarts`];
  out.push(facts.filter(Boolean).join(' · '), '', '## Summary', '', d.summary, '');
  if (d.explanation) out.push('## What it means', '', d.explanation, '');
  if (d.fix) out.push('## Fix', '', d.fix, '');
  if (d.evidence.length > 0) {
    out.push('## Evidence', '');
    for (const e of d.evidence) out.push(`${quote(e.text)}`, `> — ${e.source}`, '');
  }
  if (d.alternatives.length > 0) {
    out.push('## Other explanations', '');
    for (const a of d.alternatives) out.push(`- **${a.cause}** ${a.verdict}: ${a.why}`);
    out.push('');
  }
  if (snapshot.breadcrumb.length > 0) {
    out.push('## Steps walked', '');
    snapshot.breadcrumb.forEach((b, i) => out.push(`${i + 1}. ${b.title}`));
    out.push('');
  }
  if (snapshot.runs.length > 0) {
    out.push('## Commands run', '');
    for (const r of snapshot.runs) out.push(fence(displayCommand(r.argv), 'sh'), `${r.outcome}${r.exitCode !== null ? `, exit status ${r.exitCode}` : ''}`, '');
  }
  if (d.nextSteps.length > 0) {
    out.push('## Next steps', '');
    for (const s of d.nextSteps) out.push(`- ${s.title}`, ...(s.command.length > 0 ? ['', fence(displayCommand(s.command), 'sh'), ''] : []));
    out.push('');
  }
  if (d.gaps.length > 0) {
    out.push('## What could not be read', '');
    for (const g of d.gaps) out.push(`- ${g.what}: ${g.reason}${g.command ? ` (\`${displayCommand(g.command)}\`)` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
