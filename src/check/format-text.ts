// The terminal and JSON forms of a check: "file:line  severity  rule  message", like a compiler.
import { ENGLISH, type Translate } from '../i18n/translate.js';
import { sanitize } from '../text/sanitize.js';
import { wordFinding } from './finding-words.js';
import type { CheckFinding } from './types.js';

/**
 * Every line is worded by `t`: a finding's severity and sentence (from its words, so English stays the
 * `message` JSON and SARIF carry), and the summary. Rule and cause ids, files and objects are not words.
 */
export function renderCheckText(findings: readonly CheckFinding[], checked: { files: number; workloads: number }, t: Translate = ENGLISH): string {
  const lines = findings.map((f) =>
    `${sanitize(f.file)}:${f.line}: ${t('check.severity', { severity: f.severity })}: ${sanitize(f.words ? wordFinding(f.words, t) : f.message)} [${f.rule} → ${f.cause}] (${sanitize(f.object)})`);
  const n = (s: string): number => findings.filter((f) => f.severity === s).length;
  const counts = t('out.check.counts', { errors: t('out.check.errors', { n: n('error') }), warnings: t('out.check.warnings', { n: n('warning') }), notes: t('out.check.notes', { n: n('note') }) });
  const summary = findings.length === 0 ? t('out.check.none', checked) : t('out.check.summary', { counts, ...checked });
  return `${[...lines, summary].join('\n')}\n`;
}

/** The findings as they always were: English messages, stable ids; the words are for the text form only. */
export function renderCheckJson(findings: readonly CheckFinding[]): string {
  return `${JSON.stringify({ findings: findings.map(({ words: _words, ...finding }) => finding) }, null, 2)}\n`;
}
