// Following the pod while someone reads it: the evidence is read again every few seconds (a re-list, not a
// watch: the read port has none), and a restart in between is put into words instead of leaving the screen
// silently stale. A failed read keeps the last evidence and says so; the next tick tries again.
import type { Evidence } from '../contracts/evidence.js';
import type { MessageRef } from '../errors.js';

/** Restart counts by container (init containers too). */
export function restartCounts(evidence: Evidence): ReadonlyMap<string, number> {
  const status = evidence.pod.status;
  const all = [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])];
  return new Map(all.map((s) => [s.name, s.restartCount ?? 0]));
}

/** "app restarted while you read (7 → 8)", for every container whose count went up; undefined when none did. */
export function restartNotice(before: Evidence, after: Evidence): string | undefined {
  const was = restartCounts(before);
  const parts: string[] = [];
  for (const [name, now] of restartCounts(after)) {
    const then = was.get(name);
    if (then !== undefined && now > then) parts.push(`${name} restarted while you read (${then} → ${now})`);
  }
  return parts.length > 0 ? `${parts.join('; ')}: the evidence is read again` : undefined;
}

export interface Follower {
  stop(): void;
}

/** Calls `read` every `everyMs` (never two at once); the timer does not keep the process alive. */
export function followEvery(everyMs: number, read: () => Promise<void>): Follower {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    read().finally(() => {
      busy = false;
    });
  }, everyMs);
  timer.unref?.();
  return { stop: () => clearInterval(timer) };
}

/** The same notice as a catalog message (`notice.restarted`) when one container restarted; several keep the English. */
export function restartNoticeRef(before: Evidence, after: Evidence): MessageRef | undefined {
  const was = restartCounts(before);
  const up = [...restartCounts(after)].filter(([name, now]) => (was.get(name) ?? now) < now);
  if (up.length !== 1) return undefined;
  const [name, now] = up[0]!;
  return { key: 'notice.restarted', values: { name, from: was.get(name)!, to: now } };
}
