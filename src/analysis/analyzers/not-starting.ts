// Pods that never get a running container: the scheduler cannot place them, the image cannot be pulled, or the
// container config refers to something missing. The status fields prove these on their own.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { statusLine, volumePaths } from '../container-facts.js';
import { classifyStartError, namesMissingVolumePath } from '../start-error.js';
import { say, type Finding } from '../../contracts/diagnosis.js';

const PULL = /^(ErrImagePull|ImagePullBackOff|InvalidImageName|ErrImageNeverPull|RegistryUnavailable)$/;

export function notStartingFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const out: Finding[] = [];
  const sched = (evidence.pod.status?.conditions ?? []).find((c) => c.type === 'PodScheduled' && c.status === 'False');
  if (sched && (sched.reason === 'Unschedulable' || !evidence.pod.spec.nodeName)) {
    out.push({ id: 'unschedulable', cause: 'unschedulable', confidence: 'confirmed',
      say: say('dx.f.cannotPlace'),
      evidence: [statusLine('status.conditions[PodScheduled]', `False ${sched.reason ?? ''}: ${sched.message ?? ''}`.trim())] });
  }
  for (const v of ctx.failing.length > 0 ? ctx.failing : ctx.all) {
    const w = v.status?.state?.waiting;
    if (!w?.reason) continue;
    const field = `${v.init ? 'initContainerStatuses' : 'containerStatuses'}[${v.name}].state.waiting`;
    if (PULL.test(w.reason)) {
      out.push({ id: 'image-pull', cause: 'image-pull', confidence: 'confirmed', container: v.name,
        say: say('dx.f.imageOfCannotPull', { image: v.spec?.image ?? v.status?.image ?? '', container: v.name, reason: w.reason }),
        evidence: [statusLine(field, `${w.reason}${w.message ? `: ${w.message}` : ''}`)] });
    } else if (w.reason === 'CreateContainerConfigError' && !/non-root|runAsNonRoot|runAsUser/i.test(w.message ?? '') && classifyStartError(w.message ?? '')?.cause !== 'mount-failure'
      && !namesMissingVolumePath(w.message ?? '', volumePaths(evidence.pod, v))) {
      out.push({ id: 'create-config-error', cause: 'missing-config', confidence: 'confirmed', container: v.name,
        say: say('dx.f.cannotCreate', { container: v.name, message: w.message ?? say('dx.f.configRefersMissing') }),
        evidence: [statusLine(field, `${w.reason}${w.message ? `: ${w.message}` : ''}`)] });
    }
  }
  return out;
}
