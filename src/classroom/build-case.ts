// The case file of one exercise, built once from what the wizard would gather (evidence, diagnosis, the flow in
// the trainee's language) and the scenario's answer. Pure: the CLI does the reading.
import type { CauseId } from '../contracts/causes.js';
import type { Diagnosis } from '../contracts/diagnosis.js';
import type { Evidence } from '../contracts/evidence.js';
import { stepTargets, type Flow } from '../flow/index.js';
import type { EvidenceName } from '../contracts/session.js';
import { sanitize } from '../text/sanitize.js';
import { predictionFor, seededOrder, type CaseFacts } from './predictions.js';
import { shortestPath } from './shortest-path.js';
import type { ExerciseCase, ExerciseStep, Quote } from './types.js';

export interface ScenarioAnswer {
  readonly name: string;
  readonly title: string;
  readonly cause: CauseId;
  readonly also: readonly CauseId[];
  readonly teaches: string;
}

// What each exit code makes people guess from the pod list alone.
const USUAL_READING: Readonly<Record<number, CauseId>> = { 0: 'exits-zero', 1: 'app-crash', 127: 'command-not-found', 137: 'oom-killed', 139: 'segfault', 143: 'killed-externally', 255: 'node-restart' };
const FILLERS: readonly CauseId[] = ['oom-killed', 'app-crash', 'bad-config', 'missing-dependency', 'liveness-probe', 'killed-externally', 'permission-denied'];
const MAX_QUOTES = 10;
const CANDIDATES = 5;

const SOURCES_OF: Partial<Record<EvidenceName, readonly string[]>> = {
  'pod-status': ['status'], 'exit-code': ['status'], 'restart-timeline': ['status', 'event'], events: ['event'],
  'previous-logs': ['log'], 'current-logs': ['log'], 'init-logs': ['log'], probes: ['spec', 'event'], resources: ['spec', 'node'],
  node: ['node'], image: ['spec'], references: ['cluster', 'spec'], scheduling: ['event', 'cluster'], diagnosis: ['status', 'event', 'log', 'spec'],
};

/** The cause the exit code makes people guess from the pod list, when that is not the answer. */
export function misleadingReading(exitCode: number | null, accepted: readonly CauseId[]): CauseId | null {
  const usual = exitCode === null ? undefined : USUAL_READING[exitCode];
  return usual && !accepted.includes(usual) ? usual : null;
}

function factsOf(evidence: Evidence, diagnosis: Diagnosis): CaseFacts {
  const container = evidence.pod.spec?.containers?.find((c) => c.name === diagnosis.container) ?? evidence.pod.spec?.containers?.[0];
  const previous = evidence.logs.find((l) => l.kind === 'previous' && l.container === diagnosis.container && !l.init);
  const reasons = evidence.events.filter((e) => e.type === 'Warning' && e.reason && e.reason !== 'BackOff').map((e) => e.reason!);
  return {
    exitCode: diagnosis.exitCode,
    warningReasons: [...new Set(reasons)],
    previousLogsEmpty: !previous || previous.text.trim() === '',
    hasLivenessProbe: Boolean(container?.livenessProbe),
    hasMemoryLimit: Boolean(container?.resources?.limits?.['memory']),
  };
}

/** The current log of a container the evidence did not read (a sidecar that never restarted). */
export interface OtherLog {
  readonly container: string;
  readonly text: string;
}

