// What this session created, for cleanup: kept in memory, and findable again from the cluster by label
// (after a crash, or from another session), so nothing we made is ever lost or anything else touched.
import type { Pod } from '../k8s/index.js';
import { isOurCopy, overrideSelector } from '../plans/override-copy.js';
import type { CreatedResource } from '../session/types.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';
import { ClusterError } from '../cluster/errors.js';

export class Ledger {
  private readonly items = new Map<string, CreatedResource>();

  add(resource: Omit<CreatedResource, 'cleanedUp'>): void {
    this.items.set(`${resource.namespace}/${resource.name}`, { ...resource, cleanedUp: false });
  }

  markCleanedUp(namespace: string, name: string): void {
    const key = `${namespace}/${name}`;
    const item = this.items.get(key);
    if (item) this.items.set(key, { ...item, cleanedUp: true });
  }

  list(): readonly CreatedResource[] {
    return [...this.items.values()];
  }

  pending(): readonly CreatedResource[] {
    return this.list().filter((r) => !r.cleanedUp);
  }
}

/** The copies kubectl-triage made of a pod that still exist, found by both labels. */
export async function findCopies(api: KubeApi, namespace: string, sourcePod: string): Promise<readonly Pod[]> {
  const res = await api.request('GET', `${podsPath(namespace)}?labelSelector=${encodeURIComponent(overrideSelector(sourcePod))}`);
  if (res.status === 403) throw new ClusterError('forbidden', statusMessage(res), 403);
  if (res.status >= 300) throw new ClusterError('server', statusMessage(res), res.status);
  // The server filtered by label already; check again so a server that ignores labelSelector cannot make us delete a stranger.
  return ((res.body as { items?: Pod[] }).items ?? []).filter((p) => isOurCopy(p, sourcePod));
}
