// The key line at the bottom of every screen, drawn from the keymap and cut to the terminal width.
import { Text } from 'ink';
import { bindingsFor, type Action, type ScreenId } from '../keymap.js';
import { useTheme } from '../theme.js';

export function footerText(screen: ScreenId, columns: number, omit: readonly Action[] = []): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  const first = new Set(['continue', 'back', 'help', 'quit']);
  const ordered = [...bindingsFor(screen)].sort((a, b) => Number(first.has(b.action)) - Number(first.has(a.action)));
  for (const b of ordered) {
    if (!b.footer || seen.has(b.action) || omit.includes(b.action)) continue;
    seen.add(b.action);
    parts.push(`${b.label.split(' ')[0]} ${shortName(b.description)}`);
  }
  let line = '';
  for (const part of parts) {
    const next = line ? `${line}  ${part}` : part;
    if (next.length > columns - 1) break;
    line = next;
  }
  return line;
}

const shortName = (description: string): string => (description.split(/[ (/]/)[0] ?? description).replace(/:$/, '');

export function Footer({ screen, columns, omit = [] }: { readonly screen: ScreenId; readonly columns: number; readonly omit?: readonly Action[] }) {
  const theme = useTheme();
  return <Text {...theme('muted')}>{footerText(screen, columns, omit)}</Text>;
}
