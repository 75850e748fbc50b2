// The analysis engine: pure functions from the evidence of one pod to findings and one diagnosis.
// No I/O, no clock but the evidence's collectedAt; the same input always gives the same answer.
import type { Evidence } from '../evidence/types.js';
import type { KubectlTarget } from '../plans/kubectl.js';
import { readPlans } from '../plans/read-plans.js';
import { alternativesFor } from './alternatives.js';
import { containerStatusFindings } from './analyzers/container-status.js';
import { dependencyOrderFindings } from './analyzers/dependency-order.js';
import { disruptionFindings } from './analyzers/disruption.js';
import { eventFindings } from './analyzers/events.js';
import { imageFindings } from './analyzers/image.js';
import { initSidecarFindings } from './analyzers/init-sidecar.js';
import { logFindings } from './analyzers/logs.js';
import { mountFindings } from './analyzers/mounts.js';
import { nodeRestartFindings } from './analyzers/node-restart.js';
import { notStartingFindings } from './analyzers/not-starting.js';
import { portFindings } from './analyzers/ports.js';
import { probeFindings } from './analyzers/probes.js';
import { referenceFindings } from './analyzers/references.js';
import { resourceFindings } from './analyzers/resources.js';
import { securityContextFindings } from './analyzers/security-context.js';
import { terminationMessageFindings } from './analyzers/termination-message.js';
import { syscallFindings } from './analyzers/syscalls.js';
import { backoffState } from './backoff.js';
import { chooseFailing } from './choose-container.js';
import { lastTermination, lifetimeSeconds } from './container-facts.js';
import { containerViews, podStatusOf, type Analyzer, type AnalyzerContext } from './context.js';
import { decide } from './decide.js';
import { newest, quoteEvent } from './event-helpers.js';
import { exitCodeMeaning } from './exit-code.js';
import { explain } from './explain.js';
import type { Confidence, Diagnosis, EvidenceLine, Finding } from './types.js';
import { sanitize } from '../text/sanitize.js';

export { exitCodeMeaning, normalizeExitCode, signalName } from './exit-code.js';
export type { ExitCodeMeaning } from './exit-code.js';
export type { AnalyzerContext, Analyzer } from './context.js';

export const ANALYZERS: readonly Analyzer[] = [
  containerStatusFindings, terminationMessageFindings, eventFindings, nodeRestartFindings, logFindings, dependencyOrderFindings,
  probeFindings, resourceFindings, initSidecarFindings, mountFindings, imageFindings, securityContextFindings, portFindings,
  referenceFindings, notStartingFindings, disruptionFindings, syscallFindings,
];

export function analyzerContext(evidence: Evidence, container?: string): AnalyzerContext {
  const all = containerViews(evidence.pod);
  const podStatus = podStatusOf(evidence.pod, evidence.collectedAt);
  const choice = chooseFailing(evidence.pod, all, podStatus, container);
  return { all, failing: choice.failing, ...(choice.failing[0] ? { primary: choice.failing[0] } : {}), podStatus, choice: choice.why };
}

export function analyze(evidence: Evidence, container?: string): Finding[] {
  const ctx = analyzerContext(evidence, container);
  return ANALYZERS.flatMap((a) => a(evidence, ctx));
}

// The service-account token volume and its CA ConfigMap are the cluster's own: never the user's missing config.
export const isUserReference = (r: { readonly kind: string; readonly name: string; readonly usedBy: string }): boolean =>
  r.kind !== 'ServiceAccount' && r.name !== 'kube-root-ca.crt' && !/kube-api-access-/.test(r.usedBy);

const lower = (c: Confidence): Confidence => (c === 'confirmed' ? 'likely' : 'possible');

const sanitizeFinding = (f: Finding): Finding => ({ ...f, evidence: f.evidence.map((l) => ({ ...l, text: sanitize(l.text) })) });

const sourceOf = (line: EvidenceLine): string => (line.source === 'log' ? `log:${line.where}` : line.source === 'trace' ? line.where : line.source);

