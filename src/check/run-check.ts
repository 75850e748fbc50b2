// Manifests + facts → findings, worst first, then by file and line. Pure: facts were gathered by the caller.
import { CHECK_RULES, STORAGE_CLASS_RULE } from './rule-table.js';
import { missingStorageClasses } from './rules/references.js';
import { SEVERITY_RANK, type CheckFacts, type CheckFinding, type ManifestDoc } from './types.js';
import { podTemplates } from './workloads.js';

export function runCheck(docs: readonly ManifestDoc[], facts: CheckFacts): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const template of podTemplates(docs)) {
    for (const rule of CHECK_RULES) {
      if (rule.needs === 'cluster' && !facts.cluster) continue;
      for (const f of rule.run({ template, facts, docs })) out.push({ ...f, rule: rule.id, cause: rule.cause, severity: rule.severity });
    }
  }
  for (const f of missingStorageClasses({ facts, docs })) {
    out.push({ ...f, rule: STORAGE_CLASS_RULE.id, cause: STORAGE_CLASS_RULE.cause, severity: STORAGE_CLASS_RULE.severity });
  }
  return out.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line);
}

export const failsAt = (findings: readonly CheckFinding[], threshold: keyof typeof SEVERITY_RANK): boolean =>
  findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
