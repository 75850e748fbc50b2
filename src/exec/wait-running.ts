// Waits for the copy to run, polling with a deadline, and when it does not, says what it saw: unschedulable,
// an image pull error, or the keep-alive failing because the image lacks it.
import type { Pod } from '../k8s/index.js';
import { podStatusRow } from '../k8s/index.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';

export type WaitOutcome =
  | { readonly ok: true; readonly pod: Pod }
  | { readonly ok: false; readonly reason: string; readonly hint?: string; readonly pod?: Pod; readonly keepAliveMissing?: boolean };

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
    if (res.status === 404) return { ok: false, reason: `the copy ${name} disappeared (deleted, or evicted)` };
    if (res.status >= 300) return { ok: false, reason: statusMessage(res) };
    last = res.body as Pod;
    const verdict = judge(last, container);
    options.onTick?.(podStatusRow(last).status);
    if (verdict === 'running') return { ok: true, pod: last };
    if (verdict !== 'waiting') return { ok: false, pod: last, ...verdict };
    if (Date.now() >= deadline) return { ok: false, pod: last, ...explainTimeout(last, container, options.timeoutMs) };
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 500));
  }
}

function judge(pod: Pod, container: string): 'running' | 'waiting' | { reason: string; hint?: string; keepAliveMissing?: boolean } {
  const s = pod.status?.containerStatuses?.find((c) => c.name === container);
  if (s?.state?.running && pod.status?.phase === 'Running') return 'running';
  const term = s?.state?.terminated ?? s?.lastState?.terminated;
  if (term) {
    const why = `${term.reason ?? 'terminated'}, exit code ${term.exitCode}${term.message ? `: ${term.message}` : ''}`;
    const missing = term.exitCode === 127 || term.exitCode === 126 || term.exitCode === 128 || /not found|no such file|executable/i.test(term.message ?? '') || /infinity/i.test(term.message ?? '');
    return {
      keepAliveMissing: missing,
      reason: `the keep-alive in ${container} stopped (${why})`,
      hint: missing
        ? 'the image probably lacks that program: choose another with --command (e.g. --command "tail -f /dev/null" or --command "/bin/sh -c \'while true; do sleep 3600; done\'"), or, for an image without a shell, use the debug-container route shown below'
        : 'choose another keep-alive with --command',
    };
  }
  const waiting = s?.state?.waiting;
  if (waiting?.reason && /ErrImagePull|ImagePullBackOff|InvalidImageName|ErrImageNeverPull/.test(waiting.reason)) {
    return { reason: `the image cannot be pulled (${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''})`, hint: 'the original pod has the same problem: fix the image or its pull secret first' };
  }
  if (waiting?.reason === 'CreateContainerConfigError' || waiting?.reason === 'CreateContainerError') {
    return { reason: `the container cannot be created (${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''})` };
  }
  if (pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded') return { reason: `the copy ended (phase ${pod.status.phase})` };
  return 'waiting';
}

function explainTimeout(pod: Pod, container: string, timeoutMs: number): { reason: string; hint?: string } {
  const secs = Math.round(timeoutMs / 1000);
  const sched = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (sched?.status === 'False') {
    return { reason: `still Pending after ${secs}s: not scheduled (${sched.reason ?? 'Unschedulable'}${sched.message ? `: ${sched.message}` : ''})`, hint: 'a copy pinned to a full or cordoned node cannot start; without an RWO volume, try again without --same-node' };
  }
  const waiting = pod.status?.containerStatuses?.find((c) => c.name === container)?.state?.waiting;
  if (waiting) return { reason: `still waiting after ${secs}s (${waiting.reason ?? 'waiting'}${waiting.message ? `: ${waiting.message}` : ''})` };
  return { reason: `not Running after ${secs}s (phase ${pod.status?.phase ?? 'unknown'})` };
}
