// Is a pod failing, and how badly: the filter and the ordering of `scan`, from the pod alone.
import { podStatusRow, type Pod, type PodStatusRow } from '../k8s/index.js';

/** A restart within this window counts as "restarts climbing" even when the pod looks Running and ready. */
const RECENT_RESTART_MS = 60 * 60 * 1000;

export function isFailing(pod: Pod, row: PodStatusRow, now: number): boolean {
  if (row.status === 'Completed' || pod.status?.phase === 'Succeeded') return false;
  const [ready, total] = row.ready.split('/').map(Number);
  const healthy = row.status === 'Running' && ready === total;
  if (!healthy) return true;
  return row.restarts > 0 && row.lastRestart !== undefined && now - Date.parse(row.lastRestart) < RECENT_RESTART_MS;
}

// Crash loops first (the pod is burning restarts), then pods that cannot start, then the merely unready.
const SEVERITY: readonly [RegExp, number][] = [
  [/CrashLoopBackOff|OOMKilled|Error|ExitCode|Signal|StartError|ContainerCannotRun|RunContainerError/, 5],
  [/ImagePull|ErrImage|InvalidImageName|CreateContainer|ConfigError/, 4],
  [/^Init:/, 4],
  [/Pending|ContainerCreating|PodInitializing|SchedulingGated|Unknown|Evicted|NodeLost/, 3],
  [/Terminating/, 1],
];

export function severityOf(row: PodStatusRow): number {
  for (const [re, n] of SEVERITY) if (re.test(row.status)) return n;
  return row.status === 'Running' ? 2 : 3;
}
