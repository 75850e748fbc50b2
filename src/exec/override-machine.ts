// The whole override as one xstate actor: plan → consent → create → wait → announce → shell hand-off →
// cleanup question → done. Every way out is a final state, and `copy` in the context says what became of
// what was made: 'none' (nothing was created), 'made' (created and not yet accounted for), 'deleted', or
// 'declared' (its exact delete command was printed). No final state is reached with 'made': the path test
// (test/exec/override-machine-paths.test.ts) walks every simple path with xstate/graph to hold us to that.
// The effects are placeholders here; runOverrideFlow supplies the real ones with `.provide()`, tests fakes.
import { assign, fromPromise, setup, type NonReducibleUnknown } from 'xstate';
import { SIGNAL_EXIT_CODE, type StopSignal } from './interrupt.js';

/** What planning decided: stop here (suggest, --dry-run, forbidden), ask for a typed yes, or go (--yes). */
export type PlanDecision = { readonly next: 'stop'; readonly exitCode: number } | { readonly next: 'ask' } | { readonly next: 'create' };

/** createAndWait: the copy runs (and may be handed over), or it did not start / was not created. */
export interface CreateOutcome {
  readonly running: boolean;
  /** A terminal and kubectl are there: after the announcement the terminal goes to `kubectl exec -it`. */
  readonly handOff?: boolean;
}

export type CopyFate = 'none' | 'made' | 'deleted' | 'declared';

export interface OverrideOutput {
  readonly exitCode: number;
  readonly copy: CopyFate;
  readonly signal?: StopSignal;
  readonly error?: unknown;
}

interface Context {
  copy: CopyFate;
  handOff: boolean;
  exitCode: number;
  signal?: StopSignal;
  error?: unknown;
}

export type OverrideEvent = { type: 'SIGNAL'; signal: StopSignal };

/**
 * Where a run starts: 'plan' (the override command: plan → … → shell → cleanup) or 'shell' (the wizard, whose
 * copy already exists: the shell hand-off → "Delete the copy now?" → deleted or its command printed).
 */
export interface OverrideInput {
  readonly from?: 'plan' | 'shell';
}

const placeholder = <O, I = NonReducibleUnknown>(name: string) =>
  fromPromise<O, I>(async () => {
    throw new Error(`${name} not provided`);
  });

