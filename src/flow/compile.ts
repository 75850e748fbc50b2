// A flow compiled to an xstate v5 machine: one state per step, guards named with params over the diagnosis,
// and no invoke or after, so xstate/graph can walk every path. BACK returns to the step we came from.
import { and, assign, not, or, setup, type SnapshotFrom } from 'xstate';
import type { CauseId } from '../contracts/causes.js';
import type { Confidence } from '../contracts/diagnosis.js';
import type { FindingId } from '../contracts/finding-ids.js';
import { holds } from './guards.js';
import { QUIT_STATE } from './parse-flow.js';
import type { Flow, FlowFacts, FlowStep, Guard } from './types.js';

export type FlowEvent =
  | { readonly type: 'NEXT' }
  | { readonly type: 'BACK' }
  | { readonly type: 'CHOOSE'; readonly choice: string }
  | { readonly type: 'SKIP' }
  | { readonly type: 'QUIT' };

export interface FlowContext {
  readonly facts: FlowFacts;
  /** Steps we came through, oldest first; BACK pops the last one. */
  readonly history: readonly string[];
}

const flowSetup = setup({
  types: {} as { context: FlowContext; input: FlowFacts; events: FlowEvent },
  guards: {
    cause: ({ context }, p: { cause: CauseId }) => holds({ kind: 'cause', ...p }, context.facts),
    causeIn: ({ context }, p: { causes: readonly CauseId[] }) => holds({ kind: 'causeIn', ...p }, context.facts),
    finding: ({ context }, p: { finding: FindingId }) => holds({ kind: 'finding', ...p }, context.facts),
    exitCodeIn: ({ context }, p: { codes: readonly number[] }) => holds({ kind: 'exitCodeIn', ...p }, context.facts),
    confidenceAtLeast: ({ context }, p: { confidence: Confidence }) => holds({ kind: 'confidenceAtLeast', ...p }, context.facts),
    podStatusIn: ({ context }, p: { statuses: readonly string[] }) => holds({ kind: 'podStatusIn', ...p }, context.facts),
    hasInitFailure: ({ context }) => holds({ kind: 'hasInitFailure' }, context.facts),
    chose: ({ event }, p: { choice: string }) => event.type === 'CHOOSE' && event.choice === p.choice,
    cameFrom: ({ context }, p: { step: string }) => context.history[context.history.length - 1] === p.step,
  },
  actions: {
    push: assign({ history: ({ context }, p: { step: string }) => [...context.history, p.step] }),
    pop: assign({ history: ({ context }) => context.history.slice(0, -1) }),
  },
});

// The config is built from data, so the guard references are typed loosely here and checked by setup at run time.
type GuardRef = { type: string; params?: unknown } | ReturnType<typeof not>;

function guardRef(g: Guard): GuardRef {
  switch (g.kind) {
    case 'not':
      return not(guardRef(g.guard) as never);
    case 'all':
      return and(g.guards.map(guardRef) as never);
    case 'any':
      return or(g.guards.map(guardRef) as never);
    case 'hasInitFailure':
      return { type: 'hasInitFailure' };
    default: {
      const { kind, ...params } = g;
      return { type: kind, params };
    }
  }
}

function stateConfig(step: FlowStep, predecessors: readonly string[]): Record<string, unknown> {
  const push = [{ type: 'push', params: { step: step.id } }];
  const on: Record<string, unknown> = {
    CHOOSE: step.choices.map((c) => ({ guard: { type: 'chose', params: { choice: c.id } }, target: c.goto, actions: push })),
    BACK: predecessors.map((p) => ({ guard: { type: 'cameFrom', params: { step: p } }, target: p, actions: 'pop' })),
  };
  if (step.next.length > 0) {
    on['NEXT'] = step.next.map((t) => ({ ...(t.when ? { guard: guardRef(t.when) } : {}), target: t.goto, actions: push }));
    on['SKIP'] = { target: step.next[step.next.length - 1]!.goto, actions: push };
  }
  return { on };
}

export function compileFlow(flow: Flow) {
  const predecessors = new Map<string, Set<string>>(flow.steps.map((s) => [s.id, new Set<string>()]));
  for (const step of flow.steps) {
    for (const target of [...step.next.map((t) => t.goto), ...step.choices.map((c) => c.goto)]) predecessors.get(target)?.add(step.id);
  }
  const states: Record<string, unknown> = { [QUIT_STATE]: { type: 'final' } };
  for (const step of flow.steps) states[step.id] = stateConfig(step, [...predecessors.get(step.id)!]);
  return flowSetup.createMachine({
    id: flow.id,
    initial: flow.start,
    context: ({ input }) => ({ facts: input, history: [] }),
    on: { QUIT: `.${QUIT_STATE}` },
    states: states as never,
  });
}

export type FlowMachine = ReturnType<typeof compileFlow>;
export type FlowSnapshot = SnapshotFrom<FlowMachine>;

/** The step a snapshot stands on ("quit" once the user has left). */
export const currentStep = (snapshot: FlowSnapshot): string => String(snapshot.value);
