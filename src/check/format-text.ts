// The terminal and JSON forms of a check: "file:line  severity  rule  message", like a compiler.
import { sanitize } from '../text/sanitize.js';
import type { CheckFinding } from './types.js';

export function renderCheckText(findings: readonly CheckFinding[], checked: { files: number; workloads: number }): string {
  const lines = findings.map((f) =>
    `${sanitize(f.file)}:${f.line}: ${f.severity}: ${sanitize(f.message)} [${f.rule} → ${f.cause}] (${sanitize(f.object)})`);
  const n = (s: string): number => findings.filter((f) => f.severity === s).length;
  const counts = (['error', 'warning', 'note'] as const).map((s) => `${n(s)} ${s}${n(s) === 1 ? '' : 's'}`);
  const summary = findings.length === 0
    ? `no crash-prone settings found in ${checked.workloads} workload(s) from ${checked.files} file(s)`
    : `${counts.join(', ')} in ${checked.workloads} workload(s) from ${checked.files} file(s)`;
  return `${[...lines, summary].join('\n')}\n`;
}

export function renderCheckJson(findings: readonly CheckFinding[]): string {
  return `${JSON.stringify({ findings }, null, 2)}\n`;
}
