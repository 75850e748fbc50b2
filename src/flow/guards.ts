// The guard vocabulary's meaning: one pure evaluation over the facts, and the same guard in words for trainers.
import { CONFIDENCE_RANK } from '../contracts/diagnosis.js';
import type { FlowFacts, Guard } from './types.js';

export function holds(guard: Guard, facts: FlowFacts): boolean {
  const d = facts.diagnosis;
  switch (guard.kind) {
    case 'cause':
      return d.cause === guard.cause;
    case 'causeIn':
      return d.cause !== null && guard.causes.includes(d.cause);
    case 'finding':
      return d.findings.some((f) => f.id === guard.finding);
    case 'exitCodeIn':
      return d.exitCode !== null && guard.codes.includes(d.exitCode);
    case 'confidenceAtLeast':
      return d.confidence !== null && CONFIDENCE_RANK[d.confidence] >= CONFIDENCE_RANK[guard.confidence];
    case 'podStatusIn':
      return guard.statuses.includes(facts.podStatus);
    case 'hasInitFailure':
      return facts.podStatus.startsWith('Init:') || d.findings.some((f) => f.id === 'init-container-failing');
    case 'not':
      return !holds(guard.guard, facts);
    case 'all':
      return guard.guards.every((g) => holds(g, facts));
    case 'any':
      return guard.guards.some((g) => holds(g, facts));
  }
}

/** The guard in plain words, for `flows show`. */
export function describeGuard(guard: Guard): string {
  switch (guard.kind) {
    case 'cause':
      return `the cause is ${guard.cause}`;
    case 'causeIn':
      return `the cause is one of ${guard.causes.join(', ')}`;
    case 'finding':
      return `the analysis found ${guard.finding}`;
    case 'exitCodeIn':
      return `the exit code is ${orList(guard.codes.map(String))}`;
    case 'confidenceAtLeast':
      return `the diagnosis is at least ${guard.confidence}`;
    case 'podStatusIn':
      return `the pod's STATUS is ${orList(guard.statuses)}`;
    case 'hasInitFailure':
      return 'an init container is failing';
    case 'not':
      return `not (${describeGuard(guard.guard)})`;
    case 'all':
      return guard.guards.map(describeGuard).join(' and ');
    case 'any':
      return guard.guards.map(describeGuard).join(' or ');
  }
}

const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
