// The kubelet's restart back-off: 10 s doubling to a 5 min cap, reset after 10 min of running, and how its
// waiting message prints the delay (Go's time.Duration).
const BASE_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 300_000;
export const RESET_AFTER_MS = 600_000;
/** How long a crashed container shows Terminated before the kubelet's next sync turns it into CrashLoopBackOff. */
export const TERMINATED_VISIBLE_MS = 1000;

/** Go's time.Duration String() for whole seconds: 10s, 1m20s, 5m0s. */
export function goDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60}s`;
}

export const backoffFor = (step: number): number => Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, step), MAX_BACKOFF_MS);
