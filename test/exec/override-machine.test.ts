// Every exit of the override life cycle, run as a real actor with fake effects supplied by `.provide()`:
// which effects ran, in which order, and what the run hands back (exit code, the copy's fate, the error).
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, toPromise } from 'xstate';
import type { StopSignal } from '../../src/exec/interrupt.js';
import { overrideMachine, type CreateOutcome, type PlanDecision } from '../../src/exec/override-machine.js';

interface Script {
  plan?: PlanDecision | Error;
  consent?: boolean;
  create?: CreateOutcome | Error;
  cleanup?: boolean;
  deleted?: boolean | Error;
  /** The effect that never settles; a signal is sent once it has started. */
  signalDuring?: string;
  signal?: StopSignal;
  /** Where the run starts: the override command ('plan') or the wizard's shell in an existing copy. */
  from?: 'plan' | 'shell';
}

async function drive(script: Script) {
  const calls: string[] = [];
  let aborted = false;
  let pendingStarted: () => void = () => undefined;
  const started = new Promise<void>((r) => (pendingStarted = r));
  const effect = <T>(name: string, answer: () => T | Error) =>
    fromPromise<T>(async ({ signal }) => {
      calls.push(name);
      if (script.signalDuring === name) {
        pendingStarted();
        return new Promise<T>(() => signal.addEventListener('abort', () => (aborted = true)));
      }
      const value = answer();
      if (value instanceof Error) throw value;
      return value;
    });
  const actor = createActor(
    overrideMachine.provide({
      actors: {
        plan: effect<PlanDecision>('plan', () => script.plan ?? { next: 'ask' }),
        askConsent: effect<boolean>('askConsent', () => script.consent ?? true),
        createAndWait: effect<CreateOutcome>('createAndWait', () => script.create ?? { running: true, handOff: true }),
        announce: effect<void>('announce', () => undefined),
        handOff: effect<void>('handOff', () => undefined),
        endShell: fromPromise<void, { signal: StopSignal }>(async ({ input }) => void calls.push(`endShell ${input.signal}`)),
        askCleanup: effect<boolean>('askCleanup', () => script.cleanup ?? false),
        deleteCopy: effect<boolean>('deleteCopy', () => script.deleted ?? true),
        cleanUpAfterSignal: fromPromise<unknown, { signal: StopSignal }>(async ({ input }) => void calls.push(`cleanUpAfterSignal ${input.signal}`)),
        declare: effect<void>('declare', () => undefined),
      },
    }),
    { input: { from: script.from ?? 'plan' } },
  );
  actor.start();
  if (script.signalDuring) {
    await started;
    actor.send({ type: 'SIGNAL', signal: script.signal ?? 'SIGINT' });
  }
  const output = await toPromise(actor);
  return { output, calls, aborted, state: actor.getSnapshot().value };
}

describe('the override life cycle, with fake effects', () => {
  it('typed yes → create → run → shell → "yes, delete" ends done with the copy deleted', async () => {
    const r = await drive({ cleanup: true });
    expect(r.calls).toEqual(['plan', 'askConsent', 'createAndWait', 'announce', 'handOff', 'askCleanup', 'deleteCopy']);
    expect(r.output).toEqual({ exitCode: 0, copy: 'deleted' });
  });

  it('a no at the cleanup question keeps the copy and prints its delete command', async () => {
    const r = await drive({ cleanup: false });
    expect(r.calls.slice(-2)).toEqual(['askCleanup', 'declare']);
    expect(r.output).toEqual({ exitCode: 0, copy: 'declared' });
  });

  it('a delete that fails prints the command and exits 1', async () => {
    const r = await drive({ cleanup: true, deleted: false });
    expect(r.calls.slice(-2)).toEqual(['deleteCopy', 'declare']);
    expect(r.output).toEqual({ exitCode: 1, copy: 'declared' });
  });

  it('without a terminal the run ends after the announcement (which prints the delete command)', async () => {
    const r = await drive({ plan: { next: 'create' }, create: { running: true, handOff: false } });
    expect(r.calls).toEqual(['plan', 'createAndWait', 'announce']);
    expect(r.output).toEqual({ exitCode: 0, copy: 'declared' });
  });

  it.each([[0], [1]])('planning that stops (suggest, --dry-run, forbidden) creates nothing and exits %i', async (exitCode) => {
    const r = await drive({ plan: { next: 'stop', exitCode } });
    expect(r.calls).toEqual(['plan']);
    expect(r.output).toEqual({ exitCode, copy: 'none' });
  });

  it('a no (or Enter) at the consent question creates nothing and exits 1', async () => {
    const r = await drive({ consent: false });
    expect(r.calls).toEqual(['plan', 'askConsent']);
    expect(r.output).toEqual({ exitCode: 1, copy: 'none' });
  });

  it('an error while planning ends "failed" with the error and nothing made', async () => {
    const boom = new Error('pod not found');
    const r = await drive({ plan: boom });
    expect(r.state).toBe('failed');
    expect(r.output).toEqual({ exitCode: 1, copy: 'none', error: boom });
  });

  it('a copy that did not start is declared and the run exits 1', async () => {
    const r = await drive({ create: { running: false } });
    expect(r.calls.slice(-2)).toEqual(['createAndWait', 'declare']);
    expect(r.output).toEqual({ exitCode: 1, copy: 'declared' });
  });

  it('an error while creating declares the copies, then hands the error back', async () => {
    const boom = new Error('connection broke');
    const r = await drive({ create: boom });
    expect(r.calls.slice(-1)).toEqual(['declare']);
    expect(r.state).toBe('failed');
    expect(r.output).toEqual({ exitCode: 1, copy: 'declared', error: boom });
  });

  it.each([
    ['plan', 'SIGTERM', 143, 'none'],
    ['askConsent', 'SIGINT', 130, 'none'],
    ['createAndWait', 'SIGHUP', 129, 'declared'],
  ] as const)('a signal during %s aborts it, cleans up what was recorded and exits with its code', async (during, signal, code, copy) => {
    const r = await drive({ signalDuring: during, signal });
    expect(r.aborted).toBe(true);
    expect(r.calls.slice(-1)).toEqual([`cleanUpAfterSignal ${signal}`]);
    expect(r.output).toEqual({ exitCode: code, copy, signal });
    expect(r.calls).not.toContain('announce');
  });

  it('a signal during the shell passes it to the shell, prints the delete command, and asks nothing more', async () => {
    const r = await drive({ signalDuring: 'handOff', signal: 'SIGTERM' });
    expect(r.calls.slice(-3)).toEqual(['handOff', 'endShell SIGTERM', 'declare']);
    expect(r.output).toEqual({ exitCode: 143, copy: 'declared', signal: 'SIGTERM' });
    expect(r.calls).not.toContain('askCleanup');
  });

  it('a signal at the cleanup question is a no: nothing deleted, the command printed again', async () => {
    const r = await drive({ signalDuring: 'askCleanup', signal: 'SIGHUP' });
    expect(r.calls.slice(-2)).toEqual(['askCleanup', 'declare']);
    expect(r.calls).not.toContain('deleteCopy');
    expect(r.output).toEqual({ exitCode: 129, copy: 'declared', signal: 'SIGHUP' });
  });
});
