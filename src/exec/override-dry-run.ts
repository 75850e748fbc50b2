// The server-side dry run of the copy, before anything is created.
import { ANNOTATION_PREFIX, isOurCopy, type OverrideCopy } from '../plans/override-copy.js';
import type { Pod } from '../k8s/index.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';

export type DryRun = { kind: 'admitted' | 'unsupported'; note: string } | { kind: 'forbidden'; message: string } | { kind: 'rejected'; message: string };

/** POST ?dryRun=All; a server that ignores dryRun has created the pod, so we find it and delete it again. */
export async function serverDryRun(api: KubeApi, copy: OverrideCopy): Promise<DryRun> {
  const ns = copy.pod.metadata.namespace!;
  const res = await api.request('POST', `${podsPath(ns)}?dryRun=All`, copy.pod);
  if (res.status === 403) return { kind: 'forbidden', message: statusMessage(res) };
  if (res.status === 400 && /dry ?run/i.test(statusMessage(res))) return { kind: 'unsupported', note: `The server does not support dry runs (${statusMessage(res)}); continuing without one.` };
  if (res.status === 404 || res.status === 405 || res.status === 415) return { kind: 'unsupported', note: `The server did not do a dry run (HTTP ${res.status}); continuing without one.` };
  if (res.status >= 300) return { kind: 'rejected', message: statusMessage(res) };
  const check = await api.request('GET', podsPath(ns, copy.name));
  if (check.status < 300 && isOurCopy(check.body as Pod, copy.pod.metadata.annotations?.[`${ANNOTATION_PREFIX}source-pod`] ?? '')) {
    await api.request('DELETE', `${podsPath(ns, copy.name)}?gracePeriodSeconds=0`);
    // The real create reuses the name: wait (bounded) until the accidental one is gone, or it would be a 409.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await api.request('GET', podsPath(ns, copy.name))).status !== 404) await new Promise((r) => setTimeout(r, 200));
    return { kind: 'unsupported', note: 'The server ignored dryRun and created the copy; it was deleted again at once.' };
  }
  return { kind: 'admitted', note: 'Server-side dry run: the API server would admit this copy.' };
}
