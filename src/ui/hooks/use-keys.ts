// Keys → actions through the keymap. Raw mode only when stdin supports it: Ink 6.8 reports
// `isRawModeSupported` as undefined (not false) on a pipe, and useInput would then throw.
import { useInput, useStdin, type Key } from 'ink';
import { resolveKey, type Action, type KeyPress, type ScreenId } from '../keymap.js';

export type KeyHandler = (action: Action | undefined, press: KeyPress, key: Key) => void;

export function useKeys(screen: ScreenId, handler: KeyHandler, active = true): void {
  const { isRawModeSupported } = useStdin();
  useInput(
    (input, key) => {
      const press: KeyPress = { input, key };
      handler(resolveKey(screen, press), press, key);
    },
    { isActive: active && isRawModeSupported === true },
  );
}
