// A fix is judged the way a performance exam judges it: by the end state read back from the cluster, not by the
// words typed. The pod must be Running and Ready, and its restart count must not move for a whole (simulated)
// minute. Reads go through the read port only, so the check is the same on the training cluster and a real one.
import type { ClusterReader } from '../contracts/read-port.js';
import type { Pod } from '../k8s/index.js';

export interface PodSample {
  readonly found: boolean;
  readonly phase?: string;
  readonly ready: boolean;
  readonly restarts: number;
  readonly waiting?: string;
}

export type VerifyReason = 'stable' | 'missing' | 'not-running' | 'not-ready' | 'restarted';

export interface Verdict {
  readonly passed: boolean;
  readonly reason: VerifyReason;
  readonly detail: string;
}

export function sampleOf(pod: Pod): PodSample {
  const statuses = pod.status?.containerStatuses ?? [];
  const waiting = statuses.map((c) => c.state?.waiting?.reason).find(Boolean);
  return {
    found: true,
    ...(pod.status?.phase ? { phase: pod.status.phase } : {}),
    ready: pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true && statuses.length > 0 && statuses.every((c) => c.ready),
    restarts: statuses.reduce((n, c) => n + c.restartCount, 0),
    ...(waiting ? { waiting } : {}),
  };
}

/** Pure: the samples of one window, in order. */
export function judgeEndState(samples: readonly PodSample[]): Verdict {
  const first = samples[0];
  if (!first || samples.some((s) => !s.found)) return { passed: false, reason: 'missing', detail: '' };
  const bad = samples.find((s) => s.phase !== 'Running');
  if (bad) return { passed: false, reason: 'not-running', detail: bad.waiting ?? bad.phase ?? '' };
  const unready = samples.find((s) => !s.ready);
  if (unready) return { passed: false, reason: 'not-ready', detail: unready.waiting ?? '' };
  const last = samples[samples.length - 1]!;
  if (last.restarts !== first.restarts) return { passed: false, reason: 'restarted', detail: `${first.restarts} → ${last.restarts}` };
  return { passed: true, reason: 'stable', detail: String(last.restarts) };
}

export interface VerifyTiming {
  /** Real milliseconds one simulated minute lasts (60 000 / the kubelet's speed). */
  readonly windowMs: number;
  readonly samples: number;
  readonly sleep: (ms: number) => Promise<void>;
}

async function sample(reader: ClusterReader, namespace: string, name: string): Promise<PodSample> {
  try {
    return sampleOf(await reader.getPod(namespace, name));
  } catch {
    return { found: false, ready: false, restarts: 0 };
  }
}

/** Sample the pod across the window; stop at the first sample that already fails. */
export async function verifyEndState(reader: ClusterReader, namespace: string, name: string, timing: VerifyTiming): Promise<Verdict> {
  const samples: PodSample[] = [];
  for (let i = 0; i < timing.samples; i++) {
    if (i > 0) await timing.sleep(timing.windowMs / (timing.samples - 1));
    samples.push(await sample(reader, namespace, name));
    const verdict = judgeEndState(samples);
    if (!verdict.passed) return verdict;
  }
  return judgeEndState(samples);
}
