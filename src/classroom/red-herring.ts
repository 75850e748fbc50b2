// Red-herring variants, so that pattern-matching the pod list does not score. Each is a pure transformation of a
// scenario (its objects and logs) that adds something alarming and irrelevant while the evidence of the real cause
// stays intact: the engine's verdict must not move (test/classroom/red-herring-verdicts.test.ts).
import type { CauseId } from '../contracts/causes.js';
import type { KubeObject, Pod } from '../k8s/index.js';

export const RED_HERRINGS = ['stale-event', 'noisy-sidecar', 'misleading-exit-code'] as const;
export type RedHerringKind = (typeof RED_HERRINGS)[number];

export const isRedHerringKind = (x: string): x is RedHerringKind => (RED_HERRINGS as readonly string[]).includes(x);

/** What a variant reads: the exercised pod, every object of its scenario, its logs, and the answer. */
export interface HerringInput {
  readonly pod: Pod;
  readonly objects: readonly KubeObject[];
  /** The cause the exit code makes people guess from the pod list, when that is not the answer. */
  readonly misleading: CauseId | null;
  readonly accepted: readonly CauseId[];
  readonly recordedAt: number;
  /** The text of a container's log of the exercised pod (previous: the last terminated run). */
  readonly log: (container: string, previous: boolean) => string | undefined;
}

export interface HerringLog {
  readonly container: string;
  readonly previous: boolean;
  readonly text: string;
}

/** Objects replaced (same kind, namespace and name), objects added, and logs of the exercised pod written whole. */
export interface HerringEdit {
  readonly replace: readonly KubeObject[];
  readonly add: readonly KubeObject[];
  readonly logs: readonly HerringLog[];
}

export interface RedHerring {
  readonly kind: RedHerringKind;
  /** Why this variant does not fit the scenario, or null when it does. */
  readonly unfit: (input: HerringInput) => string | null;
  readonly apply: (input: HerringInput) => HerringEdit;
}

export const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
