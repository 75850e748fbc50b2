// A verdict in words: summary, explanation and fix from the per-cause catalogue, the next steps as kubectl
// commands carrying the session's target, and the gaps with the command that would close them. The analysis
// decides; this only says it.
import { containerViews, type ContainerView } from '../analysis/context.js';
import { lastTermination } from '../analysis/container-facts.js';
import { exitCodeMeaning } from '../analysis/exit-code.js';
import { isFindingOf, joinSaid, say, type Diagnosis, type Message, type Verdict } from '../contracts/diagnosis.js';
import type { Evidence } from '../contracts/evidence.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { readPlans } from '../plans/read-plans.js';
import { causeWords } from './cause-catalogue.js';
import { word } from './word.js';

// The service-account token volume and its CA ConfigMap are the cluster's own: never the user's missing config.
export const isUserReference = (r: { readonly kind: string; readonly name: string; readonly usedBy: string }): boolean =>
  r.kind !== 'ServiceAccount' && r.name !== 'kube-root-ca.crt' && !/kube-api-access-/.test(r.usedBy);

function nextStepsOf(verdict: Verdict, evidence: Evidence, target: KubectlTarget, v: ContainerView | undefined): Diagnosis['nextSteps'] {
  const pod = evidence.pod;
  const related = [
    ...evidence.references.filter((r) => r.exists === false && !r.optional && isUserReference(r)).map((r) => ({ kind: r.kind, name: r.name })),
    ...verdict.findings.map((f) => (isFindingOf(f, 'dependency-order') || isFindingOf(f, 'log-dns') ? f.facts?.service : undefined))
      .map((service) => ({ kind: 'Service', name: (service ?? '').split('/').pop() ?? '' })).filter((r) => r.name !== ''),
  ];
  const owner = evidence.owners.at(-1);
  return readPlans({
    target, pod: pod.metadata.name, cause: verdict.cause,
    ...(pod.metadata.uid ? { podUid: pod.metadata.uid } : {}),
    ...(v ? { container: v.name, init: v.init } : {}),
    ...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
    ...(owner?.kind ? { owner: { kind: owner.kind, name: owner.metadata.name } } : {}),
    related,
  });
}

function healthySummary(verdict: Verdict, evidence: Evidence, views: readonly ContainerView[], v: ContainerView | undefined): Message {
  if (verdict.container && v) return say(v.status?.ready === false ? 'dx.healthy.containerNotReady' : 'dx.healthy.container', { c: v.name });
  if (evidence.pod.status?.phase === 'Succeeded') return say('dx.healthy.completed', { pod: verdict.pod });
  const notReady = views.filter((c) => !c.init && c.status && !c.status.ready).map((c) => c.name);
  if (notReady.length > 0) return say('dx.healthy.notReady', { names: notReady.join(', '), count: notReady.length });
  return say('dx.healthy.all', { pod: verdict.pod });
}

/** The words as messages, and in English as JSON carries them. */
function worded(words: Diagnosis['words'] & object): Pick<Diagnosis, 'summary' | 'explanation' | 'fix' | 'words'> {
  return { summary: word(words.summary), explanation: word(words.explanation), ...(words.fix ? { fix: word(words.fix) } : {}), words };
}

export function present(input: { readonly verdict: Verdict; readonly evidence: Evidence; readonly target: KubectlTarget }): Diagnosis {
  const { verdict, evidence, target } = input;
  const views = containerViews(evidence.pod);
  const chosen = verdict.container ?? verdict.basis.find((f) => f.container)?.container;
  const v = views.find((c) => c.name === chosen) ?? (verdict.cause === null ? undefined : views.find((c) => c.name === verdict.container));
  const gaps = evidence.gaps.map((g) => ({ what: g.what, reason: g.reason, ...(g.command ? { command: g.command } : {}), ...(g.say ? { say: g.say } : {}) }));
  const { basis: _basis, secondary: _secondary, logsMissing: _logsMissing, ...shown } = verdict;
  const nextSteps = nextStepsOf(verdict, evidence, target, v);

  if (verdict.cause === null) {
    return {
      ...shown, nextSteps, gaps,
      ...worded({ summary: healthySummary(verdict, evidence, views, v), explanation: say('dx.healthy.explanation') }),
    };
  }
  const last = lastTermination(v);
  const code = last ? exitCodeMeaning(last.term.exitCode) : undefined;
  const words = causeWords(verdict.cause, { pod: evidence.pod, ...(v ? { view: v } : {}), ...(code ? { code } : {}), verdict, findings: verdict.findings, logsMissing: verdict.logsMissing });
  const sidecars = verdict.findings.filter((f) => f.id === 'sidecar-restarting').map((f) => f.container ?? '');
  return {
    ...shown,
    ...worded({
      summary: sidecars.length > 0 ? say('dx.present.sidecarTail', { summary: words.summary, sidecars: joinSaid('dx.join.comma', sidecars.map((name) => say('dx.name', { name })))! }) : words.summary,
      explanation: verdict.logsMissing ? say('dx.present.logsMissing', { explanation: words.explanation }) : words.explanation,
      ...(words.fix ? { fix: words.fix } : {}),
    }),
    nextSteps,
    gaps,
  };
}
