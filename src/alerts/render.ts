// The two shapes Prometheus setups load rules in: a plain rule file (`rule_files:`) and the Prometheus
// Operator's PrometheusRule custom resource, whose spec is the same groups.
import { stringify } from 'yaml';
import type { RuleGroup } from './rules.js';

export type RulesFormat = 'yaml' | 'crd';

export function renderRules(groups: readonly RuleGroup[], format: RulesFormat, name = 'kubectl-crashcourse'): string {
  const plain = { groups };
  const doc = format === 'yaml' ? plain : {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name, labels: { 'app.kubernetes.io/name': 'kubectl-crashcourse', 'app.kubernetes.io/component': 'alert-rules' } },
    spec: plain,
  };
  // lineWidth 0: an expression folded over two lines is still valid YAML but unreadable in review.
  return stringify(doc, { lineWidth: 0 });
}
