// The decision as an ordered rule table: the first rule whose guard holds names the cause. Order is evidence
// strength: a status field or event that proves a cause beats a log line, a log line beats an exit code alone.
// Each rule says in words why it exists (`kubectl-crashcourse rules explain ID`).
import type { CauseId } from '../../contracts/causes.js';
import type { Confidence, Finding } from '../../contracts/diagnosis.js';
import { all, always, any, exitCodeIn, fact, finding, not, signalIn, type RuleGuard } from './guard.js';
import { chosenExitLine, missingCommand, stoppedByProbe, wasEvicted } from './facts.js';
import { competingLogs, decisiveLogLine, supportFor } from './log-line.js';
import type { RuleScope } from './scope.js';

export interface Rule {
  readonly id: string;
  /** The cause it names; `null` for "nothing to explain"; `log` when the decisive log line names it. */
  readonly cause: CauseId | null | 'log';
  readonly says: string;
  readonly when: RuleGuard;
  readonly confidence: Confidence | null | ((s: RuleScope) => Confidence);
  /** True when the cause rests on a status field or an event rather than logs or an exit code. */
  readonly proved: boolean | ((s: RuleScope) => boolean);
  /** The findings the decision rests on, strongest first. */
  readonly basis: (s: RuleScope) => readonly (Finding | undefined)[];
  /** The init-container rule: the init container's own failure is read with the crash rules. */
  readonly secondary?: true;
}

const ids = (s: RuleScope, ...want: string[]): Finding[] => s.mine.filter((f) => want.includes(f.id));
const KILLS = ['SIGKILL', 'SIGTERM'];
const LIVE = { probe: ['liveness', 'startup'] } as const;

/** Rules about the pod as a whole: scheduling, pulling, creating the container. */
export const POD_RULES: readonly Rule[] = [
  { id: 'unschedulable-waiting-for-volume', cause: 'volume-pending', proved: true, confidence: 'confirmed',
    says: 'The scheduler cannot place the pod because a PersistentVolumeClaim is not bound: the wait is for a volume, not for room.',
    when: all(finding('unschedulable'), any(fact('waits-for-volume'), finding('pvc-pending', { anyContainer: true }))),
    basis: (s) => [s.find('pvc-pending', { anyContainer: true }), s.find('unschedulable')] },
  { id: 'unschedulable', cause: 'unschedulable', proved: true, confidence: 'confirmed',
    says: 'FailedScheduling or PodScheduled=False: no node can run the pod.', when: finding('unschedulable'), basis: (s) => [s.find('unschedulable')] },
  { id: 'evicted-pod', cause: 'killed-externally', proved: true, confidence: 'confirmed',
    says: 'No container is failing but the pod was evicted: the kubelet stopped it from outside.',
    when: all(fact('no-container'), fact('pod-evicted')), basis: (s) => [s.findings.find(wasEvicted)] },
  { id: 'pod-being-stopped', cause: 'killed-externally', proved: true, confidence: 'confirmed',
    says: 'No container has failed, but the pod is being deleted, evicted, drained or preempted: it is not healthy, it is being stopped from outside.',
    when: all(finding('pod-disrupted'), any(fact('no-container'), fact('running-never-failed'))), basis: (s) => [s.find('pod-disrupted')] },
  { id: 'no-failing-container', cause: null, proved: false, confidence: null, says: 'No container is failing: there is nothing to explain.', when: fact('no-container'), basis: () => [] },
  { id: 'running-never-failed', cause: null, proved: false, confidence: null,
    says: 'The container runs and has never failed: there is nothing to explain.', when: fact('running-never-failed'), basis: () => [] },
  { id: 'image-pull', cause: 'image-pull', proved: true, confidence: 'confirmed',
    says: 'ErrImagePull/ImagePullBackOff while the container is not running: the image cannot be pulled.',
    when: all(finding('image-pull'), not(fact('running'))), basis: (s) => [s.find('image-pull')] },
  { id: 'run-as-non-root', cause: 'permission-denied', proved: true, confidence: 'confirmed',
    says: 'runAsNonRoot is set and the image runs as root: the kubelet refuses to start it.',
    when: finding('run-as-non-root', { cause: 'permission-denied' }), basis: (s) => [s.find('run-as-non-root', { cause: 'permission-denied' })] },
  { id: 'config-error-is-a-mount', cause: 'mount-failure', proved: true, confidence: 'confirmed',
    says: 'CreateContainerConfigError whose event says a subPath or host path could not be prepared, with no missing object: a mount failure.',
    when: all(finding('create-config-error'), finding('mount-failed', { cause: 'mount-failure', confidence: 'confirmed' }), not(finding('missing-reference'))),
    basis: (s) => [s.find('mount-failed', { cause: 'mount-failure', confidence: 'confirmed' }), s.find('create-config-error')] },
  { id: 'create-config-error', cause: 'missing-config', proved: true, confidence: 'confirmed',
    says: 'CreateContainerConfigError: the container refers to a ConfigMap, Secret or key that is missing.',
    when: all(finding('create-config-error'), not(fact('running'))), basis: (s) => [s.find('create-config-error'), ...s.findAll('missing-reference')] },
  { id: 'never-ran-volume', cause: 'volume-pending', proved: true, confidence: (s) => volumeOf(s)!.confidence,
    says: 'The container never ran and a volume could not be mounted or its claim is not bound.',
    when: all(not(fact('ran')), any(finding('mount-failed', { cause: 'volume-pending' }), finding('pvc-pending'), finding('missing-reference', { cause: 'volume-pending' }))),
    basis: (s) => { const vol = volumeOf(s)!; return [vol, ...s.findAll('pvc-pending').filter((f) => f !== vol)]; } },
  { id: 'never-ran-missing-reference', cause: 'missing-config', proved: true, confidence: (s) => s.find('missing-reference')!.confidence,
    says: 'The container never ran and a ConfigMap, Secret or key it references does not exist.',
    when: all(not(fact('ran')), finding('missing-reference')), basis: (s) => [s.find('missing-reference')] },
  { id: 'init-container', cause: 'init-container', proved: true, confidence: (s) => s.find('init-container-failing')!.confidence, secondary: true,
    says: 'An init container is the part that fails; its own failure is then read with the crash rules.',
    when: finding('init-container-failing'), basis: (s) => [s.find('init-container-failing')] },
];

