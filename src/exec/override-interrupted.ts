// After a signal during create/wait: every copy this run recorded (even one whose create was still in flight)
// is deleted, each within the request deadline; what could not be deleted is named with its exact command.
import { formatMs, requestTimeoutMs } from '../cluster/request-timeout.js';
import { displayCommand } from '../contracts/kubectl-target.js';
import { deleteCopyPlan } from '../plans/override-plans.js';
import { SIGNAL_EXIT_CODE, watchSignals, type StopSignal } from './interrupt.js';
import type { Ledger } from './ledger.js';
import { stopRunning } from './run-argv.js';
import type { OverrideDeps } from './override.js';
import { ENGLISH } from '../i18n/translate.js';

export async function cleanUpAfterSignal(signal: StopSignal, deps: OverrideDeps & { readonly ledger: Ledger }): Promise<number> {
  const say = (line: string): void => void deps.err.write(`${line}\n`);
  const t = deps.t ?? ENGLISH;
  // What was recorded before anything else happens: the create we are about to stop may report itself failed
  // and unrecord its copy, yet its request may already have reached the server.
  const pending = deps.ledger.pending();
  // Then stop what is still on its way (a kubectl create in flight): nothing may be created after the deletes.
  await stopRunning();
  say(`\n${t(pending.length ? 'cleanup.signal.removing' : 'cleanup.signal.nothing', { signal })}`);
  // A second signal means "now": stop deleting and just print the commands.
  const again = watchSignals();
  try {
    for (const made of pending) {
      const plan = deleteCopyPlan(deps.api.target, made.namespace, made.name, { neverRan: true });
      const ms = requestTimeoutMs();
      let timer: NodeJS.Timeout | undefined;
      // Either deleted, or why not: the runner's own output, or our words for a time-out or a second signal.
      const outcome = await Promise.race<{ deleted: true } | { why: string }>([
        deps.runner.run(plan, { confirmed: true }).then((r) => (r.outcome === 'ran' && r.exitCode === 0 ? { deleted: true } : { why: r.output || r.outcome })),
        new Promise((r) => (timer = setTimeout(() => r({ why: t('cleanup.signal.noAnswer', { time: formatMs(ms) }) }), ms))),
        again.received.then(() => ({ why: t('cleanup.signal.again') })),
      ]);
      clearTimeout(timer);
      if ('deleted' in outcome) {
        deps.ledger.markCleanedUp(made.namespace, made.name);
        say(t('cleanup.deleted', { names: made.name }));
      } else {
        say(t('cleanup.signal.notDeleted', { copy: made.name, why: outcome.why.split('\n')[0]!, command: displayCommand(plan.argv) }));
      }
    }
  } finally {
    again.dispose();
  }
  return SIGNAL_EXIT_CODE[signal];
}

/** After an error: nothing is deleted behind the user's back, but every copy still recorded is named with its command. */
export function reportLeftovers(deps: OverrideDeps, ledger: Ledger): void {
  const t = deps.t ?? ENGLISH;
  for (const made of ledger.pending()) {
    const plan = deleteCopyPlan(deps.api.target, made.namespace, made.name, { neverRan: true });
    deps.err.write(`${t('cleanup.leftover', { copy: made.name, namespace: made.namespace, command: displayCommand(plan.argv) })}\n`);
  }
}
