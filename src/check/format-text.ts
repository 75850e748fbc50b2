// The terminal and JSON forms of a check: "file:line  severity  rule  message", like a compiler.
import { ENGLISH, type Translate } from '../i18n/translate.js';
import { sanitize } from '../text/sanitize.js';
import type { CheckFinding } from './types.js';

/** The summary line is worded by `t`; each finding's line keeps the rule's English (SARIF and JSON carry it too). */
export function renderCheckText(findings: readonly CheckFinding[], checked: { files: number; workloads: number }, t: Translate = ENGLISH): string {
  const lines = findings.map((f) =>
    `${sanitize(f.file)}:${f.line}: ${f.severity}: ${sanitize(f.message)} [${f.rule} → ${f.cause}] (${sanitize(f.object)})`);
  const n = (s: string): number => findings.filter((f) => f.severity === s).length;
  const counts = t('out.check.counts', { errors: t('out.check.errors', { n: n('error') }), warnings: t('out.check.warnings', { n: n('warning') }), notes: t('out.check.notes', { n: n('note') }) });
  const summary = findings.length === 0 ? t('out.check.none', checked) : t('out.check.summary', { counts, ...checked });
  return `${[...lines, summary].join('\n')}\n`;
}

export function renderCheckJson(findings: readonly CheckFinding[]): string {
  return `${JSON.stringify({ findings }, null, 2)}\n`;
}
