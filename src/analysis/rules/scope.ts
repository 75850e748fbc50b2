// What a rule sees: the evidence, the analyzer context, the findings (all, and the failing container's), its last
// exit code, and a typed finder. Built once per diagnosis.
import type { Evidence } from '../../evidence/types.js';
import type { AnalyzerContext } from '../context.js';
import { lastTermination } from '../container-facts.js';
import { exitCodeMeaning, type ExitCodeMeaning } from '../exit-code.js';
import type { FindingId } from '../finding-ids.js';
import type { Finding } from '../types.js';
import type { FindingWhere } from './guard.js';

export interface RuleScope {
  readonly evidence: Evidence;
  readonly ctx: AnalyzerContext;
  readonly findings: readonly Finding[];
  /** The failing container's findings and the pod-level ones. */
  readonly mine: readonly Finding[];
  readonly last: ReturnType<typeof lastTermination>;
  readonly code: ExitCodeMeaning | undefined;
  readonly find: (id: FindingId, where?: FindingWhere) => Finding | undefined;
  readonly findAll: (id: FindingId, where?: FindingWhere) => Finding[];
}

export function fits(f: Finding, w: FindingWhere | undefined): boolean {
  if (!w) return true;
  if (w.cause && f.cause !== w.cause) return false;
  if (w.confidence && f.confidence !== w.confidence) return false;
  if (w.probe && !w.probe.includes(f.facts?.probe as 'liveness')) return false;
  if (w.hook && f.facts?.hook !== w.hook) return false;
  if (w.evicted && f.facts?.evicted !== true) return false;
  if (w.heap && f.facts?.heapBytes === undefined) return false;
  if (w.notTail && f.facts?.tail) return false;
  return true;
}

export function ruleScope(evidence: Evidence, ctx: AnalyzerContext, findings: readonly Finding[]): RuleScope {
  const v = ctx.primary;
  const mine = findings.filter((f) => !f.container || f.container === v?.name);
  const last = lastTermination(v);
  const pool = (w?: FindingWhere): readonly Finding[] => (w?.anyContainer ? findings : mine);
  return {
    evidence, ctx, findings, mine, last, code: last ? exitCodeMeaning(last.term.exitCode) : undefined,
    find: (id, where) => pool(where).find((f) => f.id === id && fits(f, where)),
    findAll: (id, where) => pool(where).filter((f) => f.id === id && fits(f, where)),
  };
}
