// The part of the override that makes something: create → wait → (hand over | clean up), as one xstate actor.
// Every way out of it is a state: the copy runs (handed back to the caller), a signal arrived (delete what was
// made, else print the command), or an error (print the exact delete command, then report the error). The
// effects are actors supplied by the caller with `.provide()`, so tests can drive every path.
import { assign, fromPromise, setup } from 'xstate';
import type { StopSignal } from './interrupt.js';
import type { Started } from './override-create.js';

export interface RunOutput {
  readonly started?: Started;
  readonly signal?: StopSignal;
  readonly exitCode?: number;
  readonly error?: unknown;
}

interface RunContext {
  started?: Started;
  signal?: StopSignal;
  exitCode?: number;
  error?: unknown;
}

export const overrideRunMachine = setup({
  types: {
    context: {} as RunContext,
    events: {} as { type: 'SIGNAL'; signal: StopSignal },
    output: {} as RunOutput,
  },
  actors: {
    // Placeholders: runOverrideFlow provides the real effects.
    createAndWait: fromPromise<Started>(async () => {
      throw new Error('createAndWait not provided');
    }),
    cleanUpAfterSignal: fromPromise<number, { signal: StopSignal }>(async () => 1),
    reportLeftovers: fromPromise<void>(async () => undefined),
  },
}).createMachine({
  id: 'override-run',
  context: {},
  initial: 'creating',
  states: {
    creating: {
      invoke: {
        src: 'createAndWait',
        onDone: { target: 'finished', actions: assign({ started: ({ event }) => event.output }) },
        onError: { target: 'failing', actions: assign({ error: ({ event }) => event.error }) },
      },
      on: { SIGNAL: { target: 'cleaningUp', actions: assign({ signal: ({ event }) => event.signal }) } },
    },
    cleaningUp: {
      invoke: {
        src: 'cleanUpAfterSignal',
        input: ({ context }) => ({ signal: context.signal! }),
        onDone: { target: 'interrupted', actions: assign({ exitCode: ({ event }) => event.output }) },
        onError: { target: 'interrupted', actions: assign({ exitCode: 1 }) },
      },
    },
    failing: {
      invoke: { src: 'reportLeftovers', onDone: 'failed', onError: 'failed' },
    },
    finished: { type: 'final' },
    interrupted: { type: 'final' },
    failed: { type: 'final' },
  },
  output: ({ context }) => ({
    ...(context.started ? { started: context.started } : {}),
    ...(context.signal ? { signal: context.signal } : {}),
    ...(context.exitCode !== undefined ? { exitCode: context.exitCode } : {}),
    ...(context.error !== undefined ? { error: context.error } : {}),
  }),
});
