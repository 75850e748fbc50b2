// Keys → actions through the keymap, from ONE input listener for the whole app. Handlers are (re)registered in
// layout effects, which run in the same commit as the frame: a key that arrives right after a screen changed
// reaches the new screen's handler with its current state, never a stale one (Ink's useInput registers in a
// passive effect, which leaves a window). Raw mode only when stdin supports it: Ink 6.8 reports
// `isRawModeSupported` as undefined (not false) on a pipe, and useInput would then throw.
import { useInput, useStdin, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { resolveKey, type Action, type KeyPress, type ScreenId } from '../keymap.js';

export type KeyHandler = (action: Action | undefined, press: KeyPress, key: Key) => void;
type Listener = { current: ((input: string, key: Key) => void) | undefined };

const Registry = createContext<Set<Listener> | null>(null);

export function KeyDispatchProvider({ paused = false, children }: { readonly paused?: boolean; readonly children: ReactNode }) {
  const listeners = useRef(new Set<Listener>()).current;
  const queue = useRef<{ input: string; key: Key }[]>([]).current;
  const draining = useRef(false);
  const { isRawModeSupported, internal_eventEmitter: emitter } = useStdin();
  // Ink parses a burst of Escapes ("\u001B\u001B", two quick presses) as ONE escape key; the raw chunk, seen
  // first by this listener (registered before useInput's), tells how many were pressed, so each is one back.
  const lastChunk = useRef('');
  useLayoutEffect(() => {
    if (!emitter) return;
    const record = (chunk: string) => {
      lastChunk.current = chunk;
    };
    emitter.prependListener('input', record);
    return () => {
      emitter.removeListener('input', record);
    };
  }, [emitter]);
  // A paste or a held key arrives as a burst of keypresses in one tick. One key per macrotask lets React commit
  // what the previous key did first, so "Enter Enter" opens a pod and then continues on its first step, instead
  // of opening the pod twice.
  const drain = () => {
    const next = queue.shift();
    if (!next) {
      draining.current = false;
      return;
    }
    for (const l of [...listeners]) l.current?.(next.input, next.key);
    setImmediate(drain);
  };
  useInput(
    (input, key) => {
      // Ink hands over a burst ("\r\r\r" from a held key, "storefront\r" typed fast or pasted) as one input:
      // split it into its text and its Enters, so each Enter acts as a key.
      const escapes = /^\u001B+$/.test(lastChunk.current) ? lastChunk.current.length : 0;
      if (key.escape && escapes > 1) {
        for (let i = 0; i < escapes; i++) queue.push({ input, key });
      } else if (input.length > 1 && input.includes('\r')) {
        for (const part of input.split(/(\r)/)) {
          if (part === '\r') queue.push({ input: '\r', key: { ...key, return: true } });
          else if (part !== '') queue.push({ input: part, key: { ...key, return: false } });
        }
      } else queue.push({ input, key });
      if (!draining.current) {
        draining.current = true;
        drain();
      }
    },
    { isActive: isRawModeSupported === true && !paused },
  );
  return <Registry.Provider value={listeners}>{children}</Registry.Provider>;
}

export function useKeys(screen: ScreenId, handler: KeyHandler, active = true): void {
  const registry = useContext(Registry);
  const { isRawModeSupported } = useStdin();
  const listener = useRef<Listener>({ current: undefined }).current;
  const dispatch = (input: string, key: Key) => {
    const press: KeyPress = { input, key };
    handler(resolveKey(screen, press), press, key);
  };
  useLayoutEffect(() => {
    listener.current = active ? dispatch : undefined;
  });
  useLayoutEffect(() => {
    if (!registry) return;
    registry.add(listener);
    return () => {
      registry.delete(listener);
    };
  }, [registry, listener]);
  // Without the provider (a screen rendered on its own), listen directly.
  useInput((input, key) => listener.current?.(input, key), { isActive: !registry && active && isRawModeSupported === true });
}
