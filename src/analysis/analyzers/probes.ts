// The failing container's probes against how long it lived: a liveness probe whose budget
// (initialDelaySeconds + periodSeconds × failureThreshold) ends before the app is up kills every start, which a
// startupProbe fixes; and a probe aimed at a port the container does not declare can never pass.
import type { Evidence } from '../../contracts/evidence.js';
import type { Container, Probe } from '../../k8s/index.js';
import type { AnalyzerContext } from '../context.js';
import { fieldOf, lastTermination, lifetimeSeconds, specLine } from '../container-facts.js';
import { isFindingOf, say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';
import { eventFindings } from './events.js';

/** Seconds from start until the kubelet acts on a probe that never passes. */
export function probeBudgetSeconds(p: Probe): number {
  return (p.initialDelaySeconds ?? 0) + (p.periodSeconds ?? 10) * (p.failureThreshold ?? 3);
}

// Messages of a probe hitting an app that is not listening yet (still starting) rather than answering badly.
const NOT_UP_YET = /connection refused|connect: connection refused|i\/o timeout|context deadline exceeded|Client\.Timeout|timeout|EOF|no route to host|reset by peer/i;

const describeProbe = (p: Probe): string => {
  const how = p.httpGet ? `httpGet ${p.httpGet.path ?? '/'} port ${p.httpGet.port}` : p.tcpSocket ? `tcpSocket port ${p.tcpSocket.port}`
    : p.exec ? `exec ${(p.exec.command ?? []).join(' ')}` : p.grpc ? `grpc port ${p.grpc.port}` : 'probe';
  return `${how} initialDelaySeconds=${p.initialDelaySeconds ?? 0} periodSeconds=${p.periodSeconds ?? 10} failureThreshold=${p.failureThreshold ?? 3} timeoutSeconds=${p.timeoutSeconds ?? 1}`;
};

export function probeFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  const spec = v?.spec;
  if (!v || !spec) return [];
  const out: Finding[] = [...portMismatches(spec, v.name, fieldOf(v))];
  const live = spec.livenessProbe;
  if (!live) return out;
  const budget = probeBudgetSeconds(live);
  const last = lastTermination(v);
  const lived = last ? lifetimeSeconds(last.term) : undefined;
  const prior = eventFindings(evidence, ctx);
  const killed = prior.some((f) => f.id === 'probe-kill' && f.container === v.name);
  const failing = prior.find((f) => f.id === 'probe-failing' && f.facts?.probe === 'liveness');
  const message = failing && isFindingOf(failing, 'probe-failing') ? (failing.facts?.message ?? '') : '';
  const notUpYet = NOT_UP_YET.test(message);
  // Killed at about the first moment the probe allows: the container never got further than its budget.
  const atBudget = lived !== undefined && lived <= budget + (live.periodSeconds ?? 10) * 2 + (live.timeoutSeconds ?? 1) + 5;
  if (!spec.startupProbe && (killed || failing) && notUpYet && (lived === undefined || atBudget)) {
    out.push(finding({
      id: 'probe-too-early', cause: 'liveness-probe', confidence: killed ? 'likely' : 'possible', container: v.name,
      say: lived !== undefined ? say('dx.f.probeTooEarlyLived', { budget, container: v.name, lived }) : say('dx.f.probeTooEarly', { budget }),
      evidence: [specLine(`${fieldOf(v)}.livenessProbe`, describeProbe(live)), ...(failing ? failing.evidence : [])],
      facts: { budgetSeconds: budget, ...(lived !== undefined ? { livedSeconds: lived } : {}), startupProbe: false },
    }));
  }
  return out;
}

function portMismatches(spec: Container, name: string, field: string): Finding[] {
  const ports = spec.ports ?? [];
  const out: Finding[] = [];
  for (const [kind, p] of [['livenessProbe', spec.livenessProbe], ['readinessProbe', spec.readinessProbe], ['startupProbe', spec.startupProbe]] as const) {
    const port = p?.httpGet?.port ?? p?.tcpSocket?.port ?? p?.grpc?.port;
    if (port === undefined) continue;
    if (typeof port === 'string' && !/^\d+$/.test(port)) {
      if (!ports.some((x) => x.name === port)) {
        out.push({ id: 'probe-port-mismatch', confidence: 'confirmed', container: name, ...(kind !== 'readinessProbe' ? { cause: 'liveness-probe' as const } : {}),
          say: say('dx.f.probeNamedPort', { probe: kind, port, container: name }), evidence: [specLine(`${field}.${kind}`, describeProbe(p!))] });
      }
      continue;
    }
    const n = Number(port);
    if (ports.length > 0 && !ports.some((x) => x.containerPort === n)) {
      out.push({ id: 'probe-port-mismatch', confidence: 'possible', container: name, ...(kind !== 'readinessProbe' ? { cause: 'liveness-probe' as const } : {}),
        say: say('dx.f.probePort', { probe: kind, port: n, container: name, ports: ports.map((x) => x.containerPort).join(', ') }),
        evidence: [specLine(`${field}.${kind}`, describeProbe(p!)), specLine(`${field}.ports`, ports.map((x) => `${x.containerPort}/${x.protocol ?? 'TCP'}`).join(', '))] });
    }
  }
  return out;
}

export { describeProbe };
