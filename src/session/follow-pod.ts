// Following the pod while someone reads it: the evidence is read again every few seconds (a re-list, not a
// watch: the read port has none), and a restart in between is put into words instead of leaving the screen
// silently stale. A failed read keeps the last evidence and says so; the next tick tries again.
import type { Evidence } from '../contracts/evidence.js';
import type { FollowNotice } from '../contracts/session.js';
import type { MessageRef } from '../errors.js';

/** Restart counts by container (init containers too). */
export function restartCounts(evidence: Evidence): ReadonlyMap<string, number> {
  const status = evidence.pod.status;
  const all = [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])];
  return new Map(all.map((s) => [s.name, s.restartCount ?? 0]));
}

/** The containers whose restart count went up between two reads; undefined when none did. */
export function restartsSeen(before: Evidence, after: Evidence): FollowNotice | undefined {
  const was = restartCounts(before);
  const restarts: { container: string; from: number; to: number }[] = [];
  for (const [container, to] of restartCounts(after)) {
    const from = was.get(container);
    if (from !== undefined && to > from) restarts.push({ container, from, to });
  }
  return restarts.length > 0 ? { kind: 'restarted', restarts } : undefined;
}

/** A notice in English, as logs and tests read it ("app restarted while you read (7 → 8): …"). */
export function noticeText(n: FollowNotice): string {
  if (n.kind === 'reread-failed') return `could not read the pod again (${n.error}); showing what was read before`;
  return `${n.restarts.map((r) => `${r.container} restarted while you read (${r.from} → ${r.to})`).join('; ')}: the evidence is read again`;
}

/** "app restarted while you read (7 → 8)", for every container whose count went up; undefined when none did. */
export function restartNotice(before: Evidence, after: Evidence): string | undefined {
  const seen = restartsSeen(before, after);
  return seen ? noticeText(seen) : undefined;
}

/** A failed re-read, with the error's catalog key when it has one. */
export function rereadFailed(err: unknown): FollowNotice {
  const ref = err instanceof Error ? (err as Error & { ref?: MessageRef }).ref : undefined;
  return { kind: 'reread-failed', error: err instanceof Error ? err.message : String(err), ...(ref ? { ref } : {}) };
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
