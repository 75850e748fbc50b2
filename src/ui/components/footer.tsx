// The key line at the bottom of every screen, drawn from the keymap in the reader's language and cut to the
// terminal width by display columns (a Chinese or Japanese word takes two per character).
import { Text } from 'ink';
import { displayWidth, ENGLISH, type MessageKey, type Translate } from '../../i18n/index.js';
import { useT } from '../i18n.js';
import { bindingsFor, type Action, type Binding, type ScreenId } from '../keymap.js';
import { useTheme } from '../theme.js';

export function footerText(screen: ScreenId, columns: number, omit: readonly Action[] = [], t: Translate = ENGLISH): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  const first = new Set(['continue', 'back', 'help', 'quit']);
  const ordered = [...bindingsFor(screen)].sort((a, b) => Number(first.has(b.action)) - Number(first.has(a.action)));
  for (const b of ordered) {
    if (!b.footer || seen.has(b.action) || omit.includes(b.action)) continue;
    seen.add(b.action);
    parts.push(`${b.label.split(' ')[0]} ${t(shortKey(b))}`);
  }
  let line = '';
  for (const part of parts) {
    const next = line ? `${line}  ${part}` : part;
    if (displayWidth(next) > columns - 1) break;
    line = next;
  }
  return line;
}

/** `key.saveMarkdown` → `keyShort.saveMarkdown`: the footer's one word for the binding. */
const shortKey = (b: Binding): MessageKey => b.text.replace(/^key\./, 'keyShort.') as MessageKey;

export function Footer({ screen, columns, omit = [] }: { readonly screen: ScreenId; readonly columns: number; readonly omit?: readonly Action[] }) {
  const theme = useTheme();
  const t = useT();
  return <Text {...theme('muted')}>{footerText(screen, columns, omit, t)}</Text>;
}
