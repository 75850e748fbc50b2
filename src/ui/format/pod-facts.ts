// Small selectors over the evidence: which container a screen is about and its status and spec.
import type { Diagnosis } from '../../contracts/diagnosis.js';
import type { Evidence } from '../../contracts/evidence.js';
import type { Container, ContainerStatus, Pod } from '../../k8s/index.js';
import { lifetimeSeconds } from '../../analysis/container-facts.js';

export function focusContainer(evidence: Evidence, diagnosis: Diagnosis | undefined): string {
  if (diagnosis?.container) return diagnosis.container;
  const statuses = [...(evidence.pod.status?.initContainerStatuses ?? []), ...(evidence.pod.status?.containerStatuses ?? [])];
  const failing = statuses.find((s) => s.state?.waiting || (s.state?.terminated && s.state.terminated.exitCode !== 0) || s.restartCount > 0);
  return failing?.name ?? evidence.pod.spec.containers[0]?.name ?? '';
}

export function containerSpec(pod: Pod, name: string): Container | undefined {
  return [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].find((c) => c.name === name);
}

export function containerStatus(pod: Pod, name: string): ContainerStatus | undefined {
  return [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === name);
}

export function allContainerNames(pod: Pod): string[] {
  return [...(pod.spec.initContainers ?? []).map((c) => c.name), ...pod.spec.containers.map((c) => c.name)];
}

/**
 * Seconds the last terminated run lived, when both times are known and the process did start: a runtime that never
 * started it reports 1970 as startedAt, and the panels would otherwise say it "lasted 1796466907s".
 */
export function lastRunSeconds(status: ContainerStatus | undefined): number | undefined {
  const t = status?.lastState?.terminated ?? status?.state?.terminated;
  return t ? lifetimeSeconds(t) : undefined;
}
