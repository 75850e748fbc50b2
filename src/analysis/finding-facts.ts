// The facts each finding carries, typed per finding id: a finding is built with `finding(...)`, which checks
// its facts against this map at compile time, and read with `factOf(...)`, which returns the typed value.
// `Finding` (./types.ts) is the union of one shape per id: narrow by id (`isFindingOf`, `findingOf`) to read facts.
import type { FindingId } from '../contracts/finding-ids.js';
import { isFindingOf, type Finding, type FindingOf } from '../contracts/diagnosis.js';

export interface LogLineFacts {
  /** The matched line (clipped), its weight, which run it came from and where in it. */
  readonly line: string;
  readonly specificity: number;
  readonly run: string;
  readonly index?: number;
  /** The catalogue phrase that matched (src/analysis/signatures). */
  readonly phrase?: string;
}

export interface FindingFacts {
  'exit-code': { readonly code: number; readonly kind: string; readonly meaning: string; readonly reason: string; readonly signal?: string };
  'killed-by-signal': { readonly signal?: string; readonly code?: number; readonly evicted?: boolean };
  'memory-limit-tight': { readonly limitBytes: number; readonly usedBytes?: number; readonly heapBytes?: number; readonly suggestedLimit: string; readonly suggestedXmx?: string };
  'probe-kill': { readonly probe: string; readonly count: number };
  'probe-failing': { readonly probe: string; readonly count: number; readonly message: string };
  'probe-too-early': { readonly budgetSeconds: number; readonly livedSeconds?: number; readonly startupProbe: boolean };
  'hook-failed': { readonly hook: string };
  'mount-failed': { readonly mountPath: string; readonly subPath: string; readonly source: string };
  'pvc-pending': { readonly kind: string; readonly name: string };
  'missing-reference': { readonly kind: string; readonly name: string; readonly usedBy?: string; readonly key?: string };
  'dependency-order': { readonly service: string; readonly createdAt?: string; readonly containerStartedAt?: string; readonly restartFixes?: boolean; readonly serviceExistedAtStart?: boolean; readonly specificity?: number };
  'command-overridden': { readonly command: string; readonly args: string };
  'arch-mismatch': { readonly imageArch: string; readonly nodeArch: string };
  'run-as-non-root': { readonly runAsUser?: number; readonly fsGroup: number };
  'duplicate-port': { readonly port: string; readonly containers: string };
  'node-restarted': { readonly reason: string; readonly bootID?: string };
  'pod-disrupted': { readonly by: string };
  'log-error': Partial<LogLineFacts> & { readonly specificity: number; readonly tail?: boolean };
  'log-panic': LogLineFacts; 'log-bad-config': LogLineFacts; 'log-dns': Partial<LogLineFacts> & { readonly service?: string; readonly serviceExistedAtStart?: boolean }; 'log-connection-refused': LogLineFacts;
  'log-timeout': LogLineFacts; 'log-read-only-fs': LogLineFacts; 'log-address-in-use': LogLineFacts; 'log-permission-denied': LogLineFacts;
  'log-out-of-memory': LogLineFacts; 'log-not-found': LogLineFacts; 'command-not-found': LogLineFacts; 'exec-format': LogLineFacts; segfault: LogLineFacts;
  /** The decisive system call of a strace capture: its kind and what src/syscalls read from it (errno, path, address…). */
  'syscall-failure': Readonly<Record<string, string | number | boolean>>;
}

/** The facts a finding of this id carries (none for the ids not listed above). */
export type FactsOf<K extends FindingId> = K extends keyof FindingFacts ? FindingFacts[K] : Readonly<Record<string, never>>;

/** A finding whose facts are checked against its id. */
export type TypedFinding<K extends FindingId> = FindingOf<K>;

/** Builds a finding, checking its facts against its id at compile time. */
export const finding = <K extends FindingId>(f: FindingOf<K>): Finding => f as unknown as Finding;

/** The findings that quote one log line (the log families, commands, exec format, segfaults). */
const LOG_LINE_IDS = ['log-error', 'log-panic', 'log-bad-config', 'log-dns', 'log-connection-refused', 'log-timeout', 'log-read-only-fs', 'log-address-in-use',
  'log-permission-denied', 'log-out-of-memory', 'log-not-found', 'command-not-found', 'exec-format', 'segfault'] as const satisfies readonly (keyof FindingFacts)[];

export type LogLineFinding = Extract<Finding, { readonly id: (typeof LOG_LINE_IDS)[number] }>;

/** How specific a finding's cause is, when it competes with log lines (a Service created late is very specific). */
export function specificityOf(f: Finding): number {
  if (isFindingOf(f, 'dependency-order')) return f.facts?.specificity ?? 0;
  return lineOf(f)?.specificity ?? 0;
}

/** The facts of the log line a finding quotes (which run, where in it, the line, its weight), if it quotes one. */
export function lineOf(f: Finding): Partial<LogLineFacts> | undefined {
  return LOG_LINE_IDS.some((id) => isFindingOf(f, id)) ? (f as LogLineFinding).facts : undefined;
}

/** The typed value of one fact of the first finding with that id which has it. */
export function factOf<K extends keyof FindingFacts, P extends keyof FindingFacts[K]>(findings: readonly Finding[], id: K, key: P): FindingFacts[K][P] | undefined {
  for (const f of findings) {
    if (f.id !== id) continue;
    const v = ((f as FindingOf<K>).facts as FindingFacts[K] | undefined)?.[key];
    if (v !== undefined) return v;
  }
  return undefined;
}
