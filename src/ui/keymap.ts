// The one table of keys: what each key does on which screen. The footer and the `?` overlay are drawn from it,
// and every screen resolves its input through it, so what we show is what the keys do.
import type { Key } from 'ink';

export type ScreenId = 'contexts' | 'pods' | 'step' | 'logs' | 'timeline' | 'resources' | 'describe' | 'report' | 'confirm';

export type Action =
  | 'continue' | 'back' | 'quit' | 'help' | 'up' | 'down' | 'page-up' | 'page-down' | 'panel' | 'logs' | 'describe'
  | 'previous' | 'search' | 'next-match' | 'copy' | 'run' | 'timeline' | 'resources' | 'report' | 'save-markdown'
  | 'save-json' | 'wrap' | 'retry' | 'explain' | 'next-pod';

type KeyName = 'return' | 'escape' | 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'tab';

export interface Binding {
  readonly action: Action;
  /** How the key is written in the footer and help. */
  readonly label: string;
  readonly description: string;
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
  { action: 'continue', label: 'Enter', description: 'continue / choose (never changes the cluster)', keys: ['return'], footer: true },
  { action: 'back', label: 'Esc b', description: 'back', keys: ['escape'], inputs: ['b'], footer: true },
  { action: 'up', label: '↑ k', description: 'move up / scroll', keys: ['upArrow'], inputs: ['k'], on: LISTS },
  { action: 'down', label: '↓ j', description: 'move down / scroll', keys: ['downArrow'], inputs: ['j'], on: LISTS },
  { action: 'up', label: '↑', description: 'scroll', keys: ['upArrow'], on: ['report'] },
  { action: 'down', label: '↓', description: 'scroll', keys: ['downArrow'], on: ['report'] },
  { action: 'page-up', label: 'PgUp', description: 'page up', keys: ['pageUp'], on: ['step', 'logs', 'describe', 'report'] },
  { action: 'page-down', label: 'PgDn', description: 'page down', keys: ['pageDown'], on: ['step', 'logs', 'describe', 'report'] },
  { action: 'next-pod', label: 'n', description: 'next failing pod', inputs: ['n'], on: ['report'], footer: true },
  { action: 'search', label: '/', description: 'filter the list / search the logs', inputs: ['/'], on: ['pods', 'logs'], footer: true },
  { action: 'next-match', label: 'n', description: 'next search match', inputs: ['n'], on: ['logs'], footer: true },
  { action: 'panel', label: 'Tab', description: 'switch panel (step) / container (logs)', keys: ['tab'], on: ['step', 'logs'], footer: true },
  { action: 'logs', label: 'l', description: 'log viewer', inputs: ['l'], on: SESSION, footer: true },
  { action: 'previous', label: 'p', description: 'previous logs (in the viewer: previous ⇄ current)', inputs: ['p'], on: SESSION, footer: true },
  { action: 'describe', label: 'd', description: 'describe the pod', inputs: ['d'], on: SESSION, footer: true },
  { action: 'timeline', label: 't', description: 'restart timeline', inputs: ['t'], on: SESSION },
  { action: 'resources', label: 'u', description: 'resource usage and limits', inputs: ['u'], on: SESSION },
  { action: 'report', label: 'f', description: 'the report (findings so far)', inputs: ['f'], on: SESSION },
  { action: 'explain', label: 'e', description: 'the whole explanation of the step (e again: back to the evidence)', inputs: ['e'], on: ['step'] },
  { action: 'copy', label: 'c', description: 'copy the selected command', inputs: ['c'], on: ['step'], footer: true },
  { action: 'run', label: 'r', description: 'run the selected command (reads run at once; changes ask first)', inputs: ['r'], on: ['step'], footer: true },
  { action: 'wrap', label: 'w', description: 'wrap long lines', inputs: ['w'], on: ['logs'] },
  { action: 'save-markdown', label: 's', description: 'save the report as Markdown (hand-over)', inputs: ['s'], on: ['report'], footer: true },
  { action: 'save-json', label: 'j', description: 'save the report as JSON', inputs: ['j'], on: ['report'], footer: true },
  { action: 'retry', label: 'r', description: 'read the cluster again', inputs: ['r'], on: ['pods'] },
  { action: 'help', label: '?', description: 'help: all keys', inputs: ['?'], footer: true },
  { action: 'quit', label: 'q', description: 'quit (asks first when something we created is still there)', inputs: ['q'], footer: true },
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
