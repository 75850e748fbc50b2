// Creating the copy and waiting for it to run; when the keep-alive turns out to be missing from the image
// (StartError, 126/127), the failed copy is deleted and the next keep-alive is tried, unless --command chose one.
import { displayCommand } from '../contracts/kubectl-target.js';
import { ENGLISH } from '../i18n/translate.js';
import { keepAliveFallbacks } from '../plans/override-choices.js';
import { deleteCopyPlan } from '../plans/override-plans.js';
import { reportForbidden } from './override-report.js';
import type { OverrideDeps, OverrideRequest } from './override.js';
import { withKeepAlive, type PreparedOverride } from './override-prepare.js';
import { startSpinner } from './spinner.js';
import { waitUntilRunning } from './wait-running.js';

export type Started =
  | { readonly ok: true; readonly prepared: PreparedOverride }
  | { readonly ok: false; readonly json: Record<string, unknown> };

export async function createAndWait(req: OverrideRequest, deps: OverrideDeps, first: PreparedOverride, say: (line?: string) => void): Promise<Started> {
  const { ctx } = first;
  const t = deps.t ?? ENGLISH;
  const candidates = req.command ? [first.copy.command] : keepAliveFallbacks(first.copy.command);
  const tried: string[] = [];
  let current = first;
  for (let i = 0; ; i++) {
    const { copy, plans } = current;
    if (deps.cancelled?.()) return { ok: false, json: { created: tried.length > 0, error: 'interrupted' } };
    // Recorded before the create is sent: a signal while it is in flight must still clean it up by name.
    deps.ledger?.add({ kind: 'Pod', namespace: ctx.namespace, name: copy.name, cleanup: plans.cleanup.argv });
    const created = await deps.runner.run(plans.create, { confirmed: true });
    // Stopped by a signal: the cleanup owns the recorded copy now (the create may have landed before it died).
    if (deps.cancelled?.()) return { ok: false, json: { created: true, error: 'interrupted' } };
    if (created.outcome !== 'ran' || created.exitCode !== 0) {
      deps.ledger?.markCleanedUp(ctx.namespace, copy.name);
      if (/forbidden|\(403\)/i.test(created.output)) {
        reportForbidden(deps, req.output, 'create pods', ctx.namespace, created.output, plans);
        return { ok: false, json: { created: false, error: 'forbidden', permission: `create pods in namespace ${ctx.namespace}` } };
      }
      deps.err.write(`${t('cleanup.create.failed', { why: created.output || created.outcome })}\n`);
      return { ok: false, json: { created: false, error: created.output || created.outcome } };
    }
    tried.push(displayCommand(copy.command));
    say(t('cleanup.create.waiting', { namespace: ctx.namespace, copy: copy.name }));

    const spinner = deps.interactive && req.output === 'text' ? startSpinner(deps.err, t('cleanup.create.spinner', { copy: copy.name })) : undefined;
    const waited = await waitUntilRunning(deps.api, ctx.namespace, copy.name, copy.container, {
      timeoutMs: deps.waitTimeoutMs ?? 120_000,
      ...(spinner ? { onTick: spinner.update } : {}),
    });
    spinner?.stop();
    if (waited.ok) return { ok: true, prepared: current };

    const next = candidates[i + 1];
    if (!waited.keepAliveMissing || !next) {
      const reason = t(waited.why.key, waited.why.values);
      const line = waited.keepAliveMissing && tried.length > 1 ? t('cleanup.create.notStartedTried', { reason, tried: tried.join('; ') }) : t('cleanup.create.notStarted', { reason });
      // Its delete command is printed by the life cycle's "declaring" step, with every other copy still recorded.
      deps.err.write(`${line}\n${waited.hintNote ? `${t(waited.hintNote.key, waited.hintNote.values)}\n` : ''}`);
      return { ok: false, json: { created: true, running: false, error: waited.reason, tried } };
    }
    // Ours, just made, and dead: remove it before trying the next keep-alive.
    const removed = await deps.runner.run(deleteCopyPlan(deps.api.target, ctx.namespace, copy.name, { neverRan: true }), { confirmed: true });
    if (removed.outcome === 'ran' && removed.exitCode === 0) deps.ledger?.markCleanedUp(ctx.namespace, copy.name);
    say(t('cleanup.create.cannotRun', { command: displayCommand(copy.command), reason: t(waited.why.key, waited.why.values), next: displayCommand(next) }));
    current = withKeepAlive(deps.api, ctx, next, { ...req, ...(deps.suffix ? { suffix: deps.suffix } : {}), ...(deps.now ? { now: deps.now } : {}) });
    if (!req.yes && !(await deps.confirm(t('cleanup.create.askInstead', { copy: current.copy.name, command: displayCommand(next) })))) {
      say(t('cleanup.create.nothingMore'));
      return { ok: false, json: { created: true, running: false, error: waited.reason, tried } };
    }
  }
}