function quotesOf(evidence: Evidence, diagnosis: Diagnosis, answer: ScenarioAnswer, otherLogs: readonly OtherLog[]): { quotes: Quote[]; support: string[] } {
  const lines: { source: string; text: string; supports: boolean }[] = [];
  const add = (source: string, text: string, supports: boolean): void => {
    const clean = sanitize(text).replace(/\s+/g, ' ').trim();
    if (!clean) return;
    const same = lines.find((l) => l.text === clean);
    if (same) same.supports ||= supports;
    else lines.push({ source, text: clean, supports });
  };
  const right = new Set<CauseId>([answer.cause, ...answer.also]);
  for (const f of diagnosis.findings) for (const e of f.evidence) add(e.source, e.text, f.cause !== undefined && right.has(f.cause));
  for (const e of diagnosis.evidence) add(e.source, e.text, diagnosis.cause !== null && right.has(diagnosis.cause));
  // Warning events the analysis did not quote already (it quotes them as "Warning Reason (xN) from …: message").
  for (const e of evidence.events) {
    const message = sanitize(e.message ?? '').replace(/\s+/g, ' ').trim();
    if (e.type === 'Warning' && !lines.some((l) => l.text.includes(message))) add('event', `${e.reason ?? ''}: ${message}`, false);
  }
  const previous = evidence.logs.find((l) => l.kind === 'previous' && l.container === diagnosis.container);
  for (const line of (previous?.text ?? '').split('\n').filter((l) => l.trim()).slice(-2)) add('log', line, false);
  // Another container's alarming lines back nothing: the last error-looking ones, so the board can rule them out.
  for (const other of otherLogs) {
    for (const line of other.text.split('\n').filter((l) => /error|fail|refused|denied|overlimit/i.test(l)).slice(-2)) add('log', `${other.container}: ${line}`, false);
  }
  // Backing quotes first, so a short list still holds the proof.
  const kept = [...lines.filter((l) => l.supports), ...lines.filter((l) => !l.supports)].slice(0, MAX_QUOTES);
  const quotes = kept.map((l, i) => ({ id: `q${i + 1}`, source: l.source, text: l.text.slice(0, 300) }));
  return { quotes, support: quotes.filter((_, i) => kept[i]!.supports).map((q) => q.id) };
}

export function buildCase(input: { readonly answer: ScenarioAnswer; readonly evidence: Evidence; readonly diagnosis: Diagnosis; readonly otherLogs?: readonly OtherLog[]; readonly flow: Flow; readonly seed: number }): ExerciseCase {
  const { answer, evidence, diagnosis, flow, seed } = input;
  const accepted = [answer.cause, ...answer.also];
  const facts = factsOf(evidence, diagnosis);
  const { quotes, support } = quotesOf(evidence, diagnosis, answer, input.otherLogs ?? []);
  const misleading = misleadingReading(diagnosis.exitCode, accepted);

  const pool = [answer.cause, ...(misleading ? [misleading] : []), ...diagnosis.alternatives.map((a) => a.cause), ...FILLERS];
  const candidates = seededOrder([...new Set(pool.filter((c) => c === answer.cause || !accepted.includes(c)))].slice(0, CANDIDATES), seed);

  // A status line whose reason is not OOMKilled is the direct refutation of an OOM kill.
  const statusNotOom = quotes.filter((q) => q.source === 'status' && !/OOMKilled/.test(q.text)).map((q) => q.id);
  const refutes = { 'oom-killed': statusNotOom };

  const byId = new Map(flow.steps.map((s) => [s.id, s] as const));
  const steps: Record<string, ExerciseStep> = {};
  flow.steps.forEach((s, i) => {
    const sources = new Set(s.evidence.flatMap((e) => SOURCES_OF[e] ?? []));
    const prediction = predictionFor(s.evidence, facts, seed + i);
    steps[s.id] = {
      id: s.id,
      title: s.title,
      explain: s.explain,
      evidence: s.evidence,
      reveals: quotes.filter((q) => sources.has(q.source)).map((q) => q.id),
      ...(prediction ? { prediction } : {}),
      exits: [...new Set(stepTargets(s))].map((t) => ({ step: t, title: byId.get(t)!.title, terminal: Boolean(byId.get(t)!.result) })),
    };
  });

  const first = quotes.find((q) => q.id === support[0]) ?? quotes[0];
  const [namespace, pod] = diagnosis.pod.split('/') as [string, string];
  // With more than one container kubectl logs picks the first (or the annotated default): name the one that fails.
  const container = (evidence.pod.spec?.containers ?? []).length > 1 && diagnosis.container ? ` -c ${diagnosis.container}` : '';
  const command = first?.source === 'log' ? `kubectl logs -n ${namespace} ${pod}${container} --previous` : `kubectl describe pod -n ${namespace} ${pod}`;
  return {
    scenario: answer.name,
    title: answer.title,
    namespace,
    pod,
    expected: answer.cause,
    accepted,
    teaches: sanitize(answer.teaches),
    misleading,
    quotes,
    candidates,
    support,
    refutes,
    start: flow.start,
    steps,
    shortestPath: shortestPath(flow, accepted),
    hints: [
      { key: 'hint.signal', values: { source: first?.source ?? 'event', text: first?.text.slice(0, 140) ?? '' } },
      { key: 'hint.command', values: { command } },
      { key: 'hint.answer', values: { cause: answer.cause } },
    ],
  };
}
