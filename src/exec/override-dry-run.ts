// The server-side dry run of the copy, before anything is created. A server that ignores dryRun has created a
// real copy: it is recorded in the ledger at once (so a signal in this window still deletes it by name), deleted
// again, and reported with its exact delete command whatever became of it.
import { userError } from '../i18n/user-error.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { ANNOTATION_PREFIX, isOurCopy, type OverrideCopy } from '../plans/override-copy.js';
import { deleteCopyPlan } from '../plans/override-plans.js';
import type { Pod } from '../k8s/index.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';
import type { Ledger } from './ledger.js';
import type { MessageKey, MessageValues } from '../i18n/translate.js';

/** What the dry run found, as a catalog key and its values: the caller words it in the reader's language. */
export interface DryRunNote {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

export type DryRun = { kind: 'admitted' | 'unsupported'; note: DryRunNote } | { kind: 'forbidden'; message: string } | { kind: 'rejected'; message: string };

const GONE_WITHIN_MS = 10_000;

export async function serverDryRun(api: KubeApi, copy: OverrideCopy, ledger?: Ledger): Promise<DryRun> {
  const ns = copy.pod.metadata.namespace!;
  const res = await api.request('POST', `${podsPath(ns)}?dryRun=All`, copy.pod);
  if (res.status === 403) return { kind: 'forbidden', message: statusMessage(res) };
  if (res.status === 400 && /dry ?run/i.test(statusMessage(res))) return { kind: 'unsupported', note: { key: 'out.dryRun.unsupported', values: { message: statusMessage(res) } } };
  if (res.status === 404 || res.status === 405 || res.status === 415) return { kind: 'unsupported', note: { key: 'out.dryRun.notDone', values: { status: res.status } } };
  if (res.status >= 300) return { kind: 'rejected', message: statusMessage(res) };
  const undo = deleteCopyPlan(api.target, ns, copy.name, { neverRan: true });
  const record = (): void => ledger?.add({ kind: 'Pod', namespace: ns, name: copy.name, cleanup: undo.argv });
  // A dry-run answer is never stored, so it has no resourceVersion; one that has it was really created.
  const stored = Boolean((res.body as Pod | undefined)?.metadata?.resourceVersion);
  if (stored) record();
  const check = await api.request('GET', podsPath(ns, copy.name));
  const source = copy.pod.metadata.annotations?.[`${ANNOTATION_PREFIX}source-pod`] ?? '';
  if (!(check.status < 300 && isOurCopy(check.body as Pod, source))) {
    if (!stored) return { kind: 'admitted', note: { key: 'out.dryRun.admitted' } };
    ledger?.markCleanedUp(ns, copy.name);
    return { kind: 'unsupported', note: { key: 'out.dryRun.storedGone', values: { copy: copy.name } } };
  }
  if (!stored) record();
  const del = await api.request('DELETE', `${podsPath(ns, copy.name)}?gracePeriodSeconds=0`);
  // The real create reuses the name: wait (bounded) until the accidental one is gone, or it would be a 409.
  const deadline = Date.now() + GONE_WITHIN_MS;
  let gone = del.status === 404;
  while (!gone && del.status < 300 && Date.now() < deadline) {
    gone = (await api.request('GET', podsPath(ns, copy.name))).status === 404;
    if (!gone) await new Promise((r) => setTimeout(r, 200));
  }
  if (!gone) {
    const values = { copy: copy.name, namespace: ns, command: displayCommand(undo.argv) };
    throw del.status >= 300
      ? userError('cleanup.dryRun.deleteFailed', { ...values, why: statusMessage(del) })
      : userError('cleanup.dryRun.stillThere', { ...values, secs: String(GONE_WITHIN_MS / 1000) });
  }
  ledger?.markCleanedUp(ns, copy.name);
  return { kind: 'unsupported', note: { key: 'out.dryRun.createdDeleted', values: { copy: copy.name, command: displayCommand(undo.argv) } } };
}
