// A Diagnosis as Markdown: the hand-over to a senior engineer or a ticket, evidence quoted verbatim.
import { CAUSE_TITLES } from '../analysis/causes.js';
import type { Diagnosis } from '../analysis/types.js';
import { displayCommand } from '../plans/kubectl.js';
import { sanitize } from '../text/sanitize.js';
import { backoffLine } from './backoff-line.js';

// Container text may hold backticks: a fence longer than any run inside cannot be closed by it.
function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

const inline = (s: string): string => sanitize(s).replace(/([\\`*_[\]<>|#])/g, '\\$1');

export function renderDiagnosisMarkdown(d: Diagnosis): string {
  const out: string[] = [`# Triage of pod \`${d.pod}\``, ''];
  if (d.cause) out.push(`**Cause:** \`${d.cause}\`: ${CAUSE_TITLES[d.cause]}${d.confidence ? ` (${d.confidence})` : ''}`);
  else out.push('**Cause:** none found: the pod looks healthy.');
  out.push('', '| container | exit code | signal | restarts | back-off |', '|---|---|---|---|---|');
  out.push(`| ${d.container ? inline(d.container) : '-'} | ${d.exitCode ?? '-'} | ${d.signal ?? '-'} | ${d.restarts} | ${inline(backoffLine(d.backoff) ?? '-')} |`);
  out.push('', '## Summary', '', inline(d.summary), '', '## Explanation', '', inline(d.explanation));
  if (d.fix) out.push('', '## Fix', '', inline(d.fix));
  if (d.evidence.length) {
    out.push('', '## Evidence');
    for (const e of d.evidence) {
      out.push('', `> **${inline(e.source)}**`, '>', ...fenced(sanitize(e.text)).split('\n').map((l) => `> ${l}`));
    }
  }
  if (d.alternatives.length) {
    out.push('', '## Ruled in and out', '');
    for (const a of d.alternatives) out.push(`- ${a.verdict === 'ruled-in' ? 'ruled in' : 'ruled out'}: \`${a.cause}\`: ${inline(a.why)}`);
  }
  if (d.nextSteps.length) {
    out.push('', '## Next steps');
    d.nextSteps.forEach((s, i) => {
      out.push('', `${i + 1}. ${inline(s.title)}`);
      if (s.command.length) out.push('', fenced(sanitize(displayCommand(s.command)), 'sh'));
    });
  }
  if (d.gaps.length) {
    out.push('', '## What could not be read', '');
    for (const g of d.gaps) {
      out.push(`- ${inline(g.what)}: ${inline(g.reason)}`);
      if (g.command) out.push('', fenced(sanitize(displayCommand(g.command)), 'sh'), '');
    }
  }
  return `${out.join('\n')}\n`;
}
