// "Predict before reveal": for a step, one question about what its evidence will show, with the true answer
// read from the evidence. The question is asked about the first kind of evidence the step shows that has one.
import type { EvidenceName } from '../contracts/session.js';
import type { Prediction } from './types.js';

/** The few facts the questions are about, read from the evidence once. */
export interface CaseFacts {
  readonly exitCode: number | null;
  /** Reasons of warning events other than BackOff, in order of first appearance. */
  readonly warningReasons: readonly string[];
  readonly previousLogsEmpty: boolean;
  readonly hasLivenessProbe: boolean;
  readonly hasMemoryLimit: boolean;
}

const EXIT_CODES = [0, 1, 2, 127, 137, 139, 143, 255];
const WARNINGS = ['Unhealthy', 'OOMKilling', 'FailedMount', 'FailedPostStartHook', 'NodeNotReady'];
const NONE = 'none';

const option = (id: string, key: string, values?: Record<string, string | number>) => ({ id, label: { key, ...(values ? { values } : {}) } });

/** Stable pseudo-random order from a seed, so an exercise replays the same way in a test and in class. */
export function seededOrder<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function yesNo(questionKey: string, truth: boolean): Prediction {
  return { question: { key: questionKey }, options: [option('yes', 'predict.yes'), option('no', 'predict.no')], answer: truth ? 'yes' : 'no' };
}

export function predictionFor(evidence: readonly EvidenceName[], facts: CaseFacts, seed: number): Prediction | undefined {
  for (const name of evidence) {
    if (name === 'exit-code' && facts.exitCode !== null) {
      const code = facts.exitCode;
      const others = seededOrder(EXIT_CODES.filter((c) => c !== code), seed).slice(0, 3);
      const codes = seededOrder([code, ...others], seed + 1);
      return { question: { key: 'predict.exitCode' }, options: codes.map((c) => option(String(c), 'predict.code', { code: c })), answer: String(code) };
    }
    if (name === 'events') {
      const actual = facts.warningReasons[0] ?? NONE;
      const others = seededOrder(WARNINGS.filter((w) => w !== actual), seed).slice(0, actual === NONE ? 3 : 2);
      const ids = seededOrder([actual, ...others, ...(actual === NONE ? [] : [NONE])], seed + 2);
      return {
        question: { key: 'predict.warning' },
        options: ids.map((id) => (id === NONE ? option(NONE, 'predict.onlyBackOff') : option(id, 'predict.reason', { reason: id }))),
        answer: actual,
      };
    }
    if (name === 'previous-logs') return yesNo('predict.logsEmpty', facts.previousLogsEmpty);
    if (name === 'probes') return yesNo('predict.hasLiveness', facts.hasLivenessProbe);
    if (name === 'resources') return yesNo('predict.hasMemoryLimit', facts.hasMemoryLimit);
  }
  return undefined;
}
