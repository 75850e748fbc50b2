// `diagnose`: the analysis's verdict on one pod, put in words for people with the session's kubectl target.
import { judge } from '../analysis/index.js';
import type { Diagnosis } from '../contracts/diagnosis.js';
import type { Evidence } from '../contracts/evidence.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { present } from './present.js';

export function diagnose(input: { readonly evidence: Evidence; readonly container?: string; readonly target: KubectlTarget }): Diagnosis {
  const verdict = judge({ evidence: input.evidence, ...(input.container !== undefined ? { container: input.container } : {}) });
  return present({ verdict, evidence: input.evidence, target: input.target });
}
