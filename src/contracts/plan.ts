// A command is data until the last moment: what it runs, why, how risky, what it creates and how to undo it.
import type { Message } from './diagnosis.js';
import type { KubectlTarget } from './kubectl-target.js';

export type Risk = 'read' | 'create' | 'delete';

/**
 * What a plan does, as data, on which target (--context/--kubeconfig/-n). Both ways of carrying it out are
 * derived from it: the argv (src/plans/plan-argv.ts: shown, copied and run with kubectl) and the API calls (the
 * fallback when kubectl is missing); the kubectl-crashcourse intents run in-process. Nothing re-parses an argv.
 */
export type PlanIntent = { readonly target: KubectlTarget } & PlanAction;

export type PlanAction =
  /** `kubectl describe RESOURCE [NAME]`. */
  | { readonly kind: 'describe'; readonly resource: string; readonly name?: string }
  | { readonly kind: 'read-logs'; readonly pod: string; readonly container: string; readonly previous: boolean; readonly tailLines: number }
  /** The events about one pod, oldest first; by its uid when known (a recreated pod of the same name has others). */
  | { readonly kind: 'read-events'; readonly pod: string; readonly uid?: string }
  /** `kubectl get RESOURCE NAME -o yaml`. */
  | { readonly kind: 'get-yaml'; readonly resource: string; readonly name: string }
  /** `kubectl get RESOURCE NAME -o jsonpath=…`. */
  | { readonly kind: 'get-field'; readonly resource: string; readonly name: string; readonly jsonpath: string }
  /** `kubectl get A,B [NAME] [-A] [-o wide | -o yaml | -o custom-columns=…] [--field-selector=…]`. */
  | { readonly kind: 'list'; readonly resources: string; readonly name?: string; readonly allNamespaces?: boolean; readonly output?: 'wide' | 'yaml' | { readonly columns: string }; readonly fieldSelector?: string }
  | { readonly kind: 'top-pod'; readonly pod: string }
  | { readonly kind: 'watch-pod'; readonly pod: string }
  /** Create the plan's manifest (on stdin), or only ask the server whether it would. */
  | { readonly kind: 'create-copy'; readonly dryRun: boolean }
  | { readonly kind: 'delete-copy'; readonly name: string; readonly gracePeriodSeconds: number; readonly ignoreNotFound: boolean }
  | { readonly kind: 'delete-copies'; readonly sourcePod: string; readonly selector: string }
  /** `kubectl exec -it POD -c C -- SHELL`, trying each shell in turn (images keep theirs in different places). */
  | { readonly kind: 'exec-shell'; readonly pod: string; readonly container: string; readonly shells: readonly string[] }
  /** `kubectl exec POD -c C -- strace … -- PROCESS`: the entrypoint run under strace in a copy. */
  | { readonly kind: 'exec-trace'; readonly pod: string; readonly container: string; readonly command: readonly string[] }
  /** `kubectl debug POD --copy-to=COPY …`: shown as the nearest kubectl equivalent of the override. */
  | { readonly kind: 'debug-copy'; readonly pod: string; readonly copy: string; readonly container: string; readonly profile: string; readonly command: readonly string[] }
  /** An ephemeral container in a copy: interactive (`-it`), or attached to a command. */
  | { readonly kind: 'debug-container'; readonly pod: string; readonly image: string; readonly container: string; readonly profile: string; readonly command?: readonly string[] }
  /** Our own override: a copy of POD (namespace of the target) with CONTAINER kept alive; dryRun shows it only. */
  | { readonly kind: 'start-override'; readonly pod: string; readonly container: string; readonly dryRun: boolean; readonly ask?: boolean }
  /** Our own cleanup: every copy made of POD, by label, else by the ledger's names. */
  | { readonly kind: 'cleanup-override'; readonly pod: string }
  /** Our own strace run: resolves CONTAINER's entrypoint, then traces it in COPY. */
  | { readonly kind: 'trace-entrypoint'; readonly pod: string; readonly container: string; readonly copy: string };

export type IntentKind = PlanAction['kind'];

/** A sentence about a plan as a catalog message: keyed by plan id, so any domain's plans can carry one. */
export interface PlanMessage {
  readonly key: string;
  readonly values?: Readonly<Record<string, string>>;
}

export interface Plan {
  /** Plan id from the flow vocabulary, e.g. "describe-pod", "logs-previous", "override-copy". */
  readonly id: string;
  /** In English; titleMessage says it in the reader's language (a chrome catalog key, `plan.<id>`). */
  readonly title: string;
  readonly titleMessage?: { readonly key: `plan.${string}`; readonly values?: Readonly<Record<string, string>> };
  /** What it does; the argv and the API calls are derived from it. */
  readonly intent: PlanIntent;
  /** planArgv(intent), for display and for kubectl: argv[0] is the program; carries --context/--kubeconfig/-n. */
  readonly argv: readonly string[];
  /** In English (what JSON and the ledger keep); purposeMessage says it in the reader's language. */
  readonly purpose: string;
  /** A catalog key (the step plans': `plan.<id>.purpose`) and its values; without one the UI shows `purpose`. */
  readonly purposeMessage?: PlanMessage;
  readonly risk: Risk;
  /** For create: what it creates ("pod default/web-crashcourse-abc12"). */
  readonly creates?: string;
  /** `creates` in the reader's language, like purposeMessage. */
  readonly createsMessage?: PlanMessage;
  /** For create: what undoes it, and its argv (planArgv(undoIntent)) for display. */
  readonly undoIntent?: PlanIntent;
  readonly undo?: readonly string[];
  /** A manifest to show before creating (YAML text), when there is one. */
  readonly manifest?: string;
  /** Interactive commands (exec -it) take over the terminal. */
  readonly interactive?: boolean;
  /** Its output is a strace capture of `container`'s entrypoint: the session adds it to the evidence. */
  readonly capture?: PlanCapture;
}

export interface PlanCapture {
  readonly kind: 'strace';
  readonly container: string;
  /** Where the trace was taken, as the report names it: "strace in copy web-crashcourse-ab12c". */
  readonly origin: string;
  /** `origin` as a catalog message, for readers in other languages. */
  readonly originSay?: Message;
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
  /** What the run made that is still there (the override's copy), as the in-process run knows it. */
  readonly created?: readonly { readonly namespace: string; readonly name: string }[];
  /** Copies the run deleted (the shell hand-off's "Delete the copy now?"). */
  readonly deleted?: readonly { readonly namespace: string; readonly name: string }[];
}

/** The executor seen from the session: runs a plan (after consent, for anything that is not a read). */
export interface PlanRunner {
  run(plan: Plan, consent: { readonly confirmed: boolean }): Promise<RunRecord>;
}
