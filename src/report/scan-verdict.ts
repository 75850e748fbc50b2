// The one-line verdict of a scan row: the same diagnosis as `diagnose`, on whatever evidence the scan read.
import type { Evidence } from '../contracts/evidence.js';
import type { ExplainPod } from '../evidence/scan.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { diagnose } from './diagnose.js';

export function scanVerdict(target: Omit<KubectlTarget, 'namespace'>): ExplainPod {
  return (evidence: Evidence) => {
    const d = diagnose({ evidence, target: { ...target, namespace: evidence.pod.metadata.namespace ?? 'default' } });
    return { cause: d.cause, summary: d.summary, ...(d.words ? { said: d.words.summary } : {}), container: d.container, exitCode: d.exitCode, confirmed: d.confidence === 'confirmed' };
  };
}
