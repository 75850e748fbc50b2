// The one table of keys: what each key does on which screen. The footer and the `?` overlay are drawn from it,
// and every screen resolves its input through it, so what we show is what the keys do.
import type { Key } from 'ink';
import type { MessageKey } from '../i18n/index.js';

type KeyText = Extract<MessageKey, `key.${string}`>;

export type ScreenId = 'contexts' | 'pods' | 'step' | 'logs' | 'timeline' | 'resources' | 'describe' | 'report' | 'confirm';

export type Action =
  | 'continue' | 'back' | 'quit' | 'help' | 'up' | 'down' | 'page-up' | 'page-down' | 'panel' | 'logs' | 'describe'
  | 'previous' | 'search' | 'next-match' | 'copy' | 'run' | 'timeline' | 'resources' | 'report' | 'save-markdown'
  | 'save-json' | 'wrap' | 'retry' | 'explain' | 'next-pod' | 'reset';

type KeyName = 'return' | 'escape' | 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'tab';

export interface Binding {
  readonly action: Action;
  /** How the key is written in the footer and help. */
  readonly label: string;
  /** What the key does, as a catalog key: the help overlay shows it, the footer its short form (`keyShort.*`). */
  readonly text: KeyText;
  readonly inputs?: readonly string[];
  readonly keys?: readonly KeyName[];
  /** Screens where the binding applies; all when absent. */
  readonly on?: readonly ScreenId[];
  /** Shown in the footer (the help overlay shows everything). */
  readonly footer?: boolean;
}

const SESSION: readonly ScreenId[] = ['step', 'logs', 'timeline', 'resources', 'describe', 'report'];
const LISTS: readonly ScreenId[] = ['contexts', 'pods', 'step', 'logs', 'timeline', 'resources', 'describe'];

export const KEYMAP: readonly Binding[] = [
  { action: 'continue', label: 'Enter', text: 'key.continue', keys: ['return'], footer: true },
  { action: 'back', label: 'Esc b', text: 'key.back', keys: ['escape'], inputs: ['b'], footer: true },
  { action: 'up', label: '↑ k', text: 'key.up', keys: ['upArrow'], inputs: ['k'], on: LISTS },
  { action: 'down', label: '↓ j', text: 'key.down', keys: ['downArrow'], inputs: ['j'], on: LISTS },
  { action: 'up', label: '↑', text: 'key.scroll', keys: ['upArrow'], on: ['report'] },
  { action: 'down', label: '↓', text: 'key.scroll', keys: ['downArrow'], on: ['report'] },
  { action: 'page-up', label: 'PgUp', text: 'key.pageUp', keys: ['pageUp'], on: ['step', 'logs', 'describe', 'report'] },
  { action: 'page-down', label: 'PgDn', text: 'key.pageDown', keys: ['pageDown'], on: ['step', 'logs', 'describe', 'report'] },
  { action: 'next-pod', label: 'n', text: 'key.nextPod', inputs: ['n'], on: ['report'], footer: true },
  { action: 'search', label: '/', text: 'key.search', inputs: ['/'], on: ['pods', 'logs'], footer: true },
  { action: 'next-match', label: 'n', text: 'key.nextMatch', inputs: ['n'], on: ['logs'], footer: true },
  { action: 'panel', label: 'Tab', text: 'key.panel', keys: ['tab'], on: ['step', 'logs'], footer: true },
  { action: 'logs', label: 'l', text: 'key.logs', inputs: ['l'], on: SESSION, footer: true },
  { action: 'previous', label: 'p', text: 'key.previous', inputs: ['p'], on: SESSION, footer: true },
  { action: 'describe', label: 'd', text: 'key.describe', inputs: ['d'], on: SESSION, footer: true },
  { action: 'timeline', label: 't', text: 'key.timeline', inputs: ['t'], on: SESSION },
  { action: 'resources', label: 'u', text: 'key.resources', inputs: ['u'], on: SESSION },
  { action: 'report', label: 'f', text: 'key.report', inputs: ['f'], on: SESSION },
  { action: 'explain', label: 'e', text: 'key.explain', inputs: ['e'], on: ['step'] },
  { action: 'copy', label: 'c', text: 'key.copy', inputs: ['c'], on: ['step'], footer: true },
  { action: 'run', label: 'r', text: 'key.run', inputs: ['r'], on: ['step'], footer: true },
  { action: 'wrap', label: 'w', text: 'key.wrap', inputs: ['w'], on: ['logs'] },
  { action: 'save-markdown', label: 's', text: 'key.saveMarkdown', inputs: ['s'], on: ['report'], footer: true },
  { action: 'save-json', label: 'j', text: 'key.saveJson', inputs: ['j'], on: ['report'], footer: true },
  { action: 'retry', label: 'r', text: 'key.retry', inputs: ['r'], on: ['pods'] },
  { action: 'reset', label: 'R', text: 'key.reset', inputs: ['R'], on: ['pods'] },
  { action: 'help', label: '?', text: 'key.help', inputs: ['?'], footer: true },
  { action: 'quit', label: 'q', text: 'key.quit', inputs: ['q'], footer: true },
];

export interface KeyPress {
  readonly input: string;
  readonly key: Pick<Key, KeyName | 'ctrl'>;
}

const applies = (b: Binding, screen: ScreenId): boolean => !b.on || b.on.includes(screen);

export function resolveKey(screen: ScreenId, press: KeyPress): Action | undefined {
  for (const b of KEYMAP) {
    if (!applies(b, screen)) continue;
    if (b.keys?.some((k) => press.key[k])) return b.action;
    if (!press.key.ctrl && b.inputs?.includes(press.input)) return b.action;
  }
  return undefined;
}

export const bindingsFor = (screen: ScreenId): readonly Binding[] => KEYMAP.filter((b) => applies(b, screen));
