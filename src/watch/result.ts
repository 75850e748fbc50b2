// One published result and its three shapes: the JSON line, the Event on the pod and the Slack-compatible
// webhook body. Pure; every text that came from the cluster is sanitised before it is placed in one.
import type { Diagnosis } from '../contracts/diagnosis.js';
import { ENGLISH, type Translate } from '../i18n/translate.js';
import { diagnosisWords } from '../report/word.js';
import { sanitize } from '../text/sanitize.js';
import { CAUSE_ANNOTATION, WORKLOAD_ANNOTATION } from './published-events.js';
import type { Workload } from './workload.js';

export interface WatchResult {
  readonly namespace: string;
  readonly pod: string;
  readonly podUid: string;
  readonly workload: Workload;
  readonly cause: string;
  readonly confidence: string | null;
  readonly container: string | null;
  readonly summary: string;
  /** Reads that failed or were skipped: the result rests on less evidence. */
  readonly gaps: readonly string[];
  readonly command: readonly string[];
  /** Why it was diagnosed: the watch saw it fail, or an alert named it. */
  readonly trigger: 'watch' | 'alert';
  readonly at: string;
}

// The API server rejects Event messages over 1 KiB in events.k8s.io/v1; stay under it for both APIs.
const MAX_MESSAGE = 1000;

export function resultOf(d: Diagnosis, podUid: string, workload: Workload, trigger: WatchResult['trigger'], now: number): WatchResult {
  const [namespace, pod] = d.pod.split('/') as [string, string];
  return {
    namespace, pod, podUid, workload,
    cause: d.cause ?? 'none',
    confidence: d.confidence,
    container: d.container,
    summary: sanitize(d.summary),
    gaps: d.gaps.map((g) => sanitize(`${g.what}: ${g.reason}`)),
    command: ['kubectl', 'crashcourse', `${namespace}/${pod}`],
    trigger,
    at: new Date(now).toISOString(),
  };
}

export const jsonLine = (r: WatchResult): string => `${JSON.stringify({ kind: 'Diagnosis', ...r })}\n`;

/** What a person reads in the Event and the webhook, in the watcher's language (--lang); the JSON line, the
 * webhook's `result` and the annotations keep English and ids for machines. */
export interface ResultText {
  readonly summary: string;
  readonly gaps: readonly string[];
  readonly t: Translate;
}

export const englishText = (r: WatchResult): ResultText => ({ summary: r.summary, gaps: r.gaps, t: ENGLISH });

export function resultText(d: Diagnosis, t: Translate): ResultText {
  return { summary: sanitize(diagnosisWords(d, t).summary), gaps: d.gaps.map((g) => sanitize(`${g.what}: ${g.reason}`)), t };
}

export function eventMessage(r: WatchResult, text: ResultText = englishText(r)): string {
  const gaps = text.gaps.length > 0 ? text.t('out.watch.eventGaps', { gaps: text.gaps.join('; ') }) : '';
  const line = text.t('out.watch.event', { cause: r.cause, summary: text.summary.replace(/[.。]$/, ''), command: r.command.join(' '), gaps });
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line;
}

/** A core/v1 Event on the pod, as the kubelet writes them (so `kubectl describe pod` lists it). */
export function eventObject(r: WatchResult, instance: string, now: number, text: ResultText = englishText(r)): Record<string, unknown> {
  const ts = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      generateName: `${r.pod}.crashcourse-`,
      namespace: r.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'kubectl-crashcourse' },
      annotations: { [WORKLOAD_ANNOTATION]: `${r.workload.kind}/${r.workload.name}`, [CAUSE_ANNOTATION]: r.cause },
    },
    involvedObject: { apiVersion: 'v1', kind: 'Pod', namespace: r.namespace, name: r.pod, uid: r.podUid },
    reason: 'Diagnosed',
    message: eventMessage(r, text),
    type: r.cause === 'none' ? 'Normal' : 'Warning',
    source: { component: 'kubectl-crashcourse' },
    reportingComponent: 'kubectl-crashcourse',
    reportingInstance: instance,
    firstTimestamp: ts,
    lastTimestamp: ts,
    count: 1,
  };
}

/** Slack's incoming-webhook shape ({text}); Mattermost, Rocket.Chat and Teams' Slack mode accept it too. */
export function webhookBody(r: WatchResult, text: ResultText = englishText(r)): string {
  const where = `${r.workload.kind} ${r.workload.namespace}/${r.workload.name}`;
  const gaps = text.gaps.length > 0 ? text.t('out.watch.webhookGaps', { gaps: text.gaps.join('; ') }) : '';
  return JSON.stringify({ text: text.t('out.watch.webhookText', { cause: r.cause, where, pod: r.pod, summary: text.summary, command: r.command.join(' '), gaps }), result: r });
}
