// A command is data until the last moment: what it runs, why, how risky, what it creates and how to undo it.
export type Risk = 'read' | 'create' | 'delete';

/**
 * What a changing plan does, as data: the API fallback acts on this, never on the argv, which is only for
 * display and for kubectl. Reads carry no intent yet (their fallback still reads the argv).
 */
export type PlanIntent =
  | { readonly kind: 'create-copy'; readonly namespace: string; readonly dryRun: boolean }
  | { readonly kind: 'delete-copy'; readonly namespace: string; readonly name: string; readonly gracePeriodSeconds: number; readonly ignoreNotFound: boolean }
  | { readonly kind: 'delete-copies'; readonly namespace: string; readonly sourcePod: string; readonly selector: string };

export interface Plan {
  /** Plan id from the flow vocabulary, e.g. "describe-pod", "logs-previous", "override-copy". */
  readonly id: string;
  readonly title: string;
  /** Full argv, argv[0] is the program ("kubectl"); carries --context/--kubeconfig/-n. */
  readonly argv: readonly string[];
  readonly purpose: string;
  readonly risk: Risk;
  /** For create: what it creates ("pod default/web-crashcourse-abc12"). */
  readonly creates?: string;
  /** For create: the argv that undoes it. */
  readonly undo?: readonly string[];
  /** A manifest to show before creating (YAML text), when there is one. */
  readonly manifest?: string;
  /** Interactive commands (exec -it) take over the terminal. */
  readonly interactive?: boolean;
  readonly intent?: PlanIntent;
  /** Its output is a strace capture of `container`'s entrypoint: the session adds it to the evidence. */
  readonly capture?: PlanCapture;
}

export interface PlanCapture {
  readonly kind: 'strace';
  readonly container: string;
  /** Where the trace was taken, as the report names it: "strace in copy web-crashcourse-ab12c". */
  readonly origin: string;
}

/** What happened when a plan ran: kept for the report. */
export interface RunRecord {
  readonly planId: string;
  readonly argv: readonly string[];
  readonly startedAt: number;
  readonly durationMs: number;
  readonly exitCode: number | null;
  /** Sanitised, bounded output. */
  readonly output: string;
  /** "ran", "shown" (suggest mode), "declined" (user said no), "failed" (could not start). */
  readonly outcome: 'ran' | 'shown' | 'declined' | 'failed';
}

/** The executor seen from the session: runs a plan (after consent, for anything that is not a read). */
export interface PlanRunner {
  run(plan: Plan, consent: { readonly confirmed: boolean }): Promise<RunRecord>;
}
