// Init containers and sidecars: while the pod is `Init:`, the init container that has not completed is the
// failure; a sidecar (istio-proxy, …) restarting next to a failing app container is a bystander.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { looksLikeSidecar } from '../choose-container.js';
import { lastTermination, quoteTermination, statusLine } from '../container-facts.js';
import { say, type Finding } from '../../contracts/diagnosis.js';

export function initSidecarFindings(_evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  if (!v) return [];
  const out: Finding[] = [];
  if (v.init && !v.nativeSidecar && ctx.podStatus.startsWith('Init:')) {
    const last = lastTermination(v);
    const waiting = v.status?.state?.waiting;
    const failed = (last && last.term.exitCode !== 0) || waiting?.reason === 'CrashLoopBackOff';
    out.push({
      id: 'init-container-failing', cause: 'init-container', confidence: failed ? 'confirmed' : 'possible', container: v.name,
      say: say('dx.f.initNotCompleted', { container: v.name, status: ctx.podStatus }),
      evidence: [statusLine('pod STATUS', ctx.podStatus), ...(last ? [quoteTermination(last.field, last.term)] : [])],
    });
  }
  for (const s of ctx.failing.slice(1)) {
    if (!looksLikeSidecar(s.name) && !s.nativeSidecar) continue;
    out.push({ id: 'sidecar-restarting', confidence: 'possible', container: s.name,
      say: say('dx.f.sidecarRestarting', { sidecar: s.name, count: s.status?.restartCount ?? 0, container: v.name }),
      evidence: [statusLine(`${s.init ? 'initContainerStatuses' : 'containerStatuses'}[${s.name}].restartCount`, String(s.status?.restartCount ?? 0))] });
  }
  return out;
}
