// The kubelet's crash-loop back-off, read from its waiting message ("back-off 40s restarting failed
// container=app pod=…"): the delay doubles from 10s up to 5m, so with the last finish time we can say when the
// next start is due.
import type { BackoffState } from '../contracts/diagnosis.js';
import type { ContainerView } from './context.js';
import { lastTermination, parseTime } from './container-facts.js';

/** A Go duration as the kubelet prints it ("40s", "5m0s", "1m20s", "1h0m0s", "500ms") in seconds. */
export function parseGoDuration(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s)/g;
  if (!/^(?:\d+(?:\.\d+)?(?:h|ms|m|s))+$/.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(re)) {
    const n = Number(m[1]);
    total += m[2] === 'h' ? n * 3600 : m[2] === 'm' ? n * 60 : m[2] === 's' ? n : n / 1000;
  }
  return total;
}

export function backoffState(v: ContainerView | undefined, collectedAt: number): BackoffState | null {
  const waiting = v?.status?.state?.waiting;
  const finished = parseTime(lastTermination(v)?.term.finishedAt);
  if (!waiting || waiting.reason !== 'CrashLoopBackOff') return null;
  const message = waiting.message;
  const raw = message ? /back-?off (\S+)/i.exec(message)?.[1] : undefined;
  const delay = raw ? parseGoDuration(raw) : undefined;
  const since = finished !== undefined ? Math.max(0, Math.floor((collectedAt - finished) / 1000)) : undefined;
  const next = finished !== undefined && delay !== undefined ? Math.max(0, Math.ceil((finished + delay * 1000 - collectedAt) / 1000)) : undefined;
  return {
    ...(message ? { message } : {}),
    ...(delay !== undefined ? { delaySeconds: delay } : {}),
    ...(since !== undefined ? { sinceLastFinishSeconds: since } : {}),
    ...(next !== undefined ? { nextStartInSeconds: next } : {}),
  };
}
