// Every exit of the override's create → wait actor, driven with fakes: the copy runs, a signal arrives while
// creating, or creating fails; each ends in its own final state with what the caller needs.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, toPromise } from 'xstate';
import { overrideRunMachine } from '../../src/exec/override-run-machine.js';
import type { Started } from '../../src/exec/override-create.js';
import type { StopSignal } from '../../src/exec/interrupt.js';

function run(create: (signal: AbortSignal) => Promise<Started>, sendSignal = false) {
  const calls: string[] = [];
  const actor = createActor(
    overrideRunMachine.provide({
      actors: {
        createAndWait: fromPromise(({ signal }) => create(signal)),
        cleanUpAfterSignal: fromPromise(async ({ input }: { input: { signal: StopSignal } }) => (calls.push(`cleanup ${input.signal}`), 143)),
        reportLeftovers: fromPromise<void>(async () => {
          calls.push('leftovers');
        }),
      },
    }),
  );
  actor.start();
  if (sendSignal) actor.send({ type: 'SIGNAL', signal: 'SIGTERM' });
  return { done: toPromise(actor), actor, calls };
}

const ok: Started = { ok: false, json: { created: true } };

describe('the override run actor', () => {
  it('ends in "finished" with the outcome when creating completes', async () => {
    const r = run(async () => ok);
    expect(await r.done).toEqual({ started: ok });
    expect(r.actor.getSnapshot().value).toBe('finished');
    expect(r.calls).toEqual([]);
  });

  it('a signal while creating cleans up, aborts the create and ends "interrupted" with the exit code', async () => {
    let aborted = false;
    const r = run((signal) => new Promise<Started>(() => signal.addEventListener('abort', () => (aborted = true))), true);
    expect(await r.done).toEqual({ signal: 'SIGTERM', exitCode: 143 });
    expect(r.actor.getSnapshot().value).toBe('interrupted');
    expect(r.calls).toEqual(['cleanup SIGTERM']);
    expect(aborted).toBe(true);
  });

  it('an error while creating reports the leftovers and hands the error back', async () => {
    const boom = new Error('boom');
    const r = run(async () => {
      throw boom;
    });
    expect(await r.done).toEqual({ error: boom });
    expect(r.actor.getSnapshot().value).toBe('failed');
    expect(r.calls).toEqual(['leftovers']);
  });
});
