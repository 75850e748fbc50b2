// The securityContext that turns ordinary writes into failures: a read-only root filesystem, a non-root user.
// These support a log line's cause; on their own they prove nothing.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { fieldOf, specLine, statusLine } from '../container-facts.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

export function securityContextFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  const spec = v?.spec;
  if (!v || !spec) return [];
  const out: Finding[] = [];
  const sc = spec.securityContext ?? {};
  const psc = evidence.pod.spec.securityContext ?? {};
  if (sc.readOnlyRootFilesystem) {
    out.push({ id: 'read-only-root', confidence: 'confirmed', container: v.name, say: say('dx.f.readOnlyRoot', { container: v.name }),
      evidence: [specLine(`${fieldOf(v)}.securityContext.readOnlyRootFilesystem`, 'true')] });
  }
  const runAsNonRoot = sc.runAsNonRoot ?? psc.runAsNonRoot;
  const runAsUser = sc.runAsUser ?? psc.runAsUser;
  if (runAsNonRoot || (runAsUser !== undefined && runAsUser !== 0)) {
    const where = sc.runAsNonRoot !== undefined || sc.runAsUser !== undefined ? `${fieldOf(v)}.securityContext` : 'spec.securityContext';
    out.push(finding({ id: 'run-as-non-root', confidence: 'confirmed', container: v.name,
      say: runAsUser !== undefined ? say('dx.f.nonRootUid', { container: v.name, uid: runAsUser }) : say('dx.f.nonRoot', { container: v.name }),
      evidence: [specLine(where, [runAsNonRoot ? 'runAsNonRoot=true' : '', runAsUser !== undefined ? `runAsUser=${runAsUser}` : ''].filter(Boolean).join(' '))],
      facts: { ...(runAsUser !== undefined ? { runAsUser } : {}), fsGroup: psc.fsGroup ?? -1 } }));
  }
  const waiting = v.status?.state?.waiting;
  if (waiting?.reason === 'CreateContainerConfigError' && /non-root|runAsNonRoot|runAsUser/i.test(waiting.message ?? '')) {
    out.push({ id: 'run-as-non-root', cause: 'permission-denied', confidence: 'confirmed', container: v.name,
      say: say('dx.f.runAsNonRootRefused'),
      evidence: [statusLine('state.waiting', `${waiting.reason}: ${waiting.message}`)] });
  }
  return out;
}
