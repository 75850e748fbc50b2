// The exercise as plain data: the case the trainee investigates (built once from the evidence, with the answer
// inside it but never shown before they commit), and the state of their attempt. Text is not stored here:
// questions and hints are message keys with values, so the screens can say them in any language.
import type { CauseId } from '../contracts/causes.js';
import type { EvidenceName } from '../contracts/session.js';

/** A quoted line of evidence the trainee can point at. */
export interface Quote {
  readonly id: string;
  /** status, event, log, spec, node, cluster. */
  readonly source: string;
  readonly text: string;
}

/** A message the screen translates: a catalog key and its values. */
export interface Message {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface Prediction {
  readonly question: Message;
  readonly options: readonly { readonly id: string; readonly label: Message }[];
  readonly answer: string;
}

export interface ExerciseStep {
  readonly id: string;
  readonly title: string;
  readonly explain: string;
  readonly evidence: readonly EvidenceName[];
  /** Quotes this step reveals once the trainee has predicted. */
  readonly reveals: readonly string[];
  readonly prediction?: Prediction;
  /** Where the trainee may go next: other steps, each with its title; a terminal step ends the walk. */
  readonly exits: readonly { readonly step: string; readonly title: string; readonly terminal: boolean }[];
}

export type HintLevel = 1 | 2 | 3;

export interface ExerciseCase {
  readonly scenario: string;
  readonly title: string;
  readonly namespace: string;
  readonly pod: string;
  /** The answer: the scenario's cause, plus causes that also count as right. */
  readonly expected: CauseId;
  readonly accepted: readonly CauseId[];
  readonly teaches: string;
  /** What the pod list suggests at a glance when that is not the cause (the exit code's usual reading). */
  readonly misleading: CauseId | null;
  readonly quotes: readonly Quote[];
  readonly candidates: readonly CauseId[];
  /** Quotes that back the real cause; any of them also rules out a wrong candidate. */
  readonly support: readonly string[];
  /** Quotes that rule out a particular wrong candidate (e.g. a status reason that is not OOMKilled). */
  readonly refutes: Readonly<Partial<Record<CauseId, readonly string[]>>>;
  readonly start: string;
  readonly steps: Readonly<Record<string, ExerciseStep>>;
  /** The fewest steps from the flow's start to the step that names the cause. */
  readonly shortestPath: readonly string[];
  /** The hint ladder: point at the signal, then the command, then the answer. */
  readonly hints: readonly [Message, Message, Message];
}

export interface Claim {
  readonly cause: CauseId;
  readonly stance: 'backed' | 'ruled-out';
  readonly quote: string;
  /** Whether the quote really supports the claim (judged at once, shown only in the debrief). */
  readonly valid: boolean;
}

export type Phase = 'investigate' | 'board' | 'fix' | 'debrief';

export interface ExerciseState {
  readonly phase: Phase;
  readonly startedAt: number;
  readonly finishedAt?: number;
  readonly step: string;
  readonly path: readonly string[];
  /** Per step: the option the trainee predicted (present = evidence revealed). */
  readonly predictions: Readonly<Record<string, { readonly chosen: string; readonly right: boolean }>>;
  readonly revealed: readonly string[];
  readonly claims: readonly Claim[];
  readonly hintLevel: 0 | HintLevel;
  readonly named?: CauseId;
  readonly verification?: { readonly passed: boolean; readonly reason: string; readonly detail: string; readonly at: number; readonly attempts: number };
}
