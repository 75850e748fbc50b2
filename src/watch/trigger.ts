// Which pod changes are worth a diagnosis: a container crash-looping (or caught running between crashes) or a
// pod that cannot start. A pod being deleted is never one: a rollout or a scale-down kills its containers on
// purpose (SIGTERM, exit 143), and the kubelet shows that as an error like any other.
import { podStatusRow, type Pod } from '../k8s/index.js';

export type Failure = 'crash-loop' | 'not-starting';

const CRASH = /CrashLoopBackOff|OOMKilled|^Error$|ExitCode|Signal|StartError|ContainerCannotRun|RunContainerError|^Init:(CrashLoopBackOff|Error|ExitCode)/;
const NOT_STARTING = /ImagePull|ErrImage|InvalidImageName|CreateContainer|ConfigError|^Init:(ImagePull|ErrImage|CreateContainer)/;
/** Restarts that make a container running right now a loop rather than a past incident. */
const LOOP_RESTARTS = 2;
/** A restart older than this is history, not a loop in progress. */
const RECENT_MS = 15 * 60_000;

export function failureOf(pod: Pod, now: number): Failure | undefined {
  if (pod.metadata.deletionTimestamp) return undefined;
  if (pod.status?.phase === 'Succeeded') return undefined;
  const row = podStatusRow(pod, now);
  if (CRASH.test(row.status)) return 'crash-loop';
  if (NOT_STARTING.test(row.status)) return 'not-starting';
  const unschedulable = pod.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable');
  if (pod.status?.phase === 'Pending' && unschedulable) return 'not-starting';
  for (const cs of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const last = cs.lastState?.terminated;
    if (cs.restartCount >= LOOP_RESTARTS && last && last.exitCode !== 0 && last.finishedAt && now - Date.parse(last.finishedAt) < RECENT_MS) return 'crash-loop';
  }
  return undefined;
}
