// A log signature: one phrase a program prints when it fails, the finding it is evidence of, a real line it was
// seen in and a line it must not match. Case sensitivity is part of the phrase: an `i` flag is a decision
// (errno codes and exception class names are matched as printed; English prose is not).
import type { FindingId } from '../../contracts/finding-ids.js';

export type LogFindingId = Extract<FindingId,
  'exec-format' | 'command-not-found' | 'log-bad-config' | 'log-dns' | 'log-connection-refused' | 'log-timeout' | 'log-read-only-fs'
  | 'log-address-in-use' | 'log-permission-denied' | 'log-out-of-memory' | 'segfault' | 'log-not-found' | 'log-panic' | 'log-error'>;

export interface SignatureExample {
  /** The line as the program printed it. */
  readonly line: string;
  /** The line just above it, when the signature reads it (`before`). */
  readonly before?: string;
  /** Where the line was seen: a public report, a scenario, or the runtime whose message format it is. */
  readonly source: string;
  /** Lines around it (any order), when the signature reads them (`near`). */
  readonly near?: readonly string[];
}

/** Lines around the match that must name something, e.g. a traceback frame that loads a configuration file. */
export interface NearContext {
  readonly re: RegExp;
  /** How many non-empty lines above, and below, are read. */
  readonly above: number;
  readonly below: number;
}

export interface Signature {
  /** `<family>.<phrase>`, e.g. `node.econnrefused`; named in the finding's evidence. */
  readonly id: string;
  readonly finding: LogFindingId;
  readonly re: RegExp;
  /** When set, the nearest non-empty line above must match too (a traceback's quoted source line). */
  readonly before?: RegExp;
  /** When set, one of the lines around the match must match too (a JSON parse error read from a config file). */
  readonly near?: NearContext;
  /** Overrides the finding's label or specificity (an environment variable missing, a TLS rejection). */
  readonly label?: string;
  readonly specificity?: number;
  readonly examples: readonly SignatureExample[];
  readonly counters: readonly string[];
}

export const familyOf = (s: Signature): string => s.id.slice(0, s.id.indexOf('.'));

/**
 * Whether the signature matches `line` (with `above`, the nearest non-empty line before it, and `near`, the
 * non-empty lines its `near` context reads).
 */
export const matches = (s: Signature, line: string, above = '', near: readonly string[] = []): boolean =>
  s.re.test(line) && (!s.before || s.before.test(above)) && (!s.near || near.some((l) => s.near!.re.test(l)));
