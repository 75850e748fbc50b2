// The shape of a flow as a graph: every goto names a step, every step is reachable from the start, and every
// step can still reach an end (a step with no way out, or a loop nobody can leave, would trap the learner).
import type { MessageRef } from '../errors.js';
import { msg } from './subjects.js';
import type { Flow, FlowStep } from './types.js';

export type FailAt = (line: number, step: string | undefined, message: MessageRef) => never;

/** Where a step can go: its transitions, then its choices. */
export const stepTargets = (step: FlowStep): readonly string[] => [...step.next.map((t) => t.goto), ...step.choices.map((c) => c.goto)];

export function checkFlowGraph(flow: Flow, fail: FailAt, startLine: number): void {
  const byId = new Map(flow.steps.map((s) => [s.id, s] as const));
  if (!byId.has(flow.start)) fail(startLine, undefined, msg('fail.flow.startNotStep', { start: flow.start }));
  for (const step of flow.steps) {
    for (const t of [...step.next, ...step.choices]) {
      if (!byId.has(t.goto)) fail(t.line, step.id, msg('fail.flow.gotoNotStep', { goto: t.goto }));
    }
  }

  const reached = new Set<string>([flow.start]);
  const queue = [flow.start];
  while (queue.length > 0) {
    for (const target of stepTargets(byId.get(queue.shift()!)!)) {
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  for (const step of flow.steps) {
    if (!reached.has(step.id)) fail(step.line, step.id, msg('fail.flow.unreachable', { start: flow.start }));
  }

  // Backwards from the ends: what cannot get there is stuck.
  const canEnd = new Set(flow.steps.filter((s) => s.result).map((s) => s.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const step of flow.steps) {
      if (!canEnd.has(step.id) && stepTargets(step).some((t) => canEnd.has(t))) {
        canEnd.add(step.id);
        grew = true;
      }
    }
  }
  for (const step of flow.steps) {
    if (canEnd.has(step.id)) continue;
    if (stepTargets(step).length === 0) fail(step.line, step.id, msg('fail.flow.noWayOut'));
    fail(step.line, step.id, msg('flows.fail.cycle', { cycle: cycleFrom(step, byId).join(' → ') }));
  }
}

function cycleFrom(step: FlowStep, byId: ReadonlyMap<string, FlowStep>): string[] {
  const path: string[] = [];
  let current: FlowStep | undefined = step;
  while (current && !path.includes(current.id)) {
    path.push(current.id);
    current = byId.get(stepTargets(current)[0]!);
  }
  if (current) path.push(current.id);
  return path.slice(path.indexOf(path[path.length - 1]!));
}
