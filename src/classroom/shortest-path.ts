// The fewest steps through a flow from its start to a step that names one of the accepted causes (breadth-first
// over transitions and choices): what the debrief holds the trainee's path against.
import type { CauseId } from '../contracts/causes.js';
import { stepTargets, type Flow } from '../flow/index.js';

export function shortestPath(flow: Flow, accepted: readonly CauseId[]): string[] {
  const byId = new Map(flow.steps.map((s) => [s.id, s] as const));
  const from = new Map<string, string | null>([[flow.start, null]]);
  const queue = [flow.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const step = byId.get(id)!;
    if (step.result?.kind === 'cause' && accepted.includes(step.result.cause)) {
      const path: string[] = [];
      for (let at: string | null = id; at !== null; at = from.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const t of stepTargets(step)) {
      if (!from.has(t)) {
        from.set(t, id);
        queue.push(t);
      }
    }
  }
  return [];
}