export const overrideMachine = setup({
  types: { context: {} as Context, events: {} as OverrideEvent, output: {} as OverrideOutput, input: {} as OverrideInput | undefined },
  actors: {
    /** Read the pod, build and show the copy, dry-run it on the server. Creates nothing. */
    plan: placeholder<PlanDecision>('plan'),
    /** The typed-yes question; Enter, end of input or anything else is a no. */
    askConsent: placeholder<boolean>('askConsent'),
    /** Create (recorded in the ledger before the request), wait until it runs; abort = stop creating. */
    createAndWait: placeholder<CreateOutcome>('createAndWait'),
    /** Print what runs inside, and the exact delete command. */
    announce: placeholder<void>('announce'),
    /** `kubectl exec -it` with the terminal; resolves when the shell exits. */
    handOff: placeholder<void>('handOff'),
    /** Stop the shell with the signal we got, and wait for it to give the terminal back. */
    endShell: placeholder<void, { signal: StopSignal }>('endShell'),
    /** "Delete the copy now?", typed yes only. */
    askCleanup: placeholder<boolean>('askCleanup'),
    /** Delete the copy; false (or an error) when it could not: the command is printed by declare. */
    deleteCopy: placeholder<boolean>('deleteCopy'),
    /** After a signal before hand-over: delete every recorded copy, else print its command. */
    cleanUpAfterSignal: placeholder<unknown, { signal: StopSignal }>('cleanUpAfterSignal'),
    /** Print the exact delete command of every copy still recorded. */
    declare: placeholder<void>('declare'),
  },
  actions: {
    noteSignal: assign({ signal: (_, params: { signal: StopSignal }) => params.signal }),
    noteError: assign({ error: (_, params: { error: unknown }) => params.error }),
  },
  guards: {
    isStop: (_, params: { decision: PlanDecision }) => params.decision.next === 'stop',
    isAsk: (_, params: { decision: PlanDecision }) => params.decision.next === 'ask',
    isTrue: (_, params: { value: boolean }) => params.value,
    isRunning: (_, params: { outcome: CreateOutcome }) => params.outcome.running,
    handsOff: ({ context }) => context.handOff,
  },
}).createMachine({
  id: 'override',
  // From the shell, the copy exists already and is ours to account for like any other.
  context: ({ input }) => (input?.from === 'shell' ? { copy: 'made', handOff: true, exitCode: 0 } : { copy: 'none', handOff: false, exitCode: 0 }),
  initial: 'starting',
  states: {
    starting: { always: [{ guard: ({ context }) => context.copy === 'made', target: 'shell' }, { target: 'planning' }] },
    planning: {
      invoke: {
        id: 'plan',
        src: 'plan',
        onDone: [
          { guard: { type: 'isStop', params: ({ event }) => ({ decision: event.output }) }, target: 'done', actions: assign({ exitCode: ({ event }) => (event.output as { exitCode: number }).exitCode }) },
          { guard: { type: 'isAsk', params: ({ event }) => ({ decision: event.output }) }, target: 'consent' },
          { target: 'creating' },
        ],
        onError: { target: 'failed', actions: { type: 'noteError', params: ({ event }) => ({ error: event.error }) } },
      },
      on: { SIGNAL: { target: 'cleaningUp', actions: { type: 'noteSignal', params: ({ event }) => ({ signal: event.signal }) } } },
    },
    consent: {
      invoke: {
        id: 'askConsent',
        src: 'askConsent',
        onDone: [{ guard: { type: 'isTrue', params: ({ event }) => ({ value: event.output }) }, target: 'creating' }, { target: 'done', actions: assign({ exitCode: 1 }) }],
        onError: { target: 'failed', actions: { type: 'noteError', params: ({ event }) => ({ error: event.error }) } },
      },
      on: { SIGNAL: { target: 'cleaningUp', actions: { type: 'noteSignal', params: ({ event }) => ({ signal: event.signal }) } } },
    },
    creating: {
      // From here on something may exist: the ledger records each copy before its create is sent.
      entry: assign({ copy: 'made' }),
      invoke: {
        id: 'createAndWait',
        src: 'createAndWait',
        onDone: [
          { guard: { type: 'isRunning', params: ({ event }) => ({ outcome: event.output }) }, target: 'announcing', actions: assign({ handOff: ({ event }) => event.output.handOff === true }) },
          { target: 'declaring', actions: assign({ exitCode: 1 }) },
        ],
        onError: { target: 'declaring', actions: [assign({ exitCode: 1 }), { type: 'noteError', params: ({ event }) => ({ error: event.error }) }] },
      },
      on: { SIGNAL: { target: 'cleaningUp', actions: { type: 'noteSignal', params: ({ event }) => ({ signal: event.signal }) } } },
    },
    announcing: {
      invoke: {
        id: 'announce',
        src: 'announce',
        onDone: [{ guard: 'handsOff', target: 'shell', actions: assign({ copy: 'declared' }) }, { target: 'done', actions: assign({ copy: 'declared' }) }],
        onError: { target: 'declaring', actions: [assign({ exitCode: 1 }), { type: 'noteError', params: ({ event }) => ({ error: event.error }) }] },
      },
      on: { SIGNAL: { target: 'cleaningUp', actions: { type: 'noteSignal', params: ({ event }) => ({ signal: event.signal }) } } },
    },
    // Handed over: the copy is the user's now. A signal ends the shell and the run, and the delete command is
    // printed again (the shell may have scrolled it away); nothing is deleted without a typed yes.
    shell: {
      invoke: { id: 'handOff', src: 'handOff', onDone: 'cleanupQuestion', onError: 'cleanupQuestion' },
      on: { SIGNAL: { target: 'endingShell', actions: { type: 'noteSignal', params: ({ event }) => ({ signal: event.signal }) } } },
    },
    endingShell: {
      invoke: { id: 'endShell', src: 'endShell', input: ({ context }) => ({ signal: context.signal! }), onDone: 'declaringAfterSignal', onError: 'declaringAfterSignal' },
    },
    cleanupQuestion: {
      invoke: {
        id: 'askCleanup',
        src: 'askCleanup',
        onDone: [{ guard: { type: 'isTrue', params: ({ event }) => ({ value: event.output }) }, target: 'deleting' }, { target: 'declaring' }],
        onError: { target: 'declaring' },
      },
      on: { SIGNAL: { target: 'declaringAfterSignal', actions: { type: 'noteSignal', params: ({ event }) => ({ signal: event.signal }) } } },
    },
    deleting: {
      invoke: {
        id: 'deleteCopy',
        src: 'deleteCopy',
        onDone: [{ guard: { type: 'isTrue', params: ({ event }) => ({ value: event.output }) }, target: 'done', actions: assign({ copy: 'deleted' }) }, { target: 'declaring', actions: assign({ exitCode: 1 }) }],
        onError: { target: 'declaring', actions: [assign({ exitCode: 1 }), { type: 'noteError', params: ({ event }) => ({ error: event.error }) }] },
      },
    },
    cleaningUp: {
      invoke: {
        id: 'cleanUpAfterSignal',
        src: 'cleanUpAfterSignal',
        input: ({ context }) => ({ signal: context.signal! }),
        // Each recorded copy was deleted or its command printed; with nothing made, 'none' stays.
        onDone: { target: 'interrupted', actions: assign({ copy: ({ context }) => (context.copy === 'made' ? 'declared' : context.copy) }) },
        onError: { target: 'declaringAfterSignal' },
      },
    },
    declaring: {
      // The declare effect never fails (it only prints), so it has no error exit.
      invoke: { id: 'declare', src: 'declare', onDone: { target: 'settled', actions: assign({ copy: ({ context }) => (context.copy === 'made' ? 'declared' : context.copy) }) } },
    },
    declaringAfterSignal: {
      invoke: { id: 'declareAfterSignal', src: 'declare', onDone: { target: 'interrupted', actions: assign({ copy: ({ context }) => (context.copy === 'made' ? 'declared' : context.copy) }) } },
    },
    // Where a declaration ends: an error goes on to "failed", anything else to "done" with its exit code.
    settled: { always: [{ guard: ({ context }) => context.error !== undefined, target: 'failed' }, { target: 'done' }] },
    done: { type: 'final' },
    // 128 + the signal's number, as a shell reports a process killed by it.
    interrupted: { type: 'final', entry: assign({ exitCode: ({ context }) => SIGNAL_EXIT_CODE[context.signal ?? 'SIGINT'] }) },
    failed: { type: 'final', entry: assign({ exitCode: ({ context }) => (context.exitCode === 0 ? 1 : context.exitCode) }) },
  },
  output: ({ context }) => ({
    exitCode: context.exitCode,
    copy: context.copy,
    ...(context.signal ? { signal: context.signal } : {}),
    ...(context.error !== undefined ? { error: context.error } : {}),
  }),
});

