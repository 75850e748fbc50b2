// Which containers' logs are worth reading, and which runs: every container or init container that has
// restarted or is failing. A container that never ran has no log to read.
import type { ContainerStatus, Pod } from '../k8s/index.js';

export interface LogTarget {
  readonly container: string;
  readonly init: boolean;
  readonly previous: boolean;
  readonly current: boolean;
}

const NOT_STARTED = new Set(['ContainerCreating', 'PodInitializing']);

export function logTargets(pod: Pod): LogTarget[] {
  const out: LogTarget[] = [];
  const add = (cs: ContainerStatus, init: boolean): void => {
    const term = cs.state?.terminated;
    const wait = cs.state?.waiting;
    const ranBefore = cs.restartCount > 0 || cs.lastState?.terminated !== undefined;
    const failing = ranBefore || (term !== undefined && term.exitCode !== 0) || (wait?.reason !== undefined && !NOT_STARTED.has(wait.reason));
    if (!failing) return;
    const current = cs.state?.running !== undefined || term !== undefined || ranBefore;
    if (!current && !ranBefore) return;
    out.push({ container: cs.name, init, previous: ranBefore, current });
  };
  for (const cs of pod.status?.initContainerStatuses ?? []) add(cs, true);
  for (const cs of pod.status?.containerStatuses ?? []) add(cs, false);
  return out;
}
