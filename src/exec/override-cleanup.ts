// `override POD --cleanup`: deletes every copy we made of the pod, found by both of our labels (so it also
// works after a crash), after a typed yes; never anything else; running it twice is harmless.
import { userError } from '../i18n/user-error.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import type { Pod } from '../k8s/index.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { deleteCopyPlan } from '../plans/override-plans.js';
import { LEGACY_MANAGED_BY_VALUE } from '../plans/override-copy.js';
import { findCopies, type FoundCopy } from './ledger.js';
import { readRecordedCopies } from './ledger-file.js';
import type { OverrideDeps, OverrideRequest } from './override.js';

export async function runOverrideCleanup(req: OverrideRequest, deps: OverrideDeps, source: Pod): Promise<number> {
  const namespace = source.metadata.namespace ?? deps.api.namespace;
  const say = (line: string): void => void (req.output === 'text' ? deps.out : deps.err).write(`${line}\n`);
  let found: readonly FoundCopy[];
  try {
    found = await findCopies(deps.api, namespace, source.metadata.name);
  } catch (err) {
    if (!(err instanceof ClusterError && err.kind === 'forbidden')) throw err;
    // Finding copies by label needs list; this machine's record of what it created needs nothing.
    const recorded = readRecordedCopies().filter((c) => c.server === deps.api.server && c.namespace === namespace && c.source === source.metadata.name);
    if (recorded.length === 0) {
      throw userError('fail.exec.cannotListCopies', { namespace, pod: source.metadata.name });
    }
    say(`You may not list pods in namespace ${namespace} (${err.message}); using this machine's record of the copies it created instead.`);
    found = recorded.map((c) => ({ pod: { metadata: { name: c.name, namespace }, spec: { containers: [] } }, legacy: false }));
  }
  const copies = found.map((f) => f.pod);
  const legacy = found.filter((f) => f.legacy).map((f) => f.pod.metadata.name);
  const plans = copies.map((c) => deleteCopyPlan(deps.api.target, namespace, c.metadata.name));
  const emit = (deleted: readonly string[], extra: Record<string, unknown> = {}): void => {
    if (req.output === 'json') deps.out.write(`${JSON.stringify({ cleanup: { pod: `${namespace}/${source.metadata.name}`, found: copies.map((c) => c.metadata.name), ...(legacy.length ? { legacyName: legacy } : {}), deleted, ...extra } }, null, 2)}\n`);
  };
  if (copies.length === 0) {
    say(`No copies of ${namespace}/${source.metadata.name} made by kubectl-crashcourse: nothing to clean up.`);
    emit([]);
    return 0;
  }
  say(`Copies of ${namespace}/${source.metadata.name} made by kubectl-crashcourse:`);
  for (const p of plans) say(`  ${displayCommand(p.argv)}`);
  if (legacy.length) say(`${legacy.join(', ')} ${legacy.length === 1 ? 'carries' : 'carry'} the former name (labelled ${LEGACY_MANAGED_BY_VALUE}); found for this release only.`);
  if (req.mode === 'suggest' || req.dryRun) {
    say(req.dryRun ? '--dry-run: nothing was deleted.' : 'Suggest mode: nothing was deleted. Run the commands above yourself.');
    emit([], { mode: req.dryRun ? 'dry-run' : 'suggest' });
    return 0;
  }
  if (!req.yes) {
    if (!deps.interactive) throw userError('fail.exec.deleteNeedsYes', {}, 2);
    if (!(await deps.confirm(`Delete ${copies.length} cop${copies.length === 1 ? 'y' : 'ies'}?`))) {
      say('Nothing was deleted.');
      return 1;
    }
  }
  const deleted: string[] = [];
  for (const plan of plans) {
    const r = await deps.runner.run(plan, { confirmed: true });
    if (plan.intent.kind !== 'delete-copy') continue;
    const name = plan.intent.name;
    if (r.outcome === 'ran' && r.exitCode === 0) {
      deleted.push(name);
      deps.ledger?.markCleanedUp(namespace, name);
    } else if (/forbidden|\(403\)/i.test(r.output)) {
      deps.err.write(`You are not allowed to delete pods in namespace ${namespace}. Someone who has it can run:\n${plans.map((p) => `  ${displayCommand(p.argv)}`).join('\n')}\n`);
      emit(deleted, { error: 'forbidden', permission: `delete pods in namespace ${namespace}` });
      return 1;
    } else {
      throw userError('fail.exec.deleteFailed', { name, why: r.output || r.outcome });
    }
  }
  say(`Deleted ${deleted.join(', ')}.`);
  emit(deleted);
  return 0;
}
