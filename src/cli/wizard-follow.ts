// Following pods while the wizard shows them: a list, then a Kubernetes watch from its resourceVersion, resumed
// when the server ends it, listed again on 410 and reconnected with back-off (src/watch/list-watch.ts). A change
// of a followed pod calls `read` (a burst of changes is one call, never two at once). A slow tick reads again
// anyway, so AGE moves on a quiet cluster; when the watch is refused (403) or the reader cannot watch, that
// re-read is all there is.
import { ClusterError } from '../contracts/cluster-errors.js';
import type { ClusterReader } from '../contracts/read-port.js';
import type { PodWatchSelection } from '../cluster/watch-pods.js';
import type { Pod } from '../k8s/index.js';
import type { Follower } from '../session/follow-pod.js';
import { listWatch } from '../watch/list-watch.js';
import type { PodSource } from '../watch/pod-source.js';
import { ENGLISH, type Translate } from '../i18n/index.js';

export interface FollowOptions {
  /** Read again this often even with a watch (AGE, back-off countdowns). */
  readonly everyMs: number;
  /** Without a watch (refused, or a reader that cannot watch): read again this often. */
  readonly fallbackMs: number;
  /** Changes closer together than this make one read. */
  readonly settleMs?: number;
  /** The watch is refused or failing: said on screen, with why. */
  readonly onTrouble?: (message: string) => void;
  /** Back-off of the reconnects (tests shorten it). */
  readonly minBackoffMs?: number;
  /** Words the notices in the reader's language (default English). */
  readonly t?: Translate;
}

const key = (p: Pod): string => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;

export function followPods(reader: ClusterReader, selection: PodWatchSelection, read: () => Promise<void>, options: FollowOptions): Follower {
  let stopped = false;
  const watching = new AbortController();
  let running = false;
  let again = false;
  let settle: NodeJS.Timeout | undefined;
  let tick: NodeJS.Timeout | undefined;

  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    read()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const changed = (): void => {
    if (settle || stopped) return;
    settle = setTimeout(() => {
      settle = undefined;
      run();
    }, options.settleMs ?? 200);
  };
  const every = (ms: number): void => {
    if (tick) clearInterval(tick);
    tick = setInterval(run, ms);
    tick.unref?.();
  };
  const t = options.t ?? ENGLISH;
  const fallBack = (why: string): void => {
    if (stopped || watching.signal.aborted) return;
    watching.abort();
    options.onTrouble?.(t('screen.follow.fallBack', { why, seconds: Math.round(options.fallbackMs / 1000) }));
    every(options.fallbackMs);
  };

  const watch = reader.watchPods?.bind(reader);
  if (!watch) {
    every(options.fallbackMs);
    return {
      stop: () => {
        stopped = true;
        clearInterval(tick);
      },
    };
  }
  every(options.everyMs);
  const source: PodSource = {
    async listPage(token) {
      const page = await reader.listPods(selection.namespace, {
        limit: 500,
        ...(selection.labelSelector ? { labelSelector: selection.labelSelector } : {}),
        ...(selection.fieldSelector ? { fieldSelector: selection.fieldSelector } : {}),
        ...(token ? { continue: token } : {}),
      });
      return { items: page.items, resourceVersion: page.metadata?.resourceVersion ?? '', ...(page.metadata?.continue ? { continue: page.metadata.continue } : {}) };
    },
    watch: (rv, onEvent, signal) => watch(selection, rv, onEvent, signal),
  };
  // Versions seen: the first list sets them; after it, a pod with a new version (a watch event, or a re-list
  // after 410) is a change.
  const versions = new Map<string, string | undefined>();
  let synced = false;
  void listWatch(
    source,
    {
      pod: (pod) => {
        const was = versions.get(key(pod));
        versions.set(key(pod), pod.metadata.resourceVersion);
        if (synced && (was === undefined || was !== pod.metadata.resourceVersion)) changed();
      },
      deleted: (pod) => {
        versions.delete(key(pod));
        changed();
      },
      synced: (present) => {
        let gone = false;
        for (const k of [...versions.keys()]) if (!present.has(k)) gone = versions.delete(k);
        if (synced && gone) changed();
        synced = true;
      },
      error: (operation, err) => {
        if (err instanceof ClusterError && (err.kind === 'forbidden' || err.kind === 'unauthorized')) fallBack(t('screen.follow.notAllowed', { operation, detail: err.message }));
        else options.onTrouble?.(t('screen.follow.failed', { operation, detail: err instanceof Error ? err.message : String(err) }));
      },
    },
    watching.signal,
    { ...(options.minBackoffMs !== undefined ? { minBackoffMs: options.minBackoffMs } : {}) },
  );
  return {
    stop: () => {
      stopped = true;
      watching.abort();
      clearTimeout(settle);
      clearInterval(tick);
    },
  };
}
