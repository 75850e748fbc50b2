// The Diagnosed Events already in the cluster are the memory of what was published: a replica that takes over
// the Lease, or a watcher that restarts, reads them first and does not publish the same workload and cause
// again within the re-emit interval. Each Event carries its workload and cause as annotations for that.
import type { ClusterReader } from '../contracts/read-port.js';
import { listAll } from '../evidence/list-all.js';
import type { KubeEvent } from '../k8s/index.js';

export const MANAGED_BY = 'app.kubernetes.io/managed-by=kubectl-crashcourse';
export const WORKLOAD_ANNOTATION = 'kubectl-crashcourse/workload';
export const CAUSE_ANNOTATION = 'kubectl-crashcourse/cause';

/** "ns/Kind/name/cause" (the watcher's de-duplication key) and when it was published, from one of our Events. */
export function publishedKeyOf(e: KubeEvent): { readonly key: string; readonly at: number } | undefined {
  const workload = e.metadata.annotations?.[WORKLOAD_ANNOTATION];
  const cause = e.metadata.annotations?.[CAUSE_ANNOTATION];
  const at = Date.parse(e.lastTimestamp ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? '');
  if (e.reason !== 'Diagnosed' || !workload || !cause || !/^[^/]+\/[^/]+$/.test(workload) || !Number.isFinite(at)) return undefined;
  return { key: `${e.metadata.namespace ?? 'default'}/${workload}/${cause}`, at };
}

/** Our Events in the watched namespace (or all), newest last; bounded like every list we make. */
export async function readPublished(reader: ClusterReader, namespace: string | undefined): Promise<{ key: string; at: number }[]> {
  const events = await listAll((o) => reader.listEvents(namespace, o), { labelSelector: MANAGED_BY }, () => true, 20_000);
  return events.map(publishedKeyOf).filter((p): p is { key: string; at: number } => p !== undefined).sort((a, b) => a.at - b.at);
}
