// Test helper: Evidence for a scenario's pod built straight from its files (objects, events, bounded logs),
// for session tests that need real pods without a cluster reader.
import type { Evidence, LogExcerpt } from '../../src/evidence/types.js';
import type { KubeEvent, KubeNode, KubeObject, Pod } from '../../src/k8s/index.js';
import { readScenarioLog, type Scenario } from '../../src/scenario/index.js';
import { sanitize } from '../../src/text/sanitize.js';

export async function evidenceFromScenario(scenario: Scenario): Promise<Evidence> {
  const [ns, name] = (scenario.meta.pod ?? '').split('/') as [string, string];
  const inNs = (o: KubeObject): boolean => (o.metadata.namespace ?? 'default') === ns;
  const pod = scenario.objects.find((o) => o.kind === 'Pod' && o.metadata.name === name && inNs(o)) as Pod | undefined;
  if (!pod) throw new Error(`scenario ${scenario.name} has no pod ${scenario.meta.pod}`);
  const events = scenario.objects.filter((o): o is KubeEvent => o.kind === 'Event' && (o as KubeEvent).involvedObject?.name === name && inNs(o));
  const node = scenario.objects.find((o) => o.kind === 'Node' && o.metadata.name === pod.spec.nodeName) as KubeNode | undefined;
  const inits = new Set((pod.spec.initContainers ?? []).map((c) => c.name));
  const logs: LogExcerpt[] = [];
  for (const log of scenario.logs.filter((l) => l.namespace === ns && l.pod === name)) {
    const { bytes, truncated } = await readScenarioLog(log, { tailLines: 500, limitBytes: 1 << 20 });
    logs.push({ container: log.container, init: inits.has(log.container), kind: log.previous ? 'previous' : 'current', text: sanitize(bytes), truncated });
  }
  return {
    pod,
    events,
    logs,
    owners: [],
    ...(node ? { node } : {}),
    nodeEvents: scenario.objects.filter((o): o is KubeEvent => o.kind === 'Event' && (o as KubeEvent).involvedObject?.kind === 'Node'),
    references: [],
    services: scenario.objects.filter((o) => o.kind === 'Service' && inNs(o)),
    limitRanges: [],
    quotas: [],
    gaps: [],
    collectedAt: scenario.recordedAt,
    source: `offline:${scenario.dir}`,
  };
}
