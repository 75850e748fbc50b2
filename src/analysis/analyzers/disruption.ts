// A pod that is being deleted, evicted, drained or preempted is not healthy even while its containers still run:
// say who is stopping it. The kubelet's DisruptionTarget condition names the reason (Kubernetes 1.26+); the
// deletionTimestamp, Preempted/Evicted events and "Stopping container" Killing events show it on older clusters.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { quoteEvent } from '../event-helpers.js';
import { statusLine } from '../container-facts.js';
import type { EvidenceLine, Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

const BY_CONDITION: Record<string, string> = {
  PreemptionByScheduler: 'the scheduler preempted it to make room for a higher-priority pod',
  EvictionByEvictionAPI: 'an eviction through the Eviction API (kubectl drain, or an autoscaler removing the node)',
  DeletionByTaintManager: 'the taint manager, because its node has a NoExecute taint the pod does not tolerate',
  DeletionByPodGC: 'the pod garbage collector, because its node no longer exists',
  TerminationByKubelet: 'the kubelet (node pressure or a node shutdown)',
};

export function disruptionFindings(evidence: Evidence, _ctx: AnalyzerContext): Finding[] {
  const pod = evidence.pod;
  const cond = pod.status?.conditions?.find((c) => c.type === 'DisruptionTarget' && c.status === 'True');
  const preempted = evidence.events.find((e) => e.reason === 'Preempted');
  const evicted = evidence.events.find((e) => e.reason === 'Evicted' || e.reason === 'TaintManagerEviction');
  const stopping = evidence.events.filter((e) => e.reason === 'Killing' && /^Stopping container/i.test(e.message ?? ''));
  const deleting = pod.metadata.deletionTimestamp;
  if (!cond && !preempted && !evicted && stopping.length === 0 && !deleting) return [];

  const by = (cond?.reason && BY_CONDITION[cond.reason])
    ?? (preempted ? 'the scheduler preempted it to make room for a higher-priority pod'
      : evicted ? (evicted.reason === 'TaintManagerEviction' ? 'the taint manager, because of a NoExecute taint on its node' : 'an eviction by the kubelet or the Eviction API')
      : deleting ? 'a deletion: someone, or the controller that owns it, deleted the pod'
      : 'the kubelet, which is stopping its containers');
  const evidenceLines: EvidenceLine[] = [
    ...(cond ? [statusLine('status.conditions[DisruptionTarget]', `True ${cond.reason ?? ''}: ${cond.message ?? ''}`.trim())] : []),
    ...(deleting ? [statusLine('metadata.deletionTimestamp', deleting)] : []),
    ...[preempted, evicted, stopping[0]].filter((e) => e !== undefined).map(quoteEvent),
  ];
  return [finding({ id: 'pod-disrupted', cause: 'killed-externally', confidence: 'confirmed',
    summary: `The pod is being stopped from outside: ${by}`, evidence: evidenceLines,
    facts: { by: cond?.reason ?? preempted?.reason ?? evicted?.reason ?? (deleting ? 'Deletion' : 'Killing') } })];
}
