// The pre-deploy check: manifests (files, directories, stdin) → crash-prone settings in the cause vocabulary.
// Pure: reading files, the cluster and registries is the CLI's job (src/cli/check-command.ts).
export { parseManifests } from './manifest-docs.js';
export { runCheck, failsAt } from './run-check.js';
export { CHECK_RULES, ALL_RULE_IDS } from './rule-table.js';
export { renderSarif } from './format-sarif.js';
export { renderCheckText, renderCheckJson } from './format-text.js';
export { podTemplates } from './workloads.js';
export type { CheckFacts, CheckFinding, ClusterFacts, ImageFacts, ManifestDoc, Severity } from './types.js';
