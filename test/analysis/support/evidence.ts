// Builds Evidence for analyzer tests: from plain API-shaped objects, or from a loaded scenario by hand (pod, its
// events by involvedObject uid/name, every container's logs, services, node, references) — without the
// evidence module, so these tests pin the engine, not the gatherer.
import type { Evidence, Gap, LogExcerpt, ReferencedObject } from '../../../src/contracts/evidence.js';
import type { KubeEvent, KubeNode, KubeObject, Pod } from '../../../src/k8s/index.js';
import { readScenarioLog } from '../../../src/scenario/index.js';
import type { Scenario } from '../../../src/contracts/scenario.js';
import { sanitize } from '../../../src/text/sanitize.js';

export interface EvidenceParts {
  readonly pod: Pod;
  readonly events?: readonly KubeEvent[];
  readonly logs?: readonly LogExcerpt[];
  readonly node?: KubeNode;
  readonly nodeEvents?: readonly KubeEvent[];
  readonly services?: readonly KubeObject[];
  readonly references?: readonly ReferencedObject[];
  readonly gaps?: readonly Gap[];
  readonly collectedAt: number | string;
}

export function evidenceOf(p: EvidenceParts): Evidence {
  return {
    pod: p.pod, events: p.events ?? [], logs: p.logs ?? [], owners: [], ...(p.node ? { node: p.node } : {}), nodeEvents: p.nodeEvents ?? [],
    references: p.references ?? [], services: p.services ?? [], limitRanges: [], quotas: [], gaps: p.gaps ?? [],
    collectedAt: typeof p.collectedAt === 'string' ? Date.parse(p.collectedAt) : p.collectedAt, source: 'test',
  };
}

export const log = (container: string, kind: 'previous' | 'current', text: string, init = false): LogExcerpt =>
  ({ container, init, kind, text: sanitize(text), truncated: false });

const byKind = (s: Scenario, kind: string): KubeObject[] => s.objects.filter((o) => o.kind === kind);

function referencesOf(pod: Pod, objects: readonly KubeObject[]): ReferencedObject[] {
  const ns = pod.metadata.namespace ?? 'default';
  const find = (kind: string, name: string): KubeObject | undefined =>
    objects.find((o) => o.kind === kind && o.metadata.name === name && (o.metadata.namespace ?? 'default') === ns);
  const refs: ReferencedObject[] = [];
  const add = (kind: ReferencedObject['kind'], name: string, usedBy: string, optional: boolean): void => {
    const o = find(kind, name);
    const data = o ? { ...((o['data'] as Record<string, unknown>) ?? {}), ...((o['binaryData'] as Record<string, unknown>) ?? {}) } : {};
    const phase = (o?.['status'] as { phase?: string } | undefined)?.phase;
    refs.push({ kind, name, usedBy, optional, exists: o !== undefined, ...(o && kind !== 'PersistentVolumeClaim' ? { keys: Object.keys(data) } : {}), ...(phase ? { phase } : {}) });
  };
  for (const v of pod.spec.volumes ?? []) {
    if (v.configMap) add('ConfigMap', v.configMap.name, `volume ${v.name}`, v.configMap.optional ?? false);
    if (v.secret) add('Secret', v.secret.secretName, `volume ${v.name}`, v.secret.optional ?? false);
    if (v.persistentVolumeClaim) add('PersistentVolumeClaim', v.persistentVolumeClaim.claimName, `volume ${v.name}`, false);
  }
  for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
    for (const e of c.envFrom ?? []) {
      if (e.configMapRef) add('ConfigMap', e.configMapRef.name, `envFrom of ${c.name}`, e.configMapRef.optional ?? false);
      if (e.secretRef) add('Secret', e.secretRef.name, `envFrom of ${c.name}`, e.secretRef.optional ?? false);
    }
    for (const e of c.env ?? []) {
      const cm = e.valueFrom?.configMapKeyRef;
      const sec = e.valueFrom?.secretKeyRef;
      if (cm) add('ConfigMap', cm.name, `env ${e.name} of ${c.name}`, cm.optional ?? false);
      if (sec) add('Secret', sec.name, `env ${e.name} of ${c.name}`, sec.optional ?? false);
    }
  }
  return refs;
}

export async function scenarioEvidence(s: Scenario, podKey = s.meta.pod): Promise<Evidence> {
  const [ns, name] = (podKey ?? '').includes('/') ? podKey!.split('/') as [string, string] : ['default', podKey ?? ''];
  const pod = byKind(s, 'Pod').find((o) => o.metadata.name === name && (o.metadata.namespace ?? 'default') === ns) as Pod | undefined;
  if (!pod) throw new Error(`scenario ${s.name}: pod ${podKey} not found`);
  const events = (byKind(s, 'Event') as KubeEvent[]).filter((e) =>
    e.involvedObject.kind === 'Pod' && (e.involvedObject.namespace ?? e.metadata.namespace ?? 'default') === ns &&
    (pod.metadata.uid && e.involvedObject.uid ? e.involvedObject.uid === pod.metadata.uid : e.involvedObject.name === name));
  const node = byKind(s, 'Node').find((n) => n.metadata.name === pod.spec.nodeName) as KubeNode | undefined;
  const nodeEvents = (byKind(s, 'Event') as KubeEvent[]).filter((e) => e.involvedObject.kind === 'Node' && e.involvedObject.name === pod.spec.nodeName);
  const logs: LogExcerpt[] = [];
  for (const l of s.logs.filter((x) => x.namespace === ns && x.pod === name)) {
    const { bytes, truncated } = await readScenarioLog(l, { tailLines: 500, limitBytes: 1024 * 1024 });
    const init = (pod.spec.initContainers ?? []).some((c) => c.name === l.container);
    logs.push({ container: l.container, init, kind: l.previous ? 'previous' : 'current', text: sanitize(bytes), truncated });
  }
  return evidenceOf({
    pod, events, logs, ...(node ? { node } : {}), nodeEvents,
    services: byKind(s, 'Service').filter((o) => (o.metadata.namespace ?? 'default') === ns),
    references: referencesOf(pod, s.objects), collectedAt: s.recordedAt,
  });
}
