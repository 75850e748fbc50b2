// Synthetic kube-state-metrics series for `promtool test rules`, and the expected alerts, with annotations
// filled in the way Alertmanager templates fill them (the `$labels.x` and `$value | printf "%.0f"` forms only).
import { parse } from 'yaml';

export interface ExpectedAlert {
  readonly labels: Record<string, string>;
  readonly value?: number;
}

const sel = (labels: Record<string, string>): string => `{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
export const series = (name: string, labels: Record<string, string>, values: string) => ({ series: `${name}${sel(labels)}`, values });

type Rules = { groups: { rules: { alert: string; labels: Record<string, string>; annotations: Record<string, string> }[] }[] };

export function expectedAlerts(rulesYaml: string, alert: string, alerts: readonly ExpectedAlert[]) {
  const rule = (parse(rulesYaml) as Rules).groups[0]!.rules.find((r) => r.alert === alert);
  if (!rule) throw new Error(`no rule ${alert}`);
  return alerts.map((a) => ({
    exp_labels: { ...a.labels, ...rule.labels },
    exp_annotations: Object.fromEntries(Object.entries(rule.annotations).map(([k, v]) => [k, fill(v, a)])),
  }));
}

function fill(template: string, a: ExpectedAlert): string {
  return template
    .replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, l: string) => a.labels[l] ?? '')
    .replace(/\{\{ \$value \| printf "%\.0f" \}\}/g, () => (a.value ?? 0).toFixed(0));
}
