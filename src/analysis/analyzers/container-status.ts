// The failing container's status: its exit code and what it means, and what the reason field proves on its
// own (OOMKilled, Completed under restartPolicy Always, StartError with the runtime's message).
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext, ContainerView } from '../context.js';
import { lastTermination, quoteTermination, restartPolicyOf, statusLine, volumePaths } from '../container-facts.js';
import { exitCodeMeaning } from '../exit-code.js';
import { classifyStartError, namesMissingVolumePath, START_REASONS, type StartErrorKind } from '../start-error.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

export function containerStatusFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.failing.slice(0, 3)) out.push(...forContainer(evidence, v));
  const pod = evidence.pod;
  // The kubelet ends pods from outside: eviction under node pressure, graceful node shutdown (reason Terminated,
  // formerly Shutdown; NodeShutdown when it refuses new ones). A clean exit 0 inside such a pod is no app fault.
  const external = pod.status?.reason ?? '';
  if (/^(Evicted|Terminated|Shutdown|NodeShutdown)$/.test(external)) {
    out.push(finding({
      id: 'killed-by-signal', cause: 'killed-externally', confidence: 'confirmed',
      say: say(external === 'Evicted' ? 'dx.f.evicted' : 'dx.f.nodeShutdown'),
      evidence: [statusLine('status.reason', `${external}: ${pod.status?.message ?? ''}`.trim())],
      facts: { evicted: true },
    }));
  }
  return out;
}

const HOST_PATH_MISSING: StartErrorKind = { id: 'mount-failed', cause: 'mount-failure', say: say('dx.f.start.hostPathMissing') };

function forContainer(evidence: Evidence, v: ContainerView): Finding[] {
  const out: Finding[] = [];
  const container = v.name;
  const waiting = v.status?.state?.waiting;
  const last = lastTermination(v);

  // The kubelet reports a subPath it cannot prepare as CreateContainerConfigError: a mount failure, not missing config.
  const configMount = waiting?.reason === 'CreateContainerConfigError' && classifyStartError(waiting.message ?? '')?.cause === 'mount-failure';
  const pathMissing = /^CreateContainer(?:Config)?Error$/.test(waiting?.reason ?? '') && namesMissingVolumePath(waiting?.message ?? '', volumePaths(evidence.pod, v));
  if (waiting?.reason && (START_REASONS.test(waiting.reason) || configMount || pathMissing) && waiting.message) {
    const kind = pathMissing ? HOST_PATH_MISSING : classifyStartError(waiting.message);
    if (kind) {
      out.push({ id: kind.id, cause: kind.cause, confidence: 'confirmed', container, say: kind.say,
        evidence: [statusLine(`state.waiting`, `${waiting.reason}: ${waiting.message}`)] });
    }
  }
  // Some runtimes put the hook failure on the status itself: reason or message "PostStartHookError: …".
  const hookText = [waiting?.reason, waiting?.message, last?.term.reason, last?.term.message].find((t) => t && /(?:PostStart|PreStop)HookError/.test(t));
  if (hookText) {
    out.push(finding({ id: 'hook-failed', cause: 'lifecycle-hook', confidence: 'confirmed', container,
      say: say('dx.f.hookOf', { hook: /PreStop/.test(hookText) ? 'preStop' : 'postStart', container }),
      evidence: [statusLine(hookText === waiting?.reason || hookText === waiting?.message ? 'state.waiting' : last!.field, hookText)],
      facts: { hook: /PreStop/.test(hookText) ? 'FailedPreStopHook' : 'FailedPostStartHook' } }));
  }
  if (!last) return out;
  const { term, field } = last;
  const meaning = exitCodeMeaning(term.exitCode);
  const quote = quoteTermination(field, term);
  out.push(finding({
    id: 'exit-code', confidence: 'confirmed', container,
    say: say(meaning.signal ? 'dx.f.exitSignal' : 'dx.f.exit', { container, code: meaning.code, signal: meaning.signal ?? '', meaning: meaning.say }),
    evidence: [quote],
    facts: { code: meaning.code, kind: meaning.kind, meaning: meaning.meaning, reason: term.reason ?? '', ...(meaning.signal ? { signal: meaning.signal } : {}) },
  }));

  const reason = term.reason ?? '';
  if (reason === 'OOMKilled') {
    out.push({ id: 'oom-killed', cause: 'oom-killed', confidence: 'confirmed', container,
      say: say('dx.f.oomKilled', { container }), evidence: [quote] });
  }
  if (START_REASONS.test(reason) || (reason === 'Error' && term.exitCode === 128 && term.message)) {
    const kind = term.message ? classifyStartError(term.message) : undefined;
    out.push({ id: 'start-error', confidence: 'confirmed', container,
      say: say('dx.f.startError', { container, reason }), evidence: [quote], ...(kind ? { cause: kind.cause } : {}) });
    if (kind) out.push({ id: kind.id, cause: kind.cause, confidence: 'confirmed', container, say: kind.say, evidence: [quote] });
  } else if (meaning.code === 127 || meaning.code === 126) {
    out.push({ id: 'command-not-found', cause: 'command-not-found', confidence: 'likely', container,
      say: say('dx.f.exitShort', { code: meaning.code, meaning: meaning.say }), evidence: [quote] });
  }
  if (meaning.code === 0 && restartPolicyOf(evidence.pod, v) === 'Always' && (v.status?.restartCount ?? 0) + (v.status?.state?.terminated ? 1 : 0) > 0 && !v.init) {
    out.push({ id: 'exits-zero', cause: 'exits-zero', confidence: reason === 'Completed' || reason === '' ? 'confirmed' : 'likely', container,
      say: say('dx.f.exitsZero', { container }), evidence: [quote] });
  }
  if (meaning.signal === 'SIGSEGV') {
    out.push({ id: 'segfault', cause: 'segfault', confidence: 'likely', container, say: say('dx.f.segfault', { container }), evidence: [quote] });
  } else if (meaning.kind === 'signal' && reason !== 'OOMKilled') {
    out.push(finding({ id: 'killed-by-signal', cause: 'killed-externally', confidence: 'possible', container,
      say: say('dx.f.killedBySignal', { container, signal: meaning.signal ?? '', code: meaning.code }), evidence: [quote],
      facts: { signal: meaning.signal ?? '', code: meaning.code } }));
  }
  return out;
}
