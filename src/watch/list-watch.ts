// List, then watch from the list's resourceVersion; resume from the last version seen when a stream ends or
// breaks, and list again only when the server says that version is gone (410) or a resume keeps failing.
// A re-list reports every pod again and names the ones that vanished meanwhile, so nothing is lost.
import type { Pod } from '../k8s/index.js';
import { isGone, type PodSource } from './pod-source.js';
import { abortableSleep } from './abortable-sleep.js';

export interface ListWatchHandlers {
  pod(pod: Pod): void;
  deleted(pod: Pod): void;
  /** After a (re-)list: every pod key (ns/name) that exists now; anything else the watcher holds is gone. */
  synced(present: ReadonlySet<string>): void;
  error(operation: 'list' | 'watch', err: unknown): void;
}

export interface ListWatchOptions {
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Consecutive failed resumes before we stop trusting the resourceVersion and list again. */
  readonly resumesBeforeRelist?: number;
}

const key = (p: Pod): string => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;

export async function listWatch(source: PodSource, on: ListWatchHandlers, signal: AbortSignal, options: ListWatchOptions = {}): Promise<void> {
  const minBackoff = options.minBackoffMs ?? 250;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const resumes = options.resumesBeforeRelist ?? 3;
  let backoff = minBackoff;
  let rv: string | undefined;
  let failedResumes = 0;
  const pause = async (): Promise<void> => {
    await abortableSleep(backoff, signal);
    backoff = Math.min(maxBackoff, backoff * 2);
  };

  while (!signal.aborted) {
    if (rv === undefined) {
      try {
        rv = await relist(source, on, signal);
        backoff = minBackoff;
        failedResumes = 0;
      } catch (err) {
        if (signal.aborted) return;
        on.error('list', err);
        await pause();
        continue;
      }
    }
    if (signal.aborted) return;
    const stream = new AbortController();
    const stop = (): void => stream.abort();
    signal.addEventListener('abort', stop);
    let gone = false;
    let failed = false;
    let progressed = false;
    try {
      await source.watch(rv, (e) => {
        if (gone) return;
        if (e.type === 'ERROR') {
          // A 410 inside the stream: the version we resumed from was compacted away.
          if (e.object.code === 410) gone = true;
          else {
            failed = true;
            on.error('watch', Object.assign(new Error(e.object.message ?? 'watch error'), { status: e.object.code }));
          }
          stream.abort();
          return;
        }
        const next = e.object.metadata.resourceVersion;
        if (next) rv = next;
        progressed = true;
        if (e.type === 'BOOKMARK') return;
        if (e.type === 'DELETED') on.deleted(e.object);
        else on.pod(e.object);
      }, stream.signal);
      if (failed) await pause();
      else if (!gone && progressed) {
        backoff = minBackoff;
        failedResumes = 0;
      } else if (!gone) {
        // An empty stream that ended at once must not become a busy loop of reconnects.
        await abortableSleep(minBackoff, signal);
      }
    } catch (err) {
      if (signal.aborted) return;
      if (isGone(err)) gone = true;
      else {
        on.error('watch', err);
        failedResumes = progressed ? 1 : failedResumes + 1;
        if (failedResumes >= resumes) rv = undefined;
        await pause();
      }
    } finally {
      signal.removeEventListener('abort', stop);
    }
    if (gone) rv = undefined;
  }
}

async function relist(source: PodSource, on: ListWatchHandlers, signal: AbortSignal): Promise<string> {
  const present = new Set<string>();
  let token: string | undefined;
  let rv = '';
  do {
    const page = await source.listPage(token);
    if (signal.aborted) return rv;
    // Pages after the first carry the same snapshot; its version is the first page's.
    if (rv === '') rv = page.resourceVersion;
    for (const pod of page.items) {
      present.add(key(pod));
      on.pod(pod);
    }
    token = page.continue;
  } while (token);
  on.synced(present);
  return rv;
}