export function diagnose(input: { readonly evidence: Evidence; readonly container?: string; readonly target: KubectlTarget }): Diagnosis {
  const { evidence, target } = input;
  const pod = evidence.pod;
  const podKey = `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
  const ctx = analyzerContext(evidence, input.container);
  // Event messages, termination messages and hook output come from containers: quote them only sanitised.
  const findings = ANALYZERS.flatMap((a) => a(evidence, ctx)).map(sanitizeFinding);
  const decision = decide(evidence, ctx, findings);
  const v = ctx.primary;
  const last = lastTermination(v);
  const code = last ? exitCodeMeaning(last.term.exitCode) : undefined;
  const restarts = v?.status?.restartCount ?? 0;
  const gaps = evidence.gaps.map((g) => ({ what: g.what, reason: g.reason, ...(g.command ? { command: g.command } : {}) }));
  const related = [
    ...evidence.references.filter((r) => r.exists === false && !r.optional && isUserReference(r)).map((r) => ({ kind: r.kind, name: r.name })),
    ...findings.filter((f) => f.id === 'dependency-order' || (f.id === 'log-dns' && f.facts?.service))
      .map((f) => ({ kind: 'Service', name: String(f.facts?.service ?? '').split('/').pop() ?? '' })).filter((r) => r.name !== ''),
  ];
  const owner = evidence.owners.at(-1);
  const nextSteps = readPlans({
    target, pod: pod.metadata.name, cause: decision.cause,
    ...(pod.metadata.uid ? { podUid: pod.metadata.uid } : {}),
    ...(v ? { container: v.name, init: v.init } : {}),
    ...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
    ...(owner?.kind ? { owner: { kind: owner.kind, name: owner.metadata.name } } : {}),
    related,
  });

  if (decision.cause === null) {
    const notReady = ctx.all.filter((c) => !c.init && c.status && !c.status.ready).map((c) => c.name);
    const phase = pod.status?.phase ?? 'Unknown';
    return {
      pod: podKey, container: input.container && v ? v.name : null, cause: null, confidence: null, alternatives: [], exitCode: null, signal: null, restarts: 0, backoff: null,
      summary: input.container && v
        ? `${v.name} is running and has not failed${v.status?.ready === false ? ' (not ready)' : ''}`
        : phase === 'Succeeded' ? `${podKey} completed successfully; no container is failing` : notReady.length > 0
        ? `No container is crashing; ${notReady.join(', ')} ${notReady.length > 1 ? 'are' : 'is'} running but not ready`
        : `${podKey} is healthy: every container is running and none is failing`,
      explanation: 'No container of this pod is waiting in back-off, terminated with an error or restarting, so there is no failure to explain.',
      evidence: [{ source: 'status', text: `pod STATUS ${ctx.podStatus}` }],
      nextSteps, gaps, findings: [...findings, { id: 'healthy', confidence: 'confirmed', summary: 'No container is failing', evidence: [] }],
      rule: decision.rule, trace: decision.trace,
    };
  }

  const cause = decision.cause;
  // Missing only when a read of this container's logs failed and nothing of them came back at all.
  const logsMissing = v
    ? evidence.gaps.some((g) => /log/i.test(g.what) && (g.what.endsWith(` ${v.name}`) || g.what.includes(` ${v.name} `))) &&
      !evidence.logs.some((l) => l.container === v.name && l.text.trim() !== '')
    : false;
  const eventsMissing = evidence.gaps.some((g) => /event/i.test(g.what));
  let confidence: Confidence = decision.confidence ?? 'possible';
  // A read we could not make may hide the evidence that would prove something else.
  if ((logsMissing || eventsMissing) && !decision.proved) confidence = lower(confidence);
  else if (eventsMissing && (cause === 'killed-externally' || cause === 'app-crash')) confidence = lower(confidence);

  const words = explain(cause, { pod, ...(v ? { view: v } : {}), ...(code ? { code } : {}), decision, findings, logsMissing });
  const quoted: EvidenceLine[] = [];
  const seen = new Set<string>();
  const exitFinding = findings.find((f) => f.id === 'exit-code' && f.container === v?.name);
  // A strace capture of this container is quoted whatever rule decided: the call the kernel refused is evidence.
  const traced = findings.filter((f) => f.id === 'syscall-failure' && f.container === v?.name);
  for (const f of [...decision.basis, ...(exitFinding ? [exitFinding] : []), ...traced, ...(decision.secondary?.basis ?? [])]) {
    for (const line of f.evidence) {
      if (seen.has(line.text)) continue;
      seen.add(line.text);
      quoted.push(line);
    }
  }
  if (logsMissing) quoted.push({ source: 'cluster', where: 'gap', text: `logs of ${v?.name ?? 'the container'} could not be read: the cause does not rest on them` });
  // Nothing the analyzers know proves anything (a sandbox or network failure, say): show what the pod does say,
  // its status and its newest warning, so the reader has somewhere to start.
  if (quoted.length === 0) {
    quoted.push({ source: 'status', where: 'pod STATUS', text: `pod STATUS ${ctx.podStatus}` });
    const warning = newest(evidence.events.filter((e) => e.type === 'Warning'));
    if (warning) quoted.push({ ...quoteEvent(warning), text: sanitize(quoteEvent(warning).text) });
  }

  const sidecars = findings.filter((f) => f.id === 'sidecar-restarting').map((f) => f.container);
  const summaryTail = sidecars.length > 0 ? ` (${sidecars.join(', ')} restarting too is a sidecar, not the cause)` : '';
  return {
    pod: podKey,
    container: v?.name ?? null,
    cause,
    confidence,
    alternatives: alternativesFor(decision, findings, code, v?.name, last ? lifetimeSeconds(last.term) : undefined),
    exitCode: code?.code ?? null,
    signal: code?.signal ?? null,
    restarts,
    backoff: backoffState(v, evidence.collectedAt),
    summary: words.summary + summaryTail,
    explanation: logsMissing ? `${words.explanation} Note: the container's logs could not be read (see gaps), so they may hold a more specific reason.` : words.explanation,
    ...(words.fix ? { fix: words.fix } : {}),
    evidence: quoted.slice(0, 8).map((l) => ({ source: sourceOf(l), text: l.text })),
    nextSteps,
    gaps,
    findings,
    rule: decision.rule,
    trace: decision.trace,
  };
}
