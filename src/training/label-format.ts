// Labels and label selectors as the apiserver's printers write them (labels.FormatLabels and
// metav1.FormatLabelSelector): requirements sorted by key, set values sorted, "<none>" for nothing.

export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly { readonly key: string; readonly operator: string; readonly values?: readonly string[] }[];
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** A label map ("app=web,tier=backend"), "<none>" when empty. */
export function formatLabels(labels: Readonly<Record<string, unknown>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.map((k) => `${k}=${String(labels![k])}`).join(',') || '<none>';
}

function requirement(key: string, operator: string, values: readonly string[]): string {
  const set = `(${[...new Set(values)].sort().join(',')})`;
  switch (operator) {
    case 'In':
      return `${key} in ${set}`;
    case 'NotIn':
      return `${key} notin ${set}`;
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    default:
      return `${key} ${operator.toLowerCase()} ${set}`;
  }
}

/** The selector's string form ("" for an empty one), as labels.Selector.String() writes it. */
export function selectorString(sel: LabelSelector | undefined): string {
  if (!sel) return '';
  const reqs = [
    ...Object.entries(sel.matchLabels ?? {}).map(([key, v]) => ({ key, text: `${key}=${v}` })),
    ...(sel.matchExpressions ?? []).map((e) => ({ key: e.key, text: requirement(e.key, e.operator, e.values ?? []) })),
  ];
  return reqs.sort(byKey).map((r) => r.text).join(',');
}

/** metav1.FormatLabelSelector: the string form, "<none>" when it selects by nothing. */
export const formatLabelSelector = (sel: LabelSelector | undefined): string => selectorString(sel) || '<none>';
