// Which flow to walk for a pod: the first whose `appliesTo` holds for its diagnosis.
import { userError } from '../i18n/user-error.js';
import { holds } from './guards.js';
import type { Flow, FlowFacts } from './types.js';

/** The first applicable flow; when none applies (a healthy pod), the first flow given, so the walk still explains. */
export function selectFlow(flows: readonly Flow[], facts: FlowFacts): Flow {
  const first = flows[0];
  if (!first) throw userError('flows.fail.noFlow');
  return flows.find((f) => holds(f.appliesTo, facts)) ?? first;
}
