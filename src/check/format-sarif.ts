// SARIF 2.1.0 (OASIS) for code-scanning upload: one run, the rule table as the driver's rules, one result per
// finding located at file and line. Levels map one to one: error, warning, note.
import { CHECK_RULES, STORAGE_CLASS_RULE } from './rule-table.js';
import type { CheckFinding } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export function renderSarif(findings: readonly CheckFinding[], toolVersion: string): string {
  const rules = [...CHECK_RULES, STORAGE_CLASS_RULE].map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    defaultConfiguration: { level: r.severity },
    properties: { cause: r.cause, needs: r.needs },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'kubectl-crashcourse', version: toolVersion, informationUri: 'https://github.com/kubectl-crashcourse/kubectl-crashcourse', rules } },
      results: findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: index.get(f.rule) ?? 0,
        level: f.severity,
        message: { text: f.message },
        locations: [{
          physicalLocation: { artifactLocation: { uri: toUri(f.file) }, region: { startLine: f.line } },
          logicalLocations: [{ fullyQualifiedName: f.container ? `${f.object}/${f.container}` : f.object }],
        }],
        properties: { cause: f.cause },
      })),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// SARIF wants URI references: relative paths with forward slashes, encoded; stdin has no file.
const toUri = (file: string): string => file.split(/[\\/]/).map(encodeURIComponent).join('/');
