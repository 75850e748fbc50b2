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
import { ENGLISH } from '../i18n/translate.js';

export async function runOverrideCleanup(req: OverrideRequest, deps: OverrideDeps, source: Pod): Promise<number> {
  const namespace = source.metadata.namespace ?? deps.api.namespace;
  const say = (line: string): void => void (req.output === 'text' ? deps.out : deps.err).write(`${line}\n`);
  const t = deps.t ?? ENGLISH;
  const pod = `${namespace}/${source.metadata.name}`;
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
    say(t('cleanup.list.forbidden', { namespace, why: err.message }));
    found = recorded.map((c) => ({ pod: { metadata: { name: c.name, namespace }, spec: { containers: [] } }, legacy: false }));
  }
  const copies = found.map((f) => f.pod);
  const legacy = found.filter((f) => f.legacy).map((f) => f.pod.metadata.name);
  const plans = copies.map((c) => deleteCopyPlan(deps.api.target, namespace, c.metadata.name));
  const emit = (deleted: readonly string[], extra: Record<string, unknown> = {}): void => {
    if (req.output === 'json') deps.out.write(`${JSON.stringify({ cleanup: { pod, found: copies.map((c) => c.metadata.name), ...(legacy.length ? { legacyName: legacy } : {}), deleted, ...extra } }, null, 2)}\n`);
  };
  if (copies.length === 0) {
    say(t('cleanup.list.none', { pod }));
    emit([]);
    return 0;
  }
  say(t('cleanup.list.heading', { pod }));
  for (const p of plans) say(`  ${displayCommand(p.argv)}`);
  if (legacy.length) say(t('cleanup.list.legacy', { names: legacy.join(', '), count: legacy.length, label: LEGACY_MANAGED_BY_VALUE }));
  if (req.mode === 'suggest' || req.dryRun) {
    say(t(req.dryRun ? 'cleanup.list.dryRun' : 'cleanup.list.suggest'));
    emit([], { mode: req.dryRun ? 'dry-run' : 'suggest' });
    return 0;
  }
  if (!req.yes) {
    if (!deps.interactive) throw userError('fail.exec.deleteNeedsYes', {}, 2);
    if (!(await deps.confirm(t('cleanup.list.ask', { count: copies.length })))) {
      say(t('cleanup.list.nothingDeleted'));
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
      deps.err.write(`${t('cleanup.list.deleteForbidden', { namespace })}\n${plans.map((p) => `  ${displayCommand(p.argv)}`).join('\n')}\n`);
      emit(deleted, { error: 'forbidden', permission: `delete pods in namespace ${namespace}` });
      return 1;
    } else {
      throw userError('fail.exec.deleteFailed', { name, why: r.output || r.outcome });
    }
  }
  say(t('cleanup.deleted', { names: deleted.join(', ') }));
  emit(deleted);
  return 0;
}
