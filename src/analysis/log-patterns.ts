// What each log finding weighs: its cause, label, specificity and strength. The phrases that produce a finding
// live in the signature catalogue (./signatures/); a signature may refine the label and specificity.
import type { CauseId } from '../contracts/causes.js';
import type { MessageId } from '../contracts/diagnosis.js';
import { SIGNATURES, type LogFindingId, type Signature } from './signatures/index.js';

export interface LogPattern {
  readonly id: LogFindingId;
  readonly cause: CauseId;
  readonly label: string;
  /** The label as a catalog message: `dx.label.<finding id>`, or `dx.label.<signature id>` when a signature refines it. */
  readonly labelId: MessageId;
  /** Higher wins when several findings match the failing run (the brief's order of specificity). */
  readonly specificity: number;
  /** Strong findings are decisive on their own; weak ones only when nothing stronger matched. */
  readonly strength: 'likely' | 'possible';
}

type Weight = Omit<LogPattern, 'id' | 'labelId'>;

/** In order of specificity: on one line, the first finding listed here that matches is the one quoted. */
export const LOG_FINDING_WEIGHTS = {
  'exec-format': { cause: 'exec-format', label: 'exec format error', specificity: 100, strength: 'likely' },
  'command-not-found': { cause: 'command-not-found', label: 'command not found', specificity: 95, strength: 'likely' },
  'log-bad-config': { cause: 'bad-config', label: 'configuration rejected', specificity: 80, strength: 'likely' },
  'log-dns': { cause: 'missing-dependency', label: 'host name did not resolve', specificity: 70, strength: 'likely' },
  'log-connection-refused': { cause: 'missing-dependency', label: 'connection refused', specificity: 69, strength: 'likely' },
  'log-timeout': { cause: 'missing-dependency', label: 'timed out', specificity: 60, strength: 'likely' },
  'log-read-only-fs': { cause: 'read-only-fs', label: 'read-only file system', specificity: 58, strength: 'likely' },
  'log-address-in-use': { cause: 'port-in-use', label: 'address already in use', specificity: 57, strength: 'likely' },
  'log-permission-denied': { cause: 'permission-denied', label: 'permission denied', specificity: 56, strength: 'likely' },
  'log-out-of-memory': { cause: 'oom-killed', label: 'out of memory', specificity: 55, strength: 'likely' },
  segfault: { cause: 'segfault', label: 'segmentation fault', specificity: 54, strength: 'likely' },
  'log-not-found': { cause: 'bad-config', label: 'file not found', specificity: 50, strength: 'likely' },
  'log-panic': { cause: 'app-crash', label: 'panic or uncaught exception', specificity: 40, strength: 'likely' },
  'log-error': { cause: 'app-crash', label: 'error', specificity: 10, strength: 'possible' },
} as const satisfies Record<LogFindingId, Weight>;

const FINDING_ORDER = Object.keys(LOG_FINDING_WEIGHTS) as LogFindingId[];

/** A signature with the weight it carries: its finding's, refined by the signature's own label or specificity. */
export interface WeightedSignature {
  readonly signature: Signature;
  readonly pattern: LogPattern;
}

const weigh = (s: Signature): WeightedSignature => {
  const w: Weight = LOG_FINDING_WEIGHTS[s.finding];
  return { signature: s, pattern: { id: s.finding, cause: w.cause, label: s.label ?? w.label, labelId: `dx.label.${s.label ? s.id : s.finding}`, specificity: s.specificity ?? w.specificity, strength: w.strength } };
};

/** Every signature, most specific first; within a specificity, in the findings' order, then the catalogue's. */
export const WEIGHTED_SIGNATURES: readonly WeightedSignature[] = SIGNATURES.map(weigh)
  .map((w, i) => ({ w, i }))
  .sort((a, b) => b.w.pattern.specificity - a.w.pattern.specificity || FINDING_ORDER.indexOf(a.w.pattern.id) - FINDING_ORDER.indexOf(b.w.pattern.id) || a.i - b.i)
  .map(({ w }) => w);

// Lines a program logs at a quiet level describe normal life ("config not found, using defaults"): they are
// not the reason it died, so only errors and unlevelled lines are read as decisive.
// Besides timestamps and klog/logfmt/JSON levels: an entrypoint script's "name.sh: info: …" and the
// "<app> HH:MM:SS.ss INFO ==> …" lines of Bitnami images.
const QUIET_LEVEL = /^\s*(?:[\d\-:.,TZ+/[\]]+\s+){0,3}\[?(?:info|debug|trace|notice|note|verbose)\]?(?::|\s)|^[ID]\d{4} \d\d:\d\d|level=(?:info|debug|trace)\b|"(?:level|severity|lvl)"\s*:\s*"(?:info|debug|trace|notice)"|^[\w./-]+:\s+(?:info|debug|notice):\s|^[\w.-]+\s+\d\d:\d\d:\d\d(?:\.\d+)?\s+(?:INFO|DEBUG)\s/i;

export const isQuietLine = (line: string): boolean => QUIET_LEVEL.test(line);
