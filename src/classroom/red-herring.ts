// Red-herring variants, so that pattern-matching the pod list does not score: a stale warning event from two
// days before the failure, the kind that matches what the exit code makes people guess (an old OOMKilling beside
// an exit 137 that is not an OOM kill), which the current status contradicts. Pure: the object to add.
import type { CauseId } from '../contracts/causes.js';
import type { KubeObject } from '../k8s/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const STALE: Partial<Record<CauseId, { readonly reason: string; readonly message: string; readonly component: string }>> = {
  'oom-killed': { reason: 'OOMKilling', message: 'Memory cgroup out of memory: Killed process 4242 (sh) total-vm:1049372kB, anon-rss:262144kB', component: 'kernel-monitor' },
  'missing-dependency': { reason: 'FailedCreatePodSandBox', message: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container network: connection refused', component: 'kubelet' },
};
const FALLBACK = { reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "config" : configmap "app-config" not found', component: 'kubelet' };

export function staleEvent(pod: KubeObject, misleading: CauseId | null, recordedAt: number): KubeObject {
  const pick = (misleading ? STALE[misleading] : undefined) ?? FALLBACK;
  const at = new Date(recordedAt - 2 * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const namespace = pod.metadata.namespace ?? 'default';
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${pod.metadata.name}.red-herring`, namespace, creationTimestamp: at },
    involvedObject: { apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name, namespace, ...(pod.metadata.uid ? { uid: pod.metadata.uid } : {}) },
    reason: pick.reason,
    message: pick.message,
    type: 'Warning',
    count: 1,
    firstTimestamp: at,
    lastTimestamp: at,
    source: { component: pick.component },
  } as unknown as KubeObject;
}
