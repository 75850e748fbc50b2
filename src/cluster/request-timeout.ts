// How long any one command may wait on the cluster: `--request-timeout` (kubectl's flag and syntax), else
// KUBECTL_CRASHCOURSE_TIMEOUT_MS, else 30 s. One process-wide value, set once by the entry point, because
// every way to the cluster (reads, writes, credential plugins) must honour the same limit.
import { userError } from '../i18n/user-error.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** setTimeout cannot wait longer than 2^31-1 ms (it fires at once with a TimeoutOverflowWarning). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

let configured: number | undefined;

/** The flag's value for this run (undefined: not given). */
export function configureRequestTimeout(ms: number | undefined): void {
  configured = ms;
}

export function requestTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  if (configured !== undefined) return configured;
  const n = Number(env['KUBECTL_CRASHCOURSE_TIMEOUT_MS']);
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_TIMER_MS) : DEFAULT_TIMEOUT_MS;
}

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** kubectl's duration syntax: "30s", "1m30s", "500ms", or a bare number of seconds. */
export function parseDuration(text: string, flag = '--request-timeout'): number {
  const bare = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : undefined;
  let total = bare ?? 0;
  if (bare === undefined) {
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) throw userError('fail.duration.syntax', { flag, text }, 2);
    for (const p of parts) total += Number(p[1]) * UNITS[p[2]!]!;
  }
  if (!(total > 0)) throw userError('fail.duration.zero', { flag }, 2);
  if (total > MAX_TIMER_MS) throw userError('fail.duration.tooLong', { flag }, 2);
  return Math.round(total);
}

const waits = new Set<string>();

/** Marks the user whose credential plugin the command is waiting on, so a deadline can name it. Returns the unmark. */
export function waitingOn(what: string): () => void {
  waits.add(what);
  return () => void waits.delete(what);
}

/** The oldest thing still waited on, if any. */
export const currentWait = (): string | undefined => waits.values().next().value;

export const formatMs = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);
