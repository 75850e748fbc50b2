// A pod that is being deleted, evicted, drained or preempted is not healthy even while its containers still run:
// say who is stopping it. The kubelet's DisruptionTarget condition names the reason (Kubernetes 1.26+); the
// deletionTimestamp, Preempted/Evicted events and "Stopping container" Killing events show it on older clusters.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { quoteEvent } from '../event-helpers.js';
import { statusLine } from '../container-facts.js';
import { say, type EvidenceLine, type Finding, type MessageId } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

// Who stops the pod, by the DisruptionTarget condition's reason (worded in src/i18n/catalogs/diagnosis).
const BY_CONDITION: Record<string, MessageId> = {
  PreemptionByScheduler: 'dx.by.preempted',
  EvictionByEvictionAPI: 'dx.by.evictionApi',
  DeletionByTaintManager: 'dx.by.taintManager',
  DeletionByPodGC: 'dx.by.podGc',
  TerminationByKubelet: 'dx.by.kubeletTermination',
};

export function disruptionFindings(evidence: Evidence, _ctx: AnalyzerContext): Finding[] {
  const pod = evidence.pod;
  const cond = pod.status?.conditions?.find((c) => c.type === 'DisruptionTarget' && c.status === 'True');
  const preempted = evidence.events.find((e) => e.reason === 'Preempted');
  const evicted = evidence.events.find((e) => e.reason === 'Evicted' || e.reason === 'TaintManagerEviction');
  const stopping = evidence.events.filter((e) => e.reason === 'Killing' && /^Stopping container/i.test(e.message ?? ''));
  const deleting = pod.metadata.deletionTimestamp;
  if (!cond && !preempted && !evicted && stopping.length === 0 && !deleting) return [];

  const by: MessageId = (cond?.reason ? BY_CONDITION[cond.reason] : undefined)
    ?? (preempted ? 'dx.by.preempted'
      : evicted ? (evicted.reason === 'TaintManagerEviction' ? 'dx.by.taintEviction' : 'dx.by.eviction')
      : deleting ? 'dx.by.deletion'
      : 'dx.by.kubeletStopping');
  const evidenceLines: EvidenceLine[] = [
    ...(cond ? [statusLine('status.conditions[DisruptionTarget]', `True ${cond.reason ?? ''}: ${cond.message ?? ''}`.trim())] : []),
    ...(deleting ? [statusLine('metadata.deletionTimestamp', deleting)] : []),
    ...[preempted, evicted, stopping[0]].filter((e) => e !== undefined).map(quoteEvent),
  ];
  return [finding({ id: 'pod-disrupted', cause: 'killed-externally', confidence: 'confirmed',
    say: say('dx.f.disrupted', { by: say(by) }), evidence: evidenceLines,
    facts: { by: cond?.reason ?? preempted?.reason ?? evicted?.reason ?? (deleting ? 'Deletion' : 'Killing') } })];
}
