// Test helper: walk a compiled flow in memory — NEXT only, or every path xstate/graph generates.
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { compileFlow, currentStep, type Flow, type FlowEvent, type FlowFacts, type Guard } from '../../src/flow/index.js';
import type { FindingId } from '../../src/contracts/finding-ids.js';

/** The steps visited pressing Enter (NEXT) until the flow stops moving. */
export function walkNext(flow: Flow, facts: FlowFacts): string[] {
  const actor = createActor(compileFlow(flow), { input: facts }).start();
  const visited = [currentStep(actor.getSnapshot())];
  for (let i = 0; i < 100; i++) {
    actor.send({ type: 'NEXT' });
    const here = currentStep(actor.getSnapshot());
    if (here === visited[visited.length - 1]) break;
    visited.push(here);
  }
  actor.stop();
  return visited;
}

/** Forward events a user can send: NEXT, SKIP and every choice of the flow. */
export function forwardEvents(flow: Flow): FlowEvent[] {
  const choices = [...new Set(flow.steps.flatMap((s) => s.choices.map((c) => c.id)))];
  return [{ type: 'NEXT' }, { type: 'SKIP' }, ...choices.map((choice) => ({ type: 'CHOOSE' as const, choice }))];
}

/** Every step reachable for these facts, by the paths xstate/graph generates. */
export function reachableSteps(flow: Flow, facts: FlowFacts): Set<string> {
  const paths = getShortestPaths(compileFlow(flow), {
    input: facts,
    events: forwardEvents(flow),
    serializeState: (s) => String(s.value),
  });
  return new Set(paths.map((p) => String(p.state.value)));
}

export function guardFindings(flow: Flow): FindingId[] {
  const out = new Set<FindingId>();
  const visit = (g: Guard): void => {
    if (g.kind === 'finding') out.add(g.finding);
    if (g.kind === 'not') visit(g.guard);
    if (g.kind === 'all' || g.kind === 'any') g.guards.forEach(visit);
  };
  visit(flow.appliesTo);
  for (const step of flow.steps) for (const t of step.next) if (t.when) visit(t.when);
  return [...out];
}
