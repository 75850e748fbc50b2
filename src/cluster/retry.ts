// Temporary refusals of a read (429 Too Many Requests, 5xx) are retried with back-off, as client-go does,
// honouring Retry-After, but never past the deadline: a wait that would end after it is not started.
import { ClusterError } from '../contracts/cluster-errors.js';

const MAX_ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 250;
// 501 Not Implemented will not change on a retry.
const RETRYABLE = (status: number | undefined): boolean => status === 429 || (status !== undefined && status >= 500 && status !== 501);

export interface RetryOptions {
  readonly deadlineAt: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export async function withRetry<T>(read: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      if (!(err instanceof ClusterError) || !RETRYABLE(err.status) || attempt >= MAX_ATTEMPTS) throw err;
      const wait = err.retryAfterMs ?? FIRST_BACKOFF_MS * 2 ** (attempt - 1);
      if (Date.now() + wait >= options.deadlineAt) throw err;
      await sleep(wait);
    }
  }
}

/** Retry-After in seconds (the API server's form) or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
