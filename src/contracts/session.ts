// What the UI sees of a triage session (a snapshot) and what it may send (events). The session actor owns all I/O.
import type { Entrypoint } from '../image/index.js';
import type { MessageRef } from '../errors.js';
import type { Diagnosis } from './diagnosis.js';
import type { Evidence } from './evidence.js';
import type { Plan, PlanIntent, RunRecord } from './plan.js';

/** Evidence panels a flow step can ask for (the flow vocabulary). */
export const EVIDENCE_NAMES = [
  'pod-status', 'events', 'previous-logs', 'current-logs', 'init-logs', 'exit-code', 'probes', 'resources',
  'restart-timeline', 'node', 'references', 'owners', 'image', 'diagnosis', 'scheduling',
] as const;
export type EvidenceName = (typeof EVIDENCE_NAMES)[number];

export interface StepChoice { readonly id: string; readonly label: string }

export interface StepView {
  readonly flowId: string;
  readonly id: string;
  readonly title: string;
  /** The learner's explanation: what we look at, why, what healthy looks like. */
  readonly explain: string;
  readonly evidence: readonly EvidenceName[];
  /** Commands this step offers, built for this pod and context. */
  readonly plans: readonly Plan[];
  readonly choices: readonly StepChoice[];
  /** Set on terminal steps. */
  readonly result?: { readonly kind: 'cause'; readonly cause: string } | { readonly kind: 'hand-over' };
}

export interface CreatedResource {
  readonly kind: 'Pod';
  readonly namespace: string;
  readonly name: string;
  /** The command that removes it, as shown; cleanupIntent is what runs. */
  readonly cleanup: readonly string[];
  readonly cleanupIntent?: PlanIntent;
  readonly cleanedUp: boolean;
}

export interface SessionSnapshot {
  readonly phase: 'gathering' | 'walking' | 'running' | 'error' | 'done';
  readonly pod: string;
  readonly error?: string;
  /** The error's catalog key and values, when it is a user error: the UI says it in the reader's language. */
  readonly errorRef?: MessageRef;
  readonly evidence?: Evidence;
  readonly diagnosis?: Diagnosis;
  readonly step?: StepView;
  /** Steps visited, oldest first, ending with the current one. */
  readonly breadcrumb: readonly { readonly id: string; readonly title: string }[];
  readonly runs: readonly RunRecord[];
  readonly created: readonly CreatedResource[];
  /** The focus container's real process (spec, else the image config from its registry), once looked up. */
  readonly entrypoint?: Entrypoint;
  /** Said once about a change seen while reading (a restart), or a failed re-read; in English. */
  readonly notice?: string;
  /** The same notice as data, for the screen to word in the reader's language. */
  readonly noticeSaid?: FollowNotice;
  /** A plan waiting for the user's explicit yes (never Enter). */
  readonly pendingConfirmation?: Plan;
  /** For the override copy: its dry run (the diff against the original, the server's verdict), shown with the question. */
  readonly pendingPreview?: string;
}

/** What the follower saw: containers that restarted while the pod was read, or a re-read that failed (the error's
 * English message, and its catalog key when it has one). */
export type FollowNotice =
  | { readonly kind: 'restarted'; readonly restarts: readonly { readonly container: string; readonly from: number; readonly to: number }[] }
  | { readonly kind: 'reread-failed'; readonly error: string; readonly ref?: MessageRef };

export type SessionEvent =
  | { readonly type: 'NEXT' }
  | { readonly type: 'BACK' }
  | { readonly type: 'CHOOSE'; readonly choice: string }
  | { readonly type: 'RUN'; readonly plan: string }
  | { readonly type: 'CONFIRM'; readonly yes: boolean }
  | { readonly type: 'SKIP' }
  | { readonly type: 'QUIT' };

export interface Session {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void;
  send(event: SessionEvent): void;
  stop(): void;
}