const volumeOf = (s: RuleScope): Finding | undefined => s.find('mount-failed', { cause: 'volume-pending' }) ?? s.find('pvc-pending') ?? s.find('missing-reference', { cause: 'volume-pending' });
const hookOf = (s: RuleScope): Finding | undefined => s.find('hook-failed', { hook: 'FailedPostStartHook' }) ?? s.find('hook-failed');
const nodeConfidence = (s: RuleScope): Confidence => (s.find('node-restarted')!.confidence === 'possible' ? 'likely' : s.find('node-restarted')!.confidence);

/** Rules about a container that ran and stopped. */
export const CRASH_RULES: readonly Rule[] = [
  { id: 'oom-killed', cause: 'oom-killed', proved: true, confidence: 'confirmed', says: 'The status says OOMKilled (or a node OOM event names the container).',
    when: finding('oom-killed'), basis: (s) => [s.find('oom-killed'), ...ids(s, 'memory-limit-tight', 'log-out-of-memory')] },
  { id: 'lifecycle-hook', cause: 'lifecycle-hook', proved: true, confidence: (s) => hookOf(s)!.confidence,
    says: 'A FailedPostStartHook event, or a FailedPreStopHook with a non-zero exit: the hook, not the program, fails.',
    when: all(finding('hook-failed'), any(fact('no-exit-code'), not(exitCodeIn(0)), finding('hook-failed', { hook: 'FailedPostStartHook' }))), basis: (s) => [hookOf(s)] },
  { id: 'probe-kill', cause: 'liveness-probe', proved: true, confidence: 'confirmed', says: 'A Killing event says the kubelet killed the container for a failed liveness or startup probe.',
    when: finding('probe-kill'), basis: (s) => [s.find('probe-kill'), ...ids(s, 'probe-too-early', 'probe-failing', 'probe-port-mismatch')] },
  { id: 'mount-failed', cause: 'mount-failure', proved: true, confidence: 'confirmed', says: 'The runtime says a volume or subPath mount failed when starting the container.',
    when: finding('mount-failed', { confidence: 'confirmed', cause: 'mount-failure' }), basis: (s) => [s.find('mount-failed', { confidence: 'confirmed', cause: 'mount-failure' }), ...s.findAll('mount-failed').filter((f) => f !== s.find('mount-failed', { confidence: 'confirmed', cause: 'mount-failure' }))] },
  { id: 'mount-failed-volume', cause: 'volume-pending', proved: true, confidence: 'confirmed', says: 'The runtime says the volume itself is not there to mount.',
    when: finding('mount-failed', { confidence: 'confirmed', cause: 'volume-pending' }), basis: (s) => [s.find('mount-failed', { confidence: 'confirmed', cause: 'volume-pending' }), ...s.findAll('mount-failed').filter((f) => f !== s.find('mount-failed', { confidence: 'confirmed', cause: 'volume-pending' }))] },
  { id: 'start-error-command', cause: 'command-not-found', proved: true, confidence: 'confirmed', says: 'The runtime could not start the process: the command does not exist or is not executable.',
    when: finding('command-not-found', { confidence: 'confirmed' }), basis: (s) => [s.find('command-not-found', { confidence: 'confirmed' }), ...s.findAll('command-not-found').filter((f) => f !== s.find('command-not-found', { confidence: 'confirmed' }))] },
  { id: 'start-error-exec-format', cause: 'exec-format', proved: true, confidence: 'confirmed', says: 'The runtime could not start the binary: exec format error.',
    when: finding('exec-format', { confidence: 'confirmed' }), basis: (s) => [s.find('exec-format', { confidence: 'confirmed' }), ...s.findAll('exec-format').filter((f) => f !== s.find('exec-format', { confidence: 'confirmed' }))] },
  { id: 'evicted-container', cause: 'killed-externally', proved: true, confidence: 'confirmed', says: 'The container was killed because the pod was evicted.',
    when: finding('killed-by-signal', { evicted: true }), basis: (s) => [s.find('killed-by-signal', { evicted: true })] },
  { id: 'exit-zero-after-probe', cause: 'liveness-probe', proved: false, confidence: 'likely',
    says: 'Exit 0 after a run as long as a failing liveness/startup probe allows: a program that handles SIGTERM gracefully, stopped by the kubelet.',
    when: all(finding('exits-zero'), fact('stopped-by-probe')), basis: (s) => [stoppedByProbe(s), s.find('exits-zero'), ...ids(s, 'probe-too-early')] },
  { id: 'exits-zero', cause: 'exits-zero', proved: true, confidence: (s) => s.find('exits-zero')!.confidence, says: 'The main process exits 0 under restartPolicy Always: nothing keeps running in the foreground.',
    when: finding('exits-zero'), basis: (s) => [s.find('exits-zero')] },
  { id: 'node-restart', cause: 'node-restart', proved: (s) => s.find('node-restarted')!.confidence === 'confirmed', confidence: nodeConfidence,
    says: 'The node or its runtime restarted (events), and the run ended as a restart ends it: exit 255, reason Unknown, or a signal with the restart confirmed.',
    when: all(finding('node-restarted'), any(exitCodeIn(255), fact('runtime-lost-container'), all(finding('node-restarted', { confidence: 'confirmed' }), fact('signal-exit')))),
    basis: (s) => [s.find('node-restarted')] },
  { id: 'exec-format', cause: 'exec-format', proved: false, confidence: 'likely', says: 'The log says exec format error, or the image is built for another architecture than the node.',
    when: any(finding('exec-format'), finding('arch-mismatch')), basis: (s) => { const e = s.find('exec-format') ?? s.find('arch-mismatch'); return [e, ...ids(s, 'arch-mismatch').filter((f) => f !== e)]; } },
  { id: 'command-not-found', cause: 'command-not-found', proved: false, confidence: (s) => missingCommand(s)!.confidence,
    says: 'The log says the command or entrypoint was not found (and the process did not go on to crash on its own).',
    when: fact('command-missing'), basis: (s) => [missingCommand(s), ...ids(s, 'command-overridden')] },
  { id: 'segfault', cause: 'segfault', proved: false, confidence: 'likely', says: 'Exit 139: SIGSEGV.', when: signalIn('SIGSEGV'), basis: (s) => [s.find('segfault')] },
  { id: 'signal-chosen-by-app', cause: 'app-crash', proved: false, confidence: 'possible', says: 'Exit 137/143, but a log line says the program chose that code itself.',
    when: all(signalIn(...KILLS), fact('log-names-exit-code')), basis: (s) => [chosenExitLine(s), ...ids(s, 'exit-code')] },
  { id: 'sigkill-after-own-oom', cause: 'oom-killed', proved: false, confidence: 'likely', says: 'SIGKILL after the program logged running out of memory (e.g. -XX:OnOutOfMemoryError="kill -9 %p").',
    when: all(signalIn('SIGKILL'), finding('log-out-of-memory')), basis: (s) => [s.find('log-out-of-memory'), ...ids(s, 'memory-limit-tight')] },
  { id: 'signal-with-failing-probe', cause: 'liveness-probe', proved: false, confidence: 'likely', says: 'SIGKILL/SIGTERM while a liveness or startup probe was failing.',
    when: all(signalIn(...KILLS), finding('probe-failing', LIVE)), basis: (s) => [s.find('probe-failing', LIVE), ...ids(s, 'probe-too-early')] },
  { id: 'sigkill-with-node-oom', cause: 'oom-killed', proved: false, confidence: 'likely', says: 'SIGKILL while the node reported running out of memory.',
    when: all(signalIn('SIGKILL'), finding('node-oom')), basis: (s) => [s.find('node-oom')] },
  { id: 'sigkill-heap-over-limit', cause: 'oom-killed', proved: false, confidence: 'likely', says: 'SIGKILL and a JVM heap allowed at or above the memory limit: the cgroup OOM killer, even without OOMKilled.',
    when: all(signalIn('SIGKILL'), finding('memory-limit-tight', { confidence: 'likely', heap: true })), basis: (s) => [s.find('memory-limit-tight', { confidence: 'likely', heap: true }), ...ids(s, 'exit-code')] },
  { id: 'killed-by-signal', cause: 'killed-externally', proved: false, confidence: 'likely', says: 'SIGKILL/SIGTERM with nothing else to explain it: something outside stopped the process.',
    when: signalIn(...KILLS), basis: (s) => [s.find('killed-by-signal')] },
  { id: 'dependency-order', cause: 'missing-dependency', proved: true, confidence: 'confirmed', says: 'A Service the container could not resolve at start-up exists now: it was created after the container started.',
    when: finding('dependency-order'), basis: (s) => [s.find('dependency-order'), ...competingLogs(s).filter((f) => f.id === 'log-dns')] },
  { id: 'decisive-log-line', cause: 'log', proved: false, confidence: (s) => { const b = decisiveLogLine(s)!; return supportFor(b.cause!, s.mine).length > 0 && b.confidence !== 'possible' ? 'likely' : b.confidence; },
    says: 'A log line near the end of the crashed run names a cause; the strongest and most specific one decides (see the signature catalogue).',
    when: fact('decisive-log-line'), basis: (s) => { const b = decisiveLogLine(s)!; return [b, ...supportFor(b.cause!, s.mine), ...competingLogs(s).filter((f) => f !== b && f.cause === b.cause)]; } },
  { id: 'runtime-lost-container', cause: 'node-restart', proved: false, confidence: 'possible', says: 'Reason Unknown and exit 255 with the node events expired: a node or runtime restart is possible.',
    when: all(fact('runtime-lost-container'), exitCodeIn(255)), basis: (s) => ids(s, 'exit-code') },
  { id: 'duplicate-port', cause: 'port-in-use', proved: false, confidence: 'possible', says: 'Two containers in the pod declare the same port.', when: finding('duplicate-port'), basis: (s) => [s.find('duplicate-port')] },
  { id: 'sysexit-usage-or-config', cause: 'bad-config', proved: false, confidence: 'possible', says: 'Exit 64/78/2 (usage or configuration error by convention) beside a line the program printed.',
    when: all(exitCodeIn(64, 78, 2), finding('log-error')), basis: (s) => [s.find('exit-code'), s.find('log-error')] },
  { id: 'sysexit-unavailable', cause: 'missing-dependency', proved: false, confidence: 'possible', says: 'Exit 68/69 (host or service unavailable by convention) beside a line the program printed.',
    when: all(exitCodeIn(68, 69), finding('log-error')), basis: (s) => [s.find('exit-code'), s.find('log-error')] },
  { id: 'sysexit-no-permission', cause: 'permission-denied', proved: false, confidence: 'possible', says: 'Exit 77 (permission denied by convention) beside a line the program printed.',
    when: all(exitCodeIn(77), finding('log-error')), basis: (s) => [s.find('exit-code'), s.find('log-error')] },
  { id: 'command-chooses-exit', cause: 'app-crash', proved: true, confidence: 'likely', says: 'The spec\'s own command ends with `exit N` for this code: the program exits by design of its command.',
    when: fact('command-chooses-exit-code'), basis: (s) => [s.find('exit-code'), ...ids(s, 'command-overridden', 'logs-empty')] },
  { id: 'error-line', cause: 'app-crash', proved: false, confidence: 'possible', says: 'The program chose a non-zero exit and printed an error line that names nothing more specific.',
    when: all(fact('program-exit'), finding('log-error', { notTail: true })), basis: (s) => [s.find('exit-code'), s.find('log-error')] },
  { id: 'failing-probe', cause: 'liveness-probe', proved: false, confidence: 'possible', says: 'A liveness or startup probe keeps failing, though nothing shows it killed the container.',
    when: finding('probe-failing', LIVE), basis: (s) => [s.find('probe-failing', LIVE)] },
  { id: 'unknown', cause: 'unknown', proved: false, confidence: 'possible', says: 'Nothing above holds: the evidence names no cause yet.',
    when: always, basis: (s) => ids(s, 'exit-code', 'logs-empty', 'back-off') },
];

export const RULES: readonly Rule[] = [...POD_RULES, ...CRASH_RULES];
