// Two containers of one pod share a network namespace: if both declare the same containerPort, the second
// one to bind it fails with "address already in use".
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { say, joinSaid, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

export function portFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const owners = new Map<string, string[]>();
  const spec = evidence.pod.spec;
  for (const c of [...(spec.initContainers ?? []).filter((x) => x.restartPolicy === 'Always'), ...spec.containers]) {
    for (const p of c.ports ?? []) {
      const key = `${p.containerPort}/${p.protocol ?? 'TCP'}`;
      owners.set(key, [...(owners.get(key) ?? []), c.name]);
    }
  }
  const out: Finding[] = [];
  for (const [port, names] of owners) {
    const unique = [...new Set(names)];
    if (unique.length < 2) continue;
    const involved = ctx.primary && unique.includes(ctx.primary.name);
    out.push(finding({
      id: 'duplicate-port', cause: 'port-in-use', confidence: involved ? 'likely' : 'possible',
      ...(involved ? { container: ctx.primary!.name } : {}),
      say: say('dx.f.duplicatePort', { containers: joinSaid('dx.join.and', unique.map((name) => say('dx.name', { name })))!, port }),
      evidence: unique.map((n) => ({ source: 'spec' as const, where: `containers[${n}].ports`, text: `containers[${n}].ports: ${port}` })),
      facts: { port, containers: unique.join(',') },
    }));
  }
  return out;
}
