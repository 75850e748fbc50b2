// Container output is untrusted: it may carry terminal escape sequences (CSI, OSC, DCS, C1 controls), BEL,
// or invalid UTF-8 that would rewrite the user's screen. Everything shown passes through here first.

declare const sanitisedBrand: unique symbol;
/** Text that is safe to print to a terminal. Only `sanitize` makes one. */
export type SafeText = string & { readonly [sanitisedBrand]: true };

// ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL|ST), DCS/SOS/PM/APC (ESC P|X|^|_ … ST),
// and two-character escapes. C1 equivalents (0x9B CSI, 0x9D OSC, 0x90 DCS …) are handled the same way.
const ESCAPES =
  /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?|(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|(?:\u001B[PX^_]|[\u0090\u0098\u009E\u009F])[^\u001B\u009C]*(?:\u001B\\|\u009C)?|\u001B[ -/]*[0-~]?/g;
// C0 controls except TAB and LF, DEL and the remaining C1 block. CR is dropped too: it can hide text.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidi overrides can make text read differently from what it is (trojan source).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

export function sanitize(input: string | Buffer): SafeText {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
  return text.replace(/\r\n/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '').replace(BIDI, '') as SafeText;
}

/** For text we wrote ourselves (no container output in it). */
export const trusted = (text: string): SafeText => text as SafeText;
