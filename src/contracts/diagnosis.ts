// Findings and the diagnosis: what the analyzers conclude, each claim tied to the evidence that proves it.
import type { CauseId } from './causes.js';
import type { GapWords } from './evidence.js';
import type { FactsOf } from '../analysis/finding-facts.js';
import type { FindingId } from './finding-ids.js';
import type { PlanIntent } from './plan.js';

export type Confidence = 'confirmed' | 'likely' | 'possible';

/** A catalog message about a diagnosis (src/i18n/catalogs/diagnosis/): what the analysis says, as an id; a
 * strace capture's findings are worded by the syscall reading's own catalog (src/i18n/catalogs/syscalls/). */
export type MessageId = `dx.${string}` | `syscalls.${string}`;
/** A message's values are the evidence it names (a container, an exit code, a quoted line, a limit, a probe path),
 * or other messages it embeds; quoted text is passed as it was read and never translated. */
export type MessageValue = string | number | Message;
/** Words for people as data: the analysis says which message and with what evidence; src/report words it in the
 * reader's language (`word`), so the analysis holds no prose and JSON can still say it in English. */
export interface Message {
  readonly id: MessageId;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

/** A message, built where the analysis decides what to say. */
export const say = (id: MessageId, values?: Readonly<Record<string, MessageValue>>): Message => (values ? { id, values } : { id });

/** Messages joined pairwise by a joining message (`dx.join.*` with {a} and {b}), e.g. "x; and y" in English. */
export const joinSaid = (join: MessageId, items: readonly Message[]): Message | undefined =>
  items.length === 0 ? undefined : items.slice(1).reduce((a, b) => say(join, { a, b }), items[0]!);

export const CONFIDENCE_RANK = { confirmed: 3, likely: 2, possible: 1 } as const satisfies Record<Confidence, number>;

/** Where a quoted line comes from: `status` (a pod status field), `event`, `log`, `spec`, `node`, `cluster`, `trace` (a strace capture). */
export type EvidenceSource = 'status' | 'event' | 'log' | 'spec' | 'node' | 'cluster' | 'trace';

export interface EvidenceLine {
  readonly source: EvidenceSource;
  /** e.g. "containerStatuses[app].lastState.terminated", "event Killing (x3)", "logs app (previous)". */
  readonly where: string;
  /** The quoted, sanitised text. */
  readonly text: string;
  /** Set on a line this tool says itself (not a quote): `text` is its English, this words it for the reader. */
  readonly say?: Message;
  /** `where` as a message, when the tool names the place itself ("strace in copy X, line 57"). */
  readonly whereSay?: Message;
}

/** A line quoted in a diagnosis: `source` in English (as JSON prints it), `sourceSay` words it when it is ours. */
export interface QuotedLine {
  readonly source: string;
  readonly text: string;
  readonly say?: Message;
  readonly sourceSay?: Message;
}

interface FindingBase {
  /** The cause this finding points to, if any. */
  readonly cause?: CauseId;
  readonly confidence: Confidence;
  readonly container?: string;
  /** One sentence, as a message (src/report words it: `findingSummary`). */
  readonly say: Message;
  readonly evidence: readonly EvidenceLine[];
}

/** A finding of one kind: its id (the flows' vocabulary, ./finding-ids.ts) and the facts that kind carries. */
export type FindingOf<K extends FindingId> = FindingBase & { readonly id: K; readonly facts?: FactsOf<K> };

/** What an analyzer found, discriminated by id: `f.id === 'probe-failing'` makes `f.facts.probe` typed. */
export type Finding = { [K in FindingId]: FindingOf<K> }[FindingId];

/** Narrows a finding to one id, so its facts are typed (`isFindingOf(f, 'exit-code') && f.facts?.meaning`). */
export const isFindingOf = <K extends FindingId>(f: Finding, id: K): f is Extract<Finding, { readonly id: K }> => f.id === id;

/** The first finding with this id (and that passes `where`), typed. */
export function findingOf<K extends FindingId>(findings: readonly Finding[], id: K, where: (f: Extract<Finding, { readonly id: K }>) => boolean = () => true): Extract<Finding, { readonly id: K }> | undefined {
  for (const f of findings) if (isFindingOf(f, id) && where(f)) return f;
  return undefined;
}

export interface Alternative {
  readonly cause: CauseId;
  readonly verdict: 'ruled-in' | 'ruled-out';
  readonly why: Message;
}

export interface BackoffState {
  /** The kubelet's waiting message, e.g. "back-off 40s restarting failed container=app pod=…". */
  readonly message?: string;
  readonly delaySeconds?: number;
  /** Seconds since the last termination finished. */
  readonly sinceLastFinishSeconds?: number;
  /** Seconds until the next start is due (0 when due now); undefined when not computable. */
  readonly nextStartInSeconds?: number;
}

export interface NextStep {
  /** In English, as JSON carries it; `say` words it in the reader's language. */
  readonly title: string;
  /** What the step does; `command` is derived from it by planArgv, never written by hand. */
  readonly intent?: PlanIntent;
  readonly say?: Message;
  /** argv, starting with "kubectl", carrying --context/-n; empty for a step that is advice only. */
  readonly command: readonly string[];
}

/** One rule of the decision table as tried for this pod: whether it fired, and why (not). */
export interface TraceStep {
  readonly rule: string;
  readonly fired: boolean;
  readonly why: Message;
}

/** What the analysis concludes about one pod, with no prose, no kubectl target and no argv: `src/report` words it
 * (summary, explanation, fix, next steps) from the per-cause catalogue. */
export interface Verdict {
  /** "ns/name" */
  readonly pod: string;
  readonly container: string | null;
  /** null when the pod is healthy. */
  readonly cause: CauseId | null;
  readonly confidence: Confidence | null;
  /** The findings the cause rests on, strongest first. */
  readonly basis: readonly Finding[];
  /** For an init container: what its own failure looks like. */
  readonly secondary?: { readonly cause: CauseId; readonly confidence: Confidence; readonly basis: readonly Finding[] };
  readonly alternatives: readonly Alternative[];
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly restarts: number;
  readonly backoff: BackoffState | null;
  /** The lines quoted as proof, from the basis (or the pod's status and newest warning when nothing proves more). */
  readonly evidence: readonly QuotedLine[];
  /** A read of the failing container's logs failed and nothing came back: the cause does not rest on them. */
  readonly logsMissing: boolean;
  readonly findings: readonly Finding[];
  readonly rule: string;
  readonly trace: readonly TraceStep[];
}

/** A verdict in words for people: what `diagnose` prints and the wizard shows (built by `src/report/present.ts`). */
export interface Diagnosis {
  /** "ns/name" */
  readonly pod: string;
  readonly container: string | null;
  /** null when the pod is healthy. */
  readonly cause: CauseId | null;
  readonly confidence: Confidence | null;
  readonly alternatives: readonly Alternative[];
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly restarts: number;
  readonly backoff: BackoffState | null;
  /** English, as `diagnose -o json` prints them; `words` says the same as messages, for any language (hand-made
   * diagnoses in tests and flows may leave it out: they are shown as written). */
  readonly summary: string;
  readonly explanation: string;
  readonly fix?: string;
  readonly words?: { readonly summary: Message; readonly explanation: Message; readonly fix?: Message };
  readonly evidence: readonly QuotedLine[];
  readonly nextSteps: readonly NextStep[];
  /** What could not be read, in English as JSON carries it; `say` words it in the reader's language. */
  readonly gaps: readonly { readonly what: string; readonly reason: string; readonly command?: readonly string[]; readonly say?: GapWords }[];
  /** All findings, for the wizard's steps and flow guards. */
  readonly findings: readonly Finding[];
  /** The decision rule that fired (see `kubectl-crashcourse rules list`) and every rule tried before it; `diagnose`
   * always sets both (optional so hand-made diagnoses in tests and flows need not). */
  readonly rule?: string;
  readonly trace?: readonly TraceStep[];
}
