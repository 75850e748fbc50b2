// What this session created, for cleanup: kept in memory, and findable again from the cluster by label
// (after a crash, or from another session), so nothing we made is ever lost or anything else touched.
import type { Pod } from '../k8s/index.js';
import { copyLabelling, overrideSelector } from '../plans/override-copy.js';
import type { CreatedResource } from '../contracts/session.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import type { LedgerStore } from './ledger-file.js';

export class Ledger {
  private readonly items = new Map<string, CreatedResource>();

  /** `store`: also keep the record on disk, for a cleanup from another run. */
  constructor(private readonly store?: LedgerStore) {}

  add(resource: Omit<CreatedResource, 'cleanedUp'>): void {
    this.items.set(`${resource.namespace}/${resource.name}`, { ...resource, cleanedUp: false });
    void this.store?.record(resource.namespace, resource.name).catch(() => undefined);
  }

  markCleanedUp(namespace: string, name: string): void {
    const key = `${namespace}/${name}`;
    const item = this.items.get(key);
    if (item) this.items.set(key, { ...item, cleanedUp: true });
    void this.store?.forget(namespace, name).catch(() => undefined);
  }

  list(): readonly CreatedResource[] {
    return [...this.items.values()];
  }

  pending(): readonly CreatedResource[] {
    return this.list().filter((r) => !r.cleanedUp);
  }
}

/** A copy we made that still exists; `legacy` when it carries the product's former name. */
export interface FoundCopy {
  readonly pod: Pod;
  readonly legacy: boolean;
}

/** The copies kubectl-crashcourse (or, before the rename, its former name) made of a pod that still exist, found by both labels. */
export async function findCopies(api: KubeApi, namespace: string, sourcePod: string): Promise<readonly FoundCopy[]> {
  const lists = await Promise.all([false, true].map(async (legacy) => {
    const res = await api.request('GET', `${podsPath(namespace)}?labelSelector=${encodeURIComponent(overrideSelector(sourcePod, legacy))}`);
    if (res.status === 403) throw new ClusterError('forbidden', statusMessage(res), 403);
    if (res.status >= 300) throw new ClusterError('server', statusMessage(res), res.status);
    return (res.body as { items?: Pod[] }).items ?? [];
  }));
  const found = new Map<string, FoundCopy>();
  // The server filtered by label already; check again so a server that ignores labelSelector cannot make us delete a stranger.
  for (const pod of lists.flat()) {
    const labelling = copyLabelling(pod, sourcePod);
    if (labelling && !found.has(pod.metadata.name)) found.set(pod.metadata.name, { pod, legacy: labelling.legacy });
  }
  return [...found.values()];
}
