// What the list+watch loop needs from a cluster: pages of pods with the list's resourceVersion, and a watch
// stream from a resourceVersion. The live one is ./live-pod-source.ts; tests give the loop a fake.
import type { PodWatchEvent } from '../cluster/watch-pods.js';
import type { Pod } from '../k8s/index.js';

export interface PodPage {
  readonly items: readonly Pod[];
  readonly resourceVersion: string;
  readonly continue?: string;
}

export type WatchEvent = PodWatchEvent;

export interface PodSource {
  listPage(continueToken: string | undefined): Promise<PodPage>;
  /** Resolves when the server ends the stream (its timeout); rejects on a network or HTTP error (with .status). */
  watch(resourceVersion: string, onEvent: (e: WatchEvent) => void, signal: AbortSignal): Promise<void>;
}

/** The resourceVersion is too old (HTTP 410 or an ERROR event with code 410): only a fresh list helps. */
export const isGone = (err: unknown): boolean => typeof err === 'object' && err !== null && (err as { status?: unknown }).status === 410;
