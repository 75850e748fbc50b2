// What a rule sees: the evidence, the analyzer context, the findings (all, and the failing container's), its last
// exit code, and a typed finder. Built once per diagnosis.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { lastTermination } from '../container-facts.js';
import { exitCodeMeaning, type ExitCodeMeaning } from '../exit-code.js';
import type { FindingId } from '../../contracts/finding-ids.js';
import { findingOf, isFindingOf, type Finding } from '../../contracts/diagnosis.js';
import { wasEvicted } from './facts.js';
import type { FindingWhere } from './guard.js';

export interface RuleScope {
  readonly evidence: Evidence;
  readonly ctx: AnalyzerContext;
  readonly findings: readonly Finding[];
  /** The failing container's findings and the pod-level ones. */
  readonly mine: readonly Finding[];
  readonly last: ReturnType<typeof lastTermination>;
  readonly code: ExitCodeMeaning | undefined;
  readonly find: <K extends FindingId>(id: K, where?: FindingWhere) => Extract<Finding, { readonly id: K }> | undefined;
  readonly findAll: <K extends FindingId>(id: K, where?: FindingWhere) => Extract<Finding, { readonly id: K }>[];
}

export function fits(f: Finding, w: FindingWhere | undefined): boolean {
  if (!w) return true;
  if (w.cause && f.cause !== w.cause) return false;
  if (w.confidence && f.confidence !== w.confidence) return false;
  // Each filter reads the fact of the one finding kind that carries it; any other kind does not fit.
  if (w.probe && !((isFindingOf(f, 'probe-failing') || isFindingOf(f, 'probe-kill')) && (w.probe as readonly string[]).includes(f.facts?.probe ?? ''))) return false;
  if (w.hook && !(isFindingOf(f, 'hook-failed') && f.facts?.hook === w.hook)) return false;
  if (w.evicted && !wasEvicted(f)) return false;
  if (w.heap && !(isFindingOf(f, 'memory-limit-tight') && f.facts?.heapBytes !== undefined)) return false;
  if (w.notTail && isFindingOf(f, 'log-error') && f.facts?.tail) return false;
  return true;
}

export function ruleScope(evidence: Evidence, ctx: AnalyzerContext, findings: readonly Finding[]): RuleScope {
  const v = ctx.primary;
  const mine = findings.filter((f) => !f.container || f.container === v?.name);
  const last = lastTermination(v);
  const pool = (w?: FindingWhere): readonly Finding[] => (w?.anyContainer ? findings : mine);
  return {
    evidence, ctx, findings, mine, last, code: last ? exitCodeMeaning(last.term.exitCode) : undefined,
    find: (id, where) => findingOf(pool(where), id, (f) => fits(f, where)),
    findAll: <K extends FindingId>(id: K, where?: FindingWhere) => pool(where).filter((f): f is Extract<Finding, { readonly id: K }> => isFindingOf(f, id) && fits(f, where)),
  };
}
