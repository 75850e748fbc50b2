// Why a rule did not fire, in words a junior engineer can check: a missing finding is said as what we looked at
// and did not see (the status field, the events, the log), never as an internal id. Every sentence is true of the
// evidence it names: "no Unhealthy event" is said only when there is none of that probe's.
import type { FindingId } from '../../contracts/finding-ids.js';
import type { FindingWhere } from './guard.js';
import type { RuleScope } from './scope.js';

type Words = (c: string, s: RuleScope) => string;

const probeWords = (w: FindingWhere | undefined): string => (w?.probe ? `the ${w.probe.join(' or ')} probe` : 'a probe');

const ABSENT: Partial<Record<FindingId, Words>> = {
  'oom-killed': (c) => `${c}'s last state does not say OOMKilled and no node OOM event names it`,
  'node-oom': () => 'the node reported no out-of-memory kill (no SystemOOM/OOMKilling node event)',
  'memory-limit-tight': (c) => `nothing shows ${c}'s memory limit is too low for what it runs`,
  'probe-kill': (c) => `the events hold no Killing of ${c} for a failed liveness or startup probe`,
  'probe-too-early': () => 'no probe gives up before the container has had time to start',
  'hook-failed': () => 'no FailedPostStartHook or FailedPreStopHook event',
  'mount-failed': () => 'the runtime reported no failed volume or subPath mount',
  'command-not-found': () => 'nothing says the command or entrypoint was not found',
  'exec-format': () => 'nothing says "exec format error"',
  'arch-mismatch': () => 'the image is not known to be built for another CPU architecture than the node',
  'exits-zero': (c) => `${c}'s run did not end with exit 0`,
  'init-container-failing': () => 'no init container is failing',
  'killed-by-signal': (c) => `${c} was not stopped by a signal from an eviction`,
  'node-restarted': () => 'no event says the node rebooted or its container runtime restarted',
  segfault: () => 'nothing says the process died from SIGSEGV',
  'log-error': () => 'the log of the crashed run holds no error line',
  'log-out-of-memory': () => 'the log does not say the program ran out of memory',
  'run-as-non-root': () => 'no runAsNonRoot setting meets an image that runs as root',
  'duplicate-port': () => 'no two containers of the pod declare the same port',
  'dependency-order': () => 'no Service it failed to resolve was created after it started',
  'missing-reference': () => 'every ConfigMap, Secret and key the pod refers to exists (or was not read)',
  'pvc-pending': () => 'no PersistentVolumeClaim of the pod is pending',
  unschedulable: () => 'the pod is scheduled (no FailedScheduling)',
  'image-pull': () => 'the image was pulled (no ErrImagePull/ImagePullBackOff)',
  'create-config-error': () => 'no CreateContainerConfigError',
  'pod-disrupted': () => 'nothing says the pod is being deleted, evicted, drained or preempted',
};

/** Why no finding with this id (and these filters) exists, naming where we looked. */
export function absentWords(id: FindingId, where: FindingWhere | undefined, s: RuleScope): string {
  const c = s.ctx.primary?.name ?? 'the container';
  if (id === 'probe-failing') {
    const failing = [...new Set(s.findAll('probe-failing').map((f) => String(f.facts?.probe ?? '')))].filter(Boolean);
    if (failing.length === 0) return `no Unhealthy event for ${c}: none of its probes has failed`;
    return `only the ${failing.join(' and ')} probe failed, not ${probeWords(where)}${failing.every((p) => p === 'readiness') ? ' (a failing readiness probe never restarts a container)' : ''}`;
  }
  const base = ABSENT[id]?.(c, s);
  if (!base) return `nothing found of the kind "${id}"`;
  if (!where) return base;
  // The finding exists but not in the form the rule needs: say which form.
  const present = s.findAll(id, where.anyContainer ? { anyContainer: true } : undefined);
  if (present.length === 0) return base;
  const wanted = [where.cause && `pointing to ${where.cause}`, where.confidence && `that is ${where.confidence}`, where.hook && `from ${where.hook}`,
    where.evicted && 'from an eviction', where.heap && 'sized by a JVM heap setting', where.notTail && 'on a real error line'].filter(Boolean).join(', ');
  return `${present[0]!.summary.replace(/\.$/, '')}, but not ${wanted || 'in the form this rule needs'}`;
}
