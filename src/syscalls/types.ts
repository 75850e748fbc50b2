// What the syscall parser produces: one record per completed system call, plus how each process ended.
import type { CauseId } from '../contracts/causes.js';
import type { Message } from '../contracts/diagnosis.js';

export interface SyscallRecord {
  readonly kind: 'call';
  readonly pid: number;
  /** 1-based line in the trace where the call (or its resumption) ended. */
  readonly line: number;
  readonly name: string;
  /** The raw argument text between the outer parentheses, as strace printed it. */
  readonly args: string;
  /** The return value as printed: "-1", "3", "?", "0x7f…". */
  readonly result: string;
  /** e.g. "ENOENT"; absent on success. */
  readonly errno?: string;
  /** The whole line as strace wrote it (for an unfinished call, the two halves joined). */
  readonly text: string;
}

export interface ProcessEnd {
  readonly kind: 'exit' | 'killed' | 'signal';
  readonly pid: number;
  readonly line: number;
  /** Exit status for "exit"; the signal name for "killed" and "signal". */
  readonly value: string;
  readonly text: string;
}

export type TraceEvent = SyscallRecord | ProcessEnd;

export type SyscallFindingKind =
  | 'file-missing' | 'file-denied' | 'read-only-fs' | 'connect-refused' | 'connect-timeout'
  | 'dns-failure' | 'exec-failed' | 'port-in-use' | 'killed-by-signal' | 'exited';

export interface SyscallFinding {
  readonly kind: SyscallFindingKind;
  readonly cause?: CauseId;
  /** One sentence that only says what the quoted line shows, in English (JSON, logs, library callers). */
  readonly summary: string;
  /** The same sentence as a catalog message (catalogs/syscalls) with the trace's values, for any language. */
  readonly say: Message;
  /** The trace line, verbatim (callers sanitise before display). */
  readonly quote: string;
  readonly line: number;
  readonly pid: number;
  readonly facts: Readonly<Record<string, string | number>>;
}

/** A captured trace attached to the evidence of one container. */
export interface TraceExcerpt {
  readonly container: string;
  /** Where it came from, e.g. "strace -f in the override copy". */
  readonly origin: string;
  /** `origin` as a message, for readers in other languages; absent when a caller named it only in English. */
  readonly originSay?: Message;
  readonly text: string;
  readonly truncated: boolean;
}
