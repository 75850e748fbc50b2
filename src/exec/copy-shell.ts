// The wizard's shell in an override copy, as the override actor's last leg (it starts at "shell"): the
// terminal goes to `kubectl exec -it`, then "Delete the copy now?" (typed yes only); a no, a failed delete or
// a signal prints the copy's exact delete command. The same exits, the same guarantees as `override`.
import { createActor, fromPromise, toPromise } from 'xstate';
import { displayCommand } from '../contracts/kubectl-target.js';
import type { Plan, PlanRunner } from '../contracts/plan.js';
import { ENGLISH, type Translate } from '../i18n/translate.js';
import { deleteCopyPlan } from '../plans/override-plans.js';
import { watchSignals, type StopSignal } from './interrupt.js';
import { overrideMachine, type OverrideOutput } from './override-machine.js';
import { shellArgvs } from './plan-runner.js';
import { endShell, handOffTerminal, type ShellHolder } from './terminal-handoff.js';

export interface CopyShellDeps {
  readonly kubectlPath: string;
  /** Runs the delete (kubectl, else the API). */
  readonly runner: PlanRunner;
  readonly out: NodeJS.WritableStream;
  readonly confirm: (question: string) => Promise<boolean>;
  /** The words of what it prints (default English). */
  readonly t?: Translate;
}

export interface CopyShellResult {
  readonly output: OverrideOutput;
  /** The shell's exit status (null: none could be started). */
  readonly shellExit: number | null;
  readonly argv?: readonly string[];
  readonly deleted?: { readonly namespace: string; readonly name: string };
}

export async function runCopyShell(plan: Plan, deps: CopyShellDeps): Promise<CopyShellResult> {
  const intent = plan.intent;
  if (intent.kind !== 'exec-shell') throw new Error(`${plan.id} is not a shell in a copy`);
  const { namespace } = intent.target;
  const copy = intent.pod;
  const undo = deleteCopyPlan(intent.target, namespace, copy);
  const holder: ShellHolder = {};
  const say = (line: string): void => void deps.out.write(`${line}\n`);
  const t = deps.t ?? ENGLISH;
  let shell: { exitCode: number | null; argv?: readonly string[] } = { exitCode: null };
  let deleted = false;
  const actor = createActor(
    overrideMachine.provide({
      actors: {
        // plan, consent, create, announce and the pre-hand-over cleanup are never reached from the shell: left as the machine's placeholders.
        handOff: fromPromise<void>(async () => {
          shell = await handOffTerminal(deps.kubectlPath, shellArgvs(plan), holder);
          if (!shell.argv) say(t('cleanup.shell.noneFound', { container: intent.container, shells: intent.shells.join(', ') }));
        }),
        endShell: fromPromise<void, { signal: StopSignal }>(async ({ input }) => endShell(holder, input.signal)),
        askCleanup: fromPromise<boolean>(async () => deps.confirm(t('cleanup.shell.askDeleteKeep', { copy }))),
        deleteCopy: fromPromise<boolean>(async () => {
          const r = await deps.runner.run(undo, { confirmed: true });
          deleted = r.outcome === 'ran' && r.exitCode === 0;
          say(deleted ? t('cleanup.deleted', { names: copy }) : t('cleanup.deleteFailed', { copy, why: (r.output || r.outcome).split('\n')[0]! }));
          return deleted;
        }),
        declare: fromPromise<void>(async () => {
          try {
            say(t('cleanup.shell.stillThere', { copy, namespace, command: displayCommand(undo.argv) }));
          } catch {
            /* the terminal is gone: the wizard's quit question and the ledger still name the copy */
          }
        }),
      },
    }),
    { input: { from: 'shell' } },
  );
  const signals = watchSignals();
  void signals.received.then((signal) => actor.send({ type: 'SIGNAL', signal }));
  let output: OverrideOutput;
  try {
    actor.start();
    output = await toPromise(actor);
  } finally {
    signals.dispose();
  }
  return { output, shellExit: shell.exitCode, ...(shell.argv ? { argv: shell.argv } : {}), ...(deleted ? { deleted: { namespace, name: copy } } : {}) };
}
