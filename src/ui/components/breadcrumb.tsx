// Where we are in the decision tree: the steps walked so far, the newest last, cut from the left to fit.
import { Text } from 'ink';
import { useTheme } from '../theme.js';

export function breadcrumbText(titles: readonly string[], columns: number): string {
  const full = titles.join(' › ');
  if (full.length <= columns) return full;
  let out = titles[titles.length - 1] ?? '';
  for (let i = titles.length - 2; i >= 0; i--) {
    const next = `${titles[i]} › ${out}`;
    if (next.length + 2 > columns) return `… › ${out}`;
    out = next;
  }
  return out;
}

export function Breadcrumb({ titles, columns }: { readonly titles: readonly string[]; readonly columns: number }) {
  const theme = useTheme();
  return <Text {...theme('muted')} wrap="truncate-start">{breadcrumbText(titles, columns)}</Text>;
}
