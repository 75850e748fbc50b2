// Every simple path through the override's life cycle, generated with xstate/graph from the machine itself:
// whatever each effect answers (or throws) and wherever a signal lands, no path ends with a copy that was made
// and neither deleted nor named with its exact delete command, and every exit has the right exit code.
import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { SIGNAL_EXIT_CODE, type StopSignal } from '../../src/exec/interrupt.js';
import { overrideMachine, type CreateOutcome, type OverrideEvent, type PlanDecision } from '../../src/exec/override-machine.js';

const done = (id: string, output: unknown) => ({ type: `xstate.done.actor.${id}`, output }) as unknown as OverrideEvent;
const threw = (id: string) => ({ type: `xstate.error.actor.${id}`, error: new Error(`${id} failed`) }) as unknown as OverrideEvent;

const decisions: PlanDecision[] = [{ next: 'stop', exitCode: 0 }, { next: 'stop', exitCode: 1 }, { next: 'ask' }, { next: 'create' }];
const outcomes: CreateOutcome[] = [{ running: true, handOff: true }, { running: true, handOff: false }, { running: false }];
const signals: StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const effects = ['plan', 'askConsent', 'createAndWait', 'announce', 'handOff', 'endShell', 'askCleanup', 'deleteCopy', 'cleanUpAfterSignal', 'declare', 'declareAfterSignal'];
const events: OverrideEvent[] = [
  ...decisions.map((d) => done('plan', d)),
  done('askConsent', true), done('askConsent', false),
  ...outcomes.map((o) => done('createAndWait', o)),
  done('announce', undefined), done('handOff', undefined), done('endShell', undefined),
  done('askCleanup', true), done('askCleanup', false),
  done('deleteCopy', true), done('deleteCopy', false),
  ...signals.map((s) => done('cleanUpAfterSignal', SIGNAL_EXIT_CODE[s])),
  done('declare', undefined), done('declareAfterSignal', undefined),
  // Every effect may throw; the traversal only offers an event where a state listens for it.
  ...effects.map(threw),
  ...signals.map((signal) => ({ type: 'SIGNAL', signal }) as const),
];

type Path = ReturnType<typeof getSimplePaths<typeof overrideMachine>>[number];
const visited = (p: Path): string[] => [...p.steps.map((s) => String(s.state.value)), String(p.state.value)];
/** The events of a path as plain records: done events carry the effect's output. */
const stepEvents = (p: Path): { type: string; output?: unknown; signal?: StopSignal }[] => p.steps.map((s) => s.event as unknown as { type: string });
const eventTypes = (p: Path): string[] => stepEvents(p).map((e) => e.type);

/** Read off the path, not the machine's own bookkeeping: which step deleted the copy or printed its command. */
function accountedFor(p: Path): boolean {
  const types = eventTypes(p);
  const deleted = stepEvents(p).some((e) => e.type === 'xstate.done.actor.deleteCopy' && e.output === true);
  // "announce" prints the delete command with the copy's instructions; cleanUpAfterSignal deletes each copy
  // or prints its command; declare prints the command of every copy still recorded.
  const declared = ['xstate.done.actor.announce', 'xstate.done.actor.cleanUpAfterSignal', 'xstate.done.actor.declare', 'xstate.done.actor.declareAfterSignal'].some((t) => types.includes(t));
  return deleted || declared;
}

describe('every path of the override life cycle (xstate/graph)', () => {
  const paths = getSimplePaths(overrideMachine, { events });
  const ends = paths.filter((p) => p.state.status === 'done');

  it('reaches each final state, through the shell and the cleanup question too', () => {
    expect(new Set(ends.map((p) => p.state.value))).toEqual(new Set(['done', 'interrupted', 'failed']));
    for (const state of ['consent', 'creating', 'announcing', 'shell', 'endingShell', 'cleanupQuestion', 'deleting', 'cleaningUp', 'declaring', 'declaringAfterSignal']) {
      expect(ends.some((p) => visited(p).includes(state)), state).toBe(true);
    }
  });

  it('no path that created a copy ends without deleting it or printing its delete command', () => {
    const made = ends.filter((p) => visited(p).includes('creating'));
    expect(made.length).toBeGreaterThan(20);
    const lost = made.filter((p) => !accountedFor(p)).map((p) => visited(p).join(' > '));
    expect(lost).toEqual([]);
    for (const p of made) expect(p.state.context.copy, visited(p).join(' > ')).not.toBe('made');
  });

  it('no path creates anything without a typed yes or --yes', () => {
    for (const p of ends.filter((q) => visited(q).includes('creating'))) {
      const consented = stepEvents(p).some((e) => e.type === 'xstate.done.actor.askConsent' && e.output === true);
      const yesFlag = stepEvents(p).some((e) => e.type === 'xstate.done.actor.plan' && (e.output as PlanDecision).next === 'create');
      expect(consented || yesFlag, visited(p).join(' > ')).toBe(true);
    }
  });

  it('a signal ends in "interrupted" with 128 + its number; an error in "failed" with the error kept', () => {
    for (const p of ends) {
      const signal = stepEvents(p).find((e) => e.type === 'SIGNAL');
      if (signal) {
        expect(p.state.value, visited(p).join(' > ')).toBe('interrupted');
        expect(p.state.context.exitCode).toBe(SIGNAL_EXIT_CODE[signal.signal!]);
      } else if (p.state.value === 'failed') {
        expect(p.state.context.error).toBeInstanceOf(Error);
        expect(p.state.context.exitCode).toBe(1);
      } else {
        expect(p.state.value).toBe('done');
        expect(p.state.context.error).toBeUndefined();
      }
    }
  });
});

describe('every path of the wizard\'s shell in a copy (the same actor, started at the shell)', () => {
  const paths = getSimplePaths(overrideMachine, { events, input: { from: 'shell' } });
  const ends = paths.filter((p) => p.state.status === 'done');

  it('starts at the hand-off and reaches the cleanup question, the signal exits and each final state', () => {
    for (const p of ends) expect(visited(p)[0], visited(p).join(' > ')).toBe('shell');
    // "failed": the delete itself threw; its command is printed all the same.
    expect(new Set(ends.map((p) => p.state.value))).toEqual(new Set(['done', 'interrupted', 'failed']));
    for (const state of ['endingShell', 'cleanupQuestion', 'deleting', 'declaring', 'declaringAfterSignal']) {
      expect(ends.some((p) => visited(p).includes(state)), state).toBe(true);
    }
  });

  it('every exit deletes the copy or prints its exact delete command; nothing is created or planned', () => {
    expect(ends.length).toBeGreaterThan(5);
    const lost = ends.filter((p) => !accountedFor(p)).map((p) => visited(p).join(' > '));
    expect(lost).toEqual([]);
    for (const p of ends) {
      expect(p.state.context.copy, visited(p).join(' > ')).not.toBe('made');
      expect(visited(p).some((s) => ['planning', 'consent', 'creating'].includes(s)), visited(p).join(' > ')).toBe(false);
    }
  });

  it('a signal ends the shell (or the question), prints the command and exits 128 + its number', () => {
    const signalled = ends.filter((q) => eventTypes(q).includes('SIGNAL'));
    expect(signalled.some((p) => visited(p).includes('endingShell'))).toBe(true);
    for (const p of signalled) {
      const signal = stepEvents(p).find((e) => e.type === 'SIGNAL')!.signal!;
      expect(visited(p), visited(p).join(' > ')).toContain('declaringAfterSignal');
      expect([p.state.value, p.state.context.exitCode]).toEqual(['interrupted', SIGNAL_EXIT_CODE[signal]]);
    }
  });
});
