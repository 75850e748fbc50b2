// ConfigMaps, Secrets and PVCs the pod references: one that does not exist (and is not optional) stops the
// container from being created; a PVC that is not Bound keeps the pod in ContainerCreating or Pending.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

export function referenceFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const out: Finding[] = [];
  const started = ctx.all.some((v) => v.status?.state?.running || v.status?.lastState?.terminated || v.status?.state?.terminated);
  for (const ref of evidence.references) {
    if (ref.kind === 'PersistentVolumeClaim') {
      if (ref.exists === false || (ref.phase !== undefined && ref.phase !== 'Bound')) {
        out.push(finding({ id: 'pvc-pending', cause: 'volume-pending', confidence: started ? 'possible' : 'confirmed',
          say: ref.exists === false ? say('dx.f.pvcMissing', { name: ref.name }) : say('dx.f.pvcNotBound', { name: ref.name, phase: ref.phase ?? '' }),
          evidence: [{ source: 'cluster', where: `persistentvolumeclaim ${ref.name}`, text: `persistentvolumeclaim ${ref.name} (used by ${ref.usedBy}): ${ref.exists === false ? 'not found' : `phase ${ref.phase}`}` }],
          facts: { kind: ref.kind, name: ref.name } }));
      }
      continue;
    }
    if (ref.exists !== false || ref.optional || ref.kind === 'ServiceAccount' || ref.name === 'kube-root-ca.crt' || /kube-api-access-/.test(ref.usedBy)) continue;
    const asVolume = /volume/i.test(ref.usedBy);
    out.push(finding({ id: 'missing-reference', cause: asVolume ? 'volume-pending' : 'missing-config', confidence: started ? 'possible' : 'confirmed',
      say: say('dx.f.refMissing', { kind: ref.kind, name: ref.name, usedBy: ref.usedBy }),
      evidence: [{ source: 'cluster', where: `${ref.kind.toLowerCase()} ${ref.name}`, text: `${ref.kind.toLowerCase()} "${ref.name}" not found (used by ${ref.usedBy})` }],
      facts: { kind: ref.kind, name: ref.name, usedBy: ref.usedBy } }));
  }
  // A key referenced by env valueFrom that the object does not hold.
  for (const c of evidence.pod.spec.containers) {
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.configMapKeyRef ?? e.valueFrom?.secretKeyRef;
      if (!ref || ref.optional) continue;
      const kind = e.valueFrom?.configMapKeyRef ? 'ConfigMap' : 'Secret';
      const obj = evidence.references.find((r) => r.kind === kind && r.name === ref.name && r.exists && r.keys);
      if (obj && !obj.keys!.includes(ref.key)) {
        out.push(finding({ id: 'missing-reference', cause: 'missing-config', confidence: started ? 'possible' : 'confirmed', container: c.name,
          say: say('dx.f.keyMissing', { kind, name: ref.name, key: ref.key, env: e.name, container: c.name }),
          evidence: [{ source: 'cluster', where: `${kind.toLowerCase()} ${ref.name}`, text: `${kind.toLowerCase()} ${ref.name} keys: ${obj.keys!.join(', ') || '(none)'}; env ${e.name} wants key ${ref.key}` }],
          facts: { kind, name: ref.name, key: ref.key } }));
      }
    }
  }
  return out;
}
