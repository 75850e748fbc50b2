// Waits for the copy to run, polling with a deadline, and when it does not, says what it saw: unschedulable,
// an image pull error, or the keep-alive failing because the image lacks it. Each reason is a catalog message
// (the caller words it in the reader's language) and also worded in English, for JSON and logs.
import { ENGLISH, type MessageKey, type MessageValues } from '../i18n/translate.js';
import type { Pod } from '../k8s/index.js';
import { podStatusRow } from '../k8s/index.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';

/** A catalog message and its values; the cluster's own words (reasons, messages) are values, verbatim. */
export interface WaitNote {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

export type WaitOutcome =
  | { readonly ok: true; readonly pod: Pod }
  | {
      readonly ok: false;
      /** `why` and `hintNote` in English. */
      readonly reason: string;
      readonly hint?: string;
      readonly why: WaitNote;
      readonly hintNote?: WaitNote;
      readonly pod?: Pod;
      readonly keepAliveMissing?: boolean;
    };

type Verdict = { why: WaitNote; hintNote?: WaitNote; keepAliveMissing?: boolean };

const note = (key: MessageKey, values?: MessageValues): WaitNote => (values ? { key, values } : { key });
/** A reason with the kubelet's optional message after it: the message stays the kubelet's. */
const withMessage = (reason: string | undefined, message: string | undefined): MessageValues => ({ hasReason: reason ? 'yes' : 'no', reason: reason ?? '', hasMessage: message ? 'yes' : 'no', message: message ?? '' });

function failed(v: Verdict, pod?: Pod): WaitOutcome {
  return {
    ok: false,
    reason: ENGLISH(v.why.key, v.why.values),
    ...(v.hintNote ? { hint: ENGLISH(v.hintNote.key, v.hintNote.values), hintNote: v.hintNote } : {}),
    why: v.why,
    ...(pod ? { pod } : {}),
    ...(v.keepAliveMissing !== undefined ? { keepAliveMissing: v.keepAliveMissing } : {}),
  };
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  readonly onTick?: (status: string) => void;
}

export async function waitUntilRunning(api: KubeApi, namespace: string, name: string, container: string, options: WaitOptions): Promise<WaitOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  let last: Pod | undefined;
  for (;;) {
    const res = await api.request('GET', podsPath(namespace, name));
    if (res.status === 404) return failed({ why: note('cleanup.wait.disappeared', { copy: name }) });
    if (res.status >= 300) return failed({ why: note('cleanup.wait.apiError', { message: statusMessage(res) }) });
    last = res.body as Pod;
    const verdict = judge(last, container);
    options.onTick?.(podStatusRow(last).status);
    if (verdict === 'running') return { ok: true, pod: last };
    if (verdict !== 'waiting') return failed(verdict, last);
    if (Date.now() >= deadline) return failed(explainTimeout(last, container, options.timeoutMs), last);
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 500));
  }
}

function judge(pod: Pod, container: string): 'running' | 'waiting' | Verdict {
  const s = pod.status?.containerStatuses?.find((c) => c.name === container);
  if (s?.state?.running && pod.status?.phase === 'Running') return 'running';
  const term = s?.state?.terminated ?? s?.lastState?.terminated;
  if (term) {
    const missing = term.exitCode === 127 || term.exitCode === 126 || term.exitCode === 128 || /not found|no such file|executable/i.test(term.message ?? '') || /infinity/i.test(term.message ?? '');
    return {
      keepAliveMissing: missing,
      why: note('cleanup.wait.keepAliveStopped', { container, code: String(term.exitCode), ...withMessage(term.reason, term.message) }),
      hintNote: missing
        ? note('cleanup.wait.lacksProgram', { tail: '"tail -f /dev/null"', loop: `"/bin/sh -c 'while true; do sleep 3600; done'"` })
        : note('cleanup.wait.otherKeepAlive'),
    };
  }
  const waiting = s?.state?.waiting;
  if (waiting?.reason && /ErrImagePull|ImagePullBackOff|InvalidImageName|ErrImageNeverPull/.test(waiting.reason)) {
    return { why: note('cleanup.wait.cannotPull', withMessage(waiting.reason, waiting.message)), hintNote: note('cleanup.wait.samePullProblem') };
  }
  if (waiting?.reason === 'CreateContainerConfigError' || waiting?.reason === 'CreateContainerError') {
    return { why: note('cleanup.wait.cannotCreate', withMessage(waiting.reason, waiting.message)) };
  }
  if (pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded') return { why: note('cleanup.wait.ended', { phase: pod.status.phase }) };
  return 'waiting';
}

function explainTimeout(pod: Pod, container: string, timeoutMs: number): Verdict {
  const secs = Math.round(timeoutMs / 1000);
  const sched = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (sched?.status === 'False') {
    return { why: note('cleanup.wait.notScheduled', { secs, ...withMessage(sched.reason ?? 'Unschedulable', sched.message) }), hintNote: note('cleanup.wait.pinnedHint') };
  }
  const waiting = pod.status?.containerStatuses?.find((c) => c.name === container)?.state?.waiting;
  if (waiting) return { why: note('cleanup.wait.stillWaiting', { secs, ...withMessage(waiting.reason, waiting.message) }) };
  return { why: note('cleanup.wait.notRunning', { secs, hasPhase: pod.status?.phase ? 'yes' : 'no', phase: pod.status?.phase ?? '' }) };
}
