// A flow as loaded from flows/*.yaml: plain data, every name already checked against its vocabulary.
import type { CauseId } from '../contracts/causes.js';
import type { Confidence, Diagnosis } from '../contracts/diagnosis.js';
import type { FindingId } from '../contracts/finding-ids.js';
import type { PlanId } from '../plans/step-plans.js';
import type { EvidenceName } from '../contracts/session.js';

/** A named condition over the diagnosis (the guard vocabulary of flows/README.md). */
export type Guard =
  | { readonly kind: 'cause'; readonly cause: CauseId }
  | { readonly kind: 'causeIn'; readonly causes: readonly CauseId[] }
  | { readonly kind: 'finding'; readonly finding: FindingId }
  | { readonly kind: 'exitCodeIn'; readonly codes: readonly number[] }
  | { readonly kind: 'confidenceAtLeast'; readonly confidence: Confidence }
  | { readonly kind: 'podStatusIn'; readonly statuses: readonly string[] }
  | { readonly kind: 'hasInitFailure' }
  | { readonly kind: 'not'; readonly guard: Guard }
  | { readonly kind: 'all'; readonly guards: readonly Guard[] }
  | { readonly kind: 'any'; readonly guards: readonly Guard[] };

export interface Transition {
  /** Absent on the default (last) transition. */
  readonly when?: Guard;
  readonly goto: string;
  readonly line: number;
}

export interface FlowChoice {
  readonly id: string;
  readonly label: string;
  readonly goto: string;
  readonly line: number;
}

export type StepResult = { readonly kind: 'cause'; readonly cause: CauseId } | { readonly kind: 'hand-over' };

export interface FlowStep {
  readonly id: string;
  readonly title: string;
  readonly explain: string;
  readonly evidence: readonly EvidenceName[];
  readonly plans: readonly PlanId[];
  readonly choices: readonly FlowChoice[];
  /** Ordered; the first whose guard holds is taken on NEXT; the last has no guard. Empty on terminal steps. */
  readonly next: readonly Transition[];
  /** Set on terminal steps only. */
  readonly result?: StepResult;
  /** Line of the step's key in the file. */
  readonly line: number;
}

export interface Flow {
  readonly id: string;
  readonly title: string;
  /** When this flow is the right one for a pod; the first applicable flow is walked. */
  readonly appliesTo: Guard;
  readonly start: string;
  /** In file order. */
  readonly steps: readonly FlowStep[];
  /** The file as it is named in messages, e.g. "flows/crashloop.yaml". */
  readonly file: string;
}

/** What guards are evaluated over: the diagnosis, and kubectl's STATUS column for the pod. */
export interface FlowFacts {
  readonly diagnosis: Diagnosis;
  readonly podStatus: string;
}

export const stepById = (flow: Flow, id: string): FlowStep | undefined => flow.steps.find((s) => s.id === id);
