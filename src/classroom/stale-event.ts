// The stale-event red herring: a warning event from two days before the failure, the kind that matches what the
// exit code makes people guess (an old OOMKilling beside an exit 137 that is not an OOM kill), which the current
// status contradicts. Fits every scenario: an old event never outranks the current status.
import type { CauseId } from '../contracts/causes.js';
import type { KubeObject, Pod } from '../k8s/index.js';
import { rfc3339, type RedHerring } from './red-herring.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const STALE: Partial<Record<CauseId, { readonly reason: string; readonly message: string; readonly component: string }>> = {
  'oom-killed': { reason: 'OOMKilling', message: 'Memory cgroup out of memory: Killed process 4242 (sh) total-vm:1049372kB, anon-rss:262144kB', component: 'kernel-monitor' },
  'missing-dependency': { reason: 'FailedCreatePodSandBox', message: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container network: connection refused', component: 'kubelet' },
};
const FALLBACK = { reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "config" : configmap "app-config" not found', component: 'kubelet' };

export function staleEvent(pod: KubeObject | Pod, misleading: CauseId | null, recordedAt: number): KubeObject {
  const pick = (misleading ? STALE[misleading] : undefined) ?? FALLBACK;
  const at = rfc3339(recordedAt - 2 * DAY_MS);
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

export const STALE_EVENT: RedHerring = {
  kind: 'stale-event',
  unfit: () => null,
  apply: (input) => ({ replace: [], add: [staleEvent(input.pod, input.misleading, input.recordedAt)], logs: [] }),
};
