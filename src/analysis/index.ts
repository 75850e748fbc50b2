// The analysis engine: pure functions from the evidence of one pod to findings and one verdict (src/report words it).
// No I/O, no clock but the evidence's collectedAt; the same input always gives the same answer.
import type { Evidence } from '../contracts/evidence.js';
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
import { say, type Confidence, type EvidenceLine, type Finding, type Verdict } from '../contracts/diagnosis.js';
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

const lower = (c: Confidence): Confidence => (c === 'confirmed' ? 'likely' : 'possible');

const sanitizeFinding = (f: Finding): Finding => ({ ...f, evidence: f.evidence.map((l) => ({ ...l, text: sanitize(l.text) })) });

const sourceOf = (line: EvidenceLine): string => (line.source === 'log' ? `log:${line.where}` : line.source === 'trace' ? line.where : line.source);

/** The verdict on one pod: its cause, how sure, what it rests on, what else was weighed and the rules tried. */
export function judge(input: { readonly evidence: Evidence; readonly container?: string }): Verdict {
  const { evidence } = input;
  const pod = evidence.pod;
  const podKey = `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
  const ctx = analyzerContext(evidence, input.container);
  // Event messages, termination messages and hook output come from containers: quote them only sanitised.
  const findings = ANALYZERS.flatMap((a) => a(evidence, ctx)).map(sanitizeFinding);
  const decision = decide(evidence, ctx, findings);
  const v = ctx.primary;
  const last = lastTermination(v);
  const code = last ? exitCodeMeaning(last.term.exitCode) : undefined;
  const common = { pod: podKey, basis: decision.basis, ...(decision.secondary ? { secondary: decision.secondary } : {}), rule: decision.rule, trace: decision.trace };

  if (decision.cause === null) {
    return {
      ...common, container: input.container && v ? v.name : null, cause: null, confidence: null, alternatives: [], exitCode: null, signal: null, restarts: 0, backoff: null,
      evidence: [{ source: 'status', text: `pod STATUS ${ctx.podStatus}` }], logsMissing: false,
      findings: [...findings, { id: 'healthy', confidence: 'confirmed', say: say('dx.f.healthy'), evidence: [] }],
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
  if (logsMissing) {
    const said = v ? say('dx.gap.logsMissing', { c: v.name }) : say('dx.gap.logsMissingUnnamed');
    quoted.push({ source: 'cluster', where: 'gap', text: `logs of ${v?.name ?? 'the container'} could not be read: the cause does not rest on them`, say: said });
  }
  // Nothing the analyzers know proves anything (a sandbox or network failure, say): show what the pod does say,
  // its status and its newest warning, so the reader has somewhere to start.
  if (quoted.length === 0) {
    quoted.push({ source: 'status', where: 'pod STATUS', text: `pod STATUS ${ctx.podStatus}` });
    const warning = newest(evidence.events.filter((e) => e.type === 'Warning'));
    if (warning) quoted.push({ ...quoteEvent(warning), text: sanitize(quoteEvent(warning).text) });
  }

  return {
    ...common,
    container: v?.name ?? null,
    cause,
    confidence,
    alternatives: alternativesFor(decision, findings, code, v?.name, last ? lifetimeSeconds(last.term) : undefined),
    exitCode: code?.code ?? null,
    signal: code?.signal ?? null,
    restarts: v?.status?.restartCount ?? 0,
    backoff: backoffState(v, evidence.collectedAt),
    evidence: quoted.slice(0, 8).map((l) => ({ source: sourceOf(l), text: l.text, ...(l.say ? { say: l.say } : {}), ...(l.source === 'trace' && l.whereSay ? { sourceSay: l.whereSay } : {}) })),
    logsMissing,
    findings,
  };
}
