// A one-line text field driven by raw keys (filter, search, typed confirmation): printable input appends,
// Backspace deletes; the caller decides what Enter and Esc mean. `current()` reads the text typed so far even
// when several keys arrive before the next render.
import type { Key } from 'ink';
import { useLatestState } from './use-latest-state.js';

export interface TextEntry {
  readonly value: string;
  current(): string;
  /** Applies a key; returns true when it changed the text (so the caller stops there). */
  edit(input: string, key: Key): boolean;
  set(value: string): void;
}

export function useTextEntry(initial = ''): TextEntry {
  const [value, get, set] = useLatestState(initial);
  return {
    value,
    current: get,
    set,
    edit(input, key) {
      if (key.backspace || key.delete) {
        set((v) => v.slice(0, -1));
        return true;
      }
      if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.upArrow || key.downArrow) return false;
      // Only printable text: pasted control bytes must not land in a filter that is echoed on screen.
      const printable = input.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
      if (!printable) return false;
      set((v) => (v + printable).slice(0, 200));
      return true;
    },
  };
}
