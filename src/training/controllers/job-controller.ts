// Job: runs its template until `completions` pods succeed (one by default), replacing failed pods up to
// backoffLimit, and reports active/succeeded/failed and the Complete/Failed condition `kubectl get jobs` reads.
// A suspended Job (spec.suspend) runs nothing: its active pods go, and it reports the Suspended condition.
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { createPod } from '../write-objects.js';
import { isTerminating, ownedBy } from './owned.js';
import { podFromTemplate } from './replicaset-controller.js';
import { randomSuffix } from './owned.js';

const nowText = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export function reconcileJob(state: ClusterState, job: KubeObject): void {
  const spec = (job['spec'] ?? {}) as { suspend?: boolean; completions?: number; parallelism?: number; backoffLimit?: number; template?: { metadata?: { labels?: Record<string, string> }; spec?: Pod['spec'] } };
  const completions = spec.completions ?? 1;
  const backoffLimit = spec.backoffLimit ?? 6;
  const pods = ownedBy(state.store, 'pods', job) as Pod[];
  const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
  const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
  const active = pods.filter((p) => !isTerminating(p) && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  const done = succeeded >= completions;
  const givenUp = failed > backoffLimit;
  const suspended = spec.suspend === true && !done && !givenUp;
  if (suspended) for (const p of active) state.kubelet.deletePod(p, undefined);
  let created = 0;
  if (!done && !givenUp && !suspended) {
    const want = Math.min(spec.parallelism ?? 1, completions - succeeded);
    const labels = { ...(spec.template?.metadata?.labels ?? {}), 'batch.kubernetes.io/controller-uid': job.metadata.uid ?? '', 'batch.kubernetes.io/job-name': job.metadata.name, 'controller-uid': job.metadata.uid ?? '', 'job-name': job.metadata.name };
    for (let i = active.length; i < want; i++) {
      createPod(state, podFromTemplate(job, { ...spec.template, metadata: { ...(spec.template?.metadata ?? {}), labels } }, `${job.metadata.name}-${randomSuffix()}`));
      created++;
    }
  }
  const old = (job['status'] ?? {}) as Record<string, unknown>;
  const now = nowText();
  const status: Record<string, unknown> = {
    ...(suspended ? { conditions: [{ type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended', lastProbeTime: now, lastTransitionTime: now }] } : { startTime: old['startTime'] ?? now }),
    ...(!suspended && active.length + created ? { active: active.length + created } : {}),
    ...(succeeded ? { succeeded } : {}),
    ...(failed ? { failed } : {}),
    ...(done ? { completionTime: old['completionTime'] ?? now, conditions: [{ type: 'Complete', status: 'True', lastProbeTime: now, lastTransitionTime: now }] } : {}),
    ...(givenUp ? { conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', lastProbeTime: now, lastTransitionTime: now }] } : {}),
  };
  const strip = (s: unknown): string => canonicalJson(JSON.parse(JSON.stringify(s ?? {}), (k, v) => (k === 'lastProbeTime' || k === 'lastTransitionTime' ? undefined : v)));
  if (strip(status) === strip(old)) return;
  const current = state.store.get('jobs', job.metadata.namespace, job.metadata.name);
  if (current) state.store.put('jobs', { ...current.obj, status });
}
