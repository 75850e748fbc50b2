// subPath mounts: a file mounted from a ConfigMap or Secret by subPath is a bind mount of one file, made when
// the container is created; after the ConfigMap changes the kubelet can fail to recreate it and the container
// ends in StartError (kubernetes/kubernetes#68211). Here we note which mounts use subPath so the fix can name them.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { fieldOf, lastTermination, specLine } from '../container-facts.js';
import { classifyStartError } from '../start-error.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

export function mountFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  const spec = v?.spec;
  if (!v || !spec) return [];
  const message = lastTermination(v)?.term.message ?? v.status?.state?.waiting?.message ?? '';
  if (classifyStartError(message)?.cause !== 'mount-failure') return [];
  const volumes = evidence.pod.spec.volumes ?? [];
  const out: Finding[] = [];
  for (const m of spec.volumeMounts ?? []) {
    if (!m.subPath && !m.subPathExpr) continue;
    // Prefer the mount whose path the runtime's message names.
    if (!message.includes(m.mountPath) && (spec.volumeMounts ?? []).some((x) => (x.subPath || x.subPathExpr) && message.includes(x.mountPath))) continue;
    const vol = volumes.find((x) => x.name === m.name);
    const from = vol?.configMap ? `ConfigMap ${vol.configMap.name}` : vol?.secret ? `Secret ${vol.secret.secretName}` : vol?.persistentVolumeClaim ? `PVC ${vol.persistentVolumeClaim.claimName}` : `volume ${m.name}`;
    const fromSaid = vol?.configMap ? say('dx.from.configMap', { name: vol.configMap.name }) : vol?.secret ? say('dx.from.secret', { name: vol.secret.secretName ?? '' })
      : vol?.persistentVolumeClaim ? say('dx.from.pvc', { name: vol.persistentVolumeClaim.claimName }) : say('dx.from.volume', { name: m.name });
    out.push(finding({ id: 'mount-failed', cause: 'mount-failure', confidence: 'confirmed', container: v.name,
      say: say('dx.f.subPathMount', { mountPath: m.mountPath, subPath: m.subPath ?? m.subPathExpr ?? '', from: fromSaid }),
      evidence: [specLine(`${fieldOf(v)}.volumeMounts[${m.name}]`, `mountPath=${m.mountPath} subPath=${m.subPath ?? m.subPathExpr}`)],
      facts: { mountPath: m.mountPath, subPath: m.subPath ?? m.subPathExpr ?? '', source: from } }));
  }
  return out;
}
