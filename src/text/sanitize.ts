// Container output, API answers, scenario files and kubeconfigs are untrusted: they may carry terminal escape
// sequences (CSI, OSC, DCS, C1 controls), BEL, bidi overrides or invalid UTF-8 that would rewrite the user's
// screen, set the clipboard or make text read differently. Everything shown passes through here first.

declare const sanitisedBrand: unique symbol;
/** Text that is safe to print to a terminal. Only `sanitize` makes one. */
export type SafeText = string & { readonly [sanitisedBrand]: true };

// ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL|ST), DCS/SOS/PM/APC (ESC P|X|^|_ … ST),
// and two-character escapes. C1 equivalents (0x9B CSI, 0x9D OSC, 0x90 DCS …) are handled the same way.
// A string sequence never runs past a newline: an unterminated `ESC]8;;http://x` would otherwise swallow every
// following log line, and with it the evidence the diagnosis needs.
const ESCAPES =
  /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?|(?:\u001B\]|\u009D)[^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\|\u009C)?|(?:\u001B[PX^_]|[\u0090\u0098\u009E\u009F])[^\u001B\u009C\n]*(?:\u001B\\|\u009C)?|\u001B[ -/]*[0-~]?/g;
// C0 controls except TAB and LF, DEL and the remaining C1 block. CR is dropped too: it can hide text.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidi overrides can make text read differently from what it is (trojan source).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** Any character the sanitiser removes; for tests and assertions over output. */
export const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export function sanitize(input: string | Buffer): SafeText {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
  return text.replace(/\r\n/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '').replace(BIDI, '') as SafeText;
}

/** One value on one line (a name, a reason, an error message): newlines and tabs fold to single spaces. */
export function sanitizeLine(input: string): SafeText {
  return sanitize(input).replace(/\s*\n\s*/g, ' ').replace(/\t/g, ' ').trim() as SafeText;
}

/**
 * Every string (and key) of a parsed JSON/YAML value, sanitised: applied where an API answer or a scenario
 * object enters, so status reasons, messages and names reach every screen and report already clean.
 */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitize(value) as T;
  if (Array.isArray(value)) return value.map((v) => sanitizeDeep(v)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    const out: Record<string, unknown> = {};
    // defineProperty, not assignment: a "__proto__" key from JSON.parse must stay data, not become a prototype.
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, sanitize(k), { value: sanitizeDeep(v), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

/** For text we wrote ourselves (no container output in it). */
export const trusted = (text: string): SafeText => text as SafeText;
