// From findings to one primary cause. Precedence is evidence strength: a status field or event that proves a
// cause beats a log line, a log line beats an exit code alone; among log lines the more specific wins.
import type { Evidence } from '../evidence/types.js';
import type { CauseId } from './causes.js';
import type { AnalyzerContext } from './context.js';
import { failureScore } from './choose-container.js';
import { lastTermination, lifetimeSeconds } from './container-facts.js';
import { probeBudgetSeconds } from './analyzers/probes.js';
import { exitCodeMeaning } from './exit-code.js';
import type { Confidence, Finding } from './types.js';

export interface Decision {
  readonly cause: CauseId | null;
  readonly confidence: Confidence | null;
  /** The findings that carry the decision, strongest first. */
  readonly basis: readonly Finding[];
  /** For an init container: what its own failure looks like. */
  readonly secondary?: { readonly cause: CauseId; readonly confidence: Confidence; readonly basis: readonly Finding[] };
  /** True when the cause rests on a status field or an event rather than logs or an exit code. */
  readonly proved: boolean;
}

const LOG_FAMILY = new Set(['log-bad-config', 'log-dns', 'log-connection-refused', 'log-timeout', 'log-read-only-fs', 'log-address-in-use',
  'log-permission-denied', 'log-out-of-memory', 'log-not-found', 'log-panic', 'exec-format', 'command-not-found', 'segfault', 'dependency-order']);

const pick = (cause: CauseId, confidence: Confidence, basis: readonly Finding[], proved: boolean): Decision => ({ cause, confidence, basis, proved });

export function decide(evidence: Evidence, ctx: AnalyzerContext, findings: readonly Finding[]): Decision {
  const v = ctx.primary;
  const mine = findings.filter((f) => !f.container || f.container === v?.name);
  const find = (id: string, pred: (f: Finding) => boolean = () => true): Finding | undefined => mine.find((f) => f.id === id && pred(f));

  const sched = find('unschedulable');
  if (sched) {
    // "pod has unbound immediate PersistentVolumeClaims", or with WaitForFirstConsumer "did not find available
    // persistent volumes to bind": the scheduler waits for a volume, not for room.
    const pvc = findings.find((f) => f.id === 'pvc-pending');
    const waitsForVolume = sched.evidence.some((e) => /unbound (?:immediate )?PersistentVolumeClaims|persistentvolumeclaim "[^"]+" not found|PersistentVolumeClaim is not bound|did(?: not|n't) find available persistent volumes to bind/i.test(e.text));
    if (waitsForVolume || pvc) return pick('volume-pending', 'confirmed', [...(pvc ? [pvc] : []), sched], true);
    return pick('unschedulable', 'confirmed', [sched], true);
  }
  const evicted = findings.find((f) => f.facts?.evicted === true);
  if (!v && evicted) return pick('killed-externally', 'confirmed', [evicted], true);
  if (!v) return { cause: null, confidence: null, basis: [], proved: false };
  // A container named with --container that runs and has never failed has nothing to explain. An init container
  // that has been running for minutes while the pod waits in Init: is stuck (a wait-for loop that never ends).
  if (failureScore(v) === 0 && v.status?.state?.running && !stuckInit(evidence, ctx)) return { cause: null, confidence: null, basis: [], proved: false };

  const ran = Boolean(v.status?.state?.running || v.status?.state?.terminated || v.status?.lastState?.terminated);
  const pull = find('image-pull');
  if (pull && !v.status?.state?.running) return pick('image-pull', 'confirmed', [pull], true);
  const nonRoot = find('run-as-non-root', (f) => f.cause === 'permission-denied');
  if (nonRoot) return pick('permission-denied', 'confirmed', [nonRoot], true);
  const config = find('create-config-error');
  // CreateContainerConfigError with only the event saying why: a subPath the kubelet could not prepare is a mount
  // failure, unless a referenced object really is missing.
  const configMount = find('mount-failed', (f) => f.cause === 'mount-failure' && f.confidence === 'confirmed');
  if (config && configMount && !mine.some((f) => f.id === 'missing-reference')) return pick('mount-failure', 'confirmed', [configMount, config], true);
  if (config && !v.status?.state?.running) return pick('missing-config', 'confirmed', [config, ...mine.filter((f) => f.id === 'missing-reference')], true);
  if (!ran) {
    const vol = find('mount-failed', (f) => f.cause === 'volume-pending') ?? find('pvc-pending') ?? find('missing-reference', (f) => f.cause === 'volume-pending');
    if (vol) return pick('volume-pending', vol.confidence, [vol, ...mine.filter((f) => f.id === 'pvc-pending' && f !== vol)], true);
    const ref = find('missing-reference');
    if (ref) return pick('missing-config', ref.confidence, [ref], true);
  }

  const init = find('init-container-failing');
  if (init) {
    const own = crashCause(evidence, ctx, mine);
    return { ...pick('init-container', init.confidence, [init, ...own.basis], true), ...(own.cause && own.cause !== 'unknown' ? { secondary: { cause: own.cause, confidence: own.confidence ?? 'possible', basis: own.basis } } : {}) };
  }
  return crashCause(evidence, ctx, mine);
}

function stoppedByProbe(ctx: AnalyzerContext, mine: readonly Finding[]): Finding | undefined {
  const failing = mine.find((f) => f.id === 'probe-failing' && (f.facts?.probe === 'liveness' || f.facts?.probe === 'startup'));
  const probe = failing?.facts?.probe === 'startup' ? ctx.primary?.spec?.startupProbe : ctx.primary?.spec?.livenessProbe;
  const last = lastTermination(ctx.primary);
  const lived = last ? lifetimeSeconds(last.term) : undefined;
  if (!failing || !probe || lived === undefined) return undefined;
  return lived + (probe.periodSeconds ?? 10) >= probeBudgetSeconds(probe) ? failing : undefined;
}

const STUCK_INIT_MS = 5 * 60 * 1000;

function stuckInit(evidence: Evidence, ctx: AnalyzerContext): boolean {
  const v = ctx.primary;
  const started = Date.parse(v?.status?.state?.running?.startedAt ?? '');
  return Boolean(v?.init && !v.nativeSidecar && ctx.podStatus.startsWith('Init:')) && !Number.isNaN(started) && evidence.collectedAt - started > STUCK_INIT_MS;
}

function crashCause(evidence: Evidence, ctx: AnalyzerContext, mine: readonly Finding[]): Decision {
  const find = (id: string, pred: (f: Finding) => boolean = () => true): Finding | undefined => mine.find((f) => f.id === id && pred(f));
  const confirmed = (id: string): Finding | undefined => find(id, (f) => f.confidence === 'confirmed');
  const last = lastTermination(ctx.primary);
  const code = last ? exitCodeMeaning(last.term.exitCode) : undefined;

  const oom = find('oom-killed');
  if (oom) return pick('oom-killed', 'confirmed', [oom, ...mine.filter((f) => f.id === 'memory-limit-tight' || f.id === 'log-out-of-memory')], true);
  const hook = find('hook-failed', (f) => f.facts?.hook === 'FailedPostStartHook') ?? find('hook-failed');
  if (hook && (!code || code.code !== 0 || hook.facts?.hook === 'FailedPostStartHook')) return pick('lifecycle-hook', hook.confidence, [hook], true);
  const kill = find('probe-kill');
  if (kill) return pick('liveness-probe', 'confirmed', [kill, ...mine.filter((f) => f.id === 'probe-too-early' || f.id === 'probe-failing' || f.id === 'probe-port-mismatch')], true);
  for (const id of ['mount-failed', 'command-not-found', 'exec-format'] as const) {
    const f = confirmed(id);
    if (f && f.cause) return pick(f.cause, 'confirmed', [f, ...mine.filter((x) => x.id === id && x !== f)], true);
  }
  const evicted = find('killed-by-signal', (f) => f.facts?.evicted === true);
  if (evicted) return pick('killed-externally', 'confirmed', [evicted], true);
  const zero = find('exits-zero');
  // A program that handles SIGTERM gracefully exits 0 when the kubelet stops it for a failing liveness or startup
  // probe: the probe failures and a run as long as the probe's budget say who ended it.
  const stopped = zero ? stoppedByProbe(ctx, mine) : undefined;
  if (zero && stopped) return pick('liveness-probe', 'likely', [stopped, zero, ...mine.filter((f) => f.id === 'probe-too-early')], false);
  if (zero) return pick('exits-zero', zero.confidence, [zero], true);

  const node = find('node-restarted');
  const unknownReason = last?.term.reason === 'Unknown' || last?.term.reason === 'ContainerStatusUnknown';
  if (node && (code?.code === 255 || unknownReason || (node.confidence === 'confirmed' && code && code.code >= 128))) {
    return pick('node-restart', node.confidence === 'possible' ? 'likely' : node.confidence, [node], node.confidence === 'confirmed');
  }

  const logs = nearTheEnd(mine.filter((f) => LOG_FAMILY.has(f.id) && f.cause && f.id !== 'command-not-found' && f.id !== 'exec-format' && f.id !== 'segfault'));
  const dep = find('dependency-order');
  const exec = find('exec-format') ?? find('arch-mismatch');
  if (exec) return pick('exec-format', 'likely', [exec, ...mine.filter((f) => f.id === 'arch-mismatch' && f !== exec)], false);
  const notFound = find('command-not-found', (f) => !ranPastIt(f, mine));
  if (notFound) return pick('command-not-found', notFound.confidence, [notFound, ...mine.filter((f) => f.id === 'command-overridden')], false);
  if (code?.signal === 'SIGSEGV') return pick('segfault', 'likely', [find('segfault')!].filter(Boolean), false);

  if (code && (code.signal === 'SIGKILL' || code.signal === 'SIGTERM')) {
    const chose = mine.find((f) => f.id.startsWith('log-') && new RegExp(`exit(?:ing)?(?: with)?(?: code| status)? ${code.code}\\b`, 'i').test(String(f.facts?.line ?? '')));
    if (chose) return pick('app-crash', 'possible', [chose, ...mine.filter((f) => f.id === 'exit-code')], false);
    {
      // A JVM run with -XX:OnOutOfMemoryError="kill -9 %p" (or a supervisor) kills itself after logging the OOM.
      const ownOom = find('log-out-of-memory');
      if (ownOom && code.signal === 'SIGKILL') return pick('oom-killed', 'likely', [ownOom, ...mine.filter((f) => f.id === 'memory-limit-tight')], false);
      const probe = find('probe-failing', (f) => f.facts?.probe === 'liveness' || f.facts?.probe === 'startup');
      if (probe) return pick('liveness-probe', 'likely', [probe, ...mine.filter((f) => f.id === 'probe-too-early')], false);
      const nodeOom = find('node-oom');
      if (nodeOom && code.signal === 'SIGKILL') return pick('oom-killed', 'likely', [nodeOom], false);
      // A JVM allowed a heap at or above the limit is bound to be SIGKILLed by the cgroup OOM killer; runtimes do not
      // always say OOMKilled (the kill can land on a child, or the reason is lost across a restart).
      const heapOverLimit = find('memory-limit-tight', (f) => f.confidence === 'likely' && f.facts?.heapBytes !== undefined);
      if (heapOverLimit && code.signal === 'SIGKILL') return pick('oom-killed', 'likely', [heapOverLimit, ...mine.filter((f) => f.id === 'exit-code')], false);
      const signal = find('killed-by-signal')!;
      return pick('killed-externally', 'likely', [signal].filter(Boolean), false);
    }
  }

  if (dep) return pick('missing-dependency', 'confirmed', [dep, ...logs.filter((f) => f.id === 'log-dns')], true);
  // A strong line beats a weak one whatever their specificity; among equals the more specific wins.
  const bySpecificity = (a: Finding, b: Finding): number => Number(b.facts?.specificity ?? 0) - Number(a.facts?.specificity ?? 0);
  const best = unwrapped(logs.filter((f) => f.confidence !== 'possible').sort(bySpecificity)[0] ?? [...logs].sort(bySpecificity)[0], logs);
  if (best?.cause) {
    const support = supportFor(best.cause, mine);
    const both = support.length > 0 && best.confidence !== 'possible';
    return pick(best.cause, both ? 'likely' : best.confidence, [best, ...support, ...logs.filter((f) => f !== best && f.cause === best.cause)], false);
  }
  // The runtime lost the container (reason Unknown, exit 255) and the node events have expired: a restart of
  // the node or runtime is the usual reason, but without the events it stays a possibility.
  if (unknownReason && code?.code === 255) return pick('node-restart', 'possible', mine.filter((f) => f.id === 'exit-code'), false);
  const dup = find('duplicate-port');
  if (dup) return pick('port-in-use', 'possible', [dup], false);

  if (code && code.code !== 0) {
    const exit = find('exit-code')!;
    const tail = find('log-error');
    // A sysexits code hints at a cause only beside a line the program printed; alone it is not evidence.
    if (tail && (code.code === 64 || code.code === 78 || code.code === 2)) return pick('bad-config', 'possible', [exit, tail], false);
    if (tail && (code.code === 69 || code.code === 68)) return pick('missing-dependency', 'possible', [exit, tail], false);
    if (tail && code.code === 77) return pick('permission-denied', 'possible', [exit, tail], false);
    // The spec's own command chooses the code (`sh -c '…; exit 3'`): the program exits by design of its command.
    const argv = [...(ctx.primary?.spec?.command ?? []), ...(ctx.primary?.spec?.args ?? [])].join(' ');
    if (new RegExp(`\\bexit\\s+${code.requested ?? code.code}\\b`).test(argv)) {
      return pick('app-crash', 'likely', [exit, ...mine.filter((f) => f.id === 'command-overridden' || f.id === 'logs-empty')], true);
    }
    // An error line that names nothing more specific is still the program failing; silence is not evidence.
    if ((code.kind === 'program' || code.kind === 'sysexit') && tail && !tail.facts?.tail) return pick('app-crash', 'possible', [exit, tail], false);
  }
  const probe = find('probe-failing', (f) => f.facts?.probe === 'liveness' || f.facts?.probe === 'startup');
  if (probe) return pick('liveness-probe', 'possible', [probe], false);
  return pick('unknown', 'possible', mine.filter((f) => f.id === 'exit-code' || f.id === 'logs-empty' || f.id === 'back-off'), false);
}

// A shell's "x: not found" for a program the process called, followed in the same run by that process's own
// crash (a traceback, panic or uncaught exception), shows the container's command was found and ran.
const SHELL_NOT_FOUND = new Set(['exec.shell-not-found', 'exec.command-not-found']);

function ranPastIt(f: Finding, mine: readonly Finding[]): boolean {
  if (typeof f.facts?.index !== 'number' || !SHELL_NOT_FOUND.has(String(f.facts.phrase))) return false;
  return mine.some((p) => p.id === 'log-panic' && p.facts?.run === f.facts?.run && typeof p.facts?.index === 'number' && p.facts.index > Number(f.facts?.index));
}

// How far before the last decisive line of a run another line may be and still compete with it: an error
// logged early and survived is not why the process died at the end.
const DECISIVE_WINDOW = 40;

function nearTheEnd(logs: readonly Finding[]): Finding[] {
  const last = new Map<string, number>();
  for (const f of logs) {
    const run = String(f.facts?.run ?? '');
    if (typeof f.facts?.index === 'number') last.set(run, Math.max(last.get(run) ?? 0, f.facts.index));
  }
  return logs.filter((f) => typeof f.facts?.index !== 'number' || f.facts.index >= (last.get(String(f.facts.run)) ?? 0) - DECISIVE_WINDOW);
}

// "Unable to load the config" names no reason of its own; an operating-system error logged with it or after it
// (Read-only file system, permission denied, address in use) is why the loading failed, and it is what to fix.
const GENERIC_CONFIG_FAILURE = /configuration error|(?:failed|unable|could not|cannot) (?:to )?(?:load|read|open|apply|initiali[sz]e) (?:the )?(?:config|configuration|settings)|error (?:loading|reading) (?:config|configuration)/i;
const OS_CAUSES = new Set(['read-only-fs', 'permission-denied', 'port-in-use']);

function unwrapped(best: Finding | undefined, logs: readonly Finding[]): Finding | undefined {
  if (!best || best.cause !== 'bad-config' || !GENERIC_CONFIG_FAILURE.test(String(best.facts?.line ?? ''))) return best;
  const at = Number(best.facts?.index ?? -1);
  const os = logs.filter((f) => f.cause && OS_CAUSES.has(f.cause) && f.confidence !== 'possible' && f.facts?.run === best.facts?.run && Number(f.facts?.index ?? -1) >= at);
  return os.sort((a, b) => Number(b.facts?.specificity ?? 0) - Number(a.facts?.specificity ?? 0))[0] ?? best;
}

/** Spec facts that make a log line's cause more certain (readOnlyRootFilesystem behind "Read-only file system"). */
function supportFor(cause: CauseId, mine: readonly Finding[]): Finding[] {
  const ids: Partial<Record<CauseId, string[]>> = {
    'read-only-fs': ['read-only-root'], 'permission-denied': ['run-as-non-root'], 'port-in-use': ['duplicate-port'],
    'oom-killed': ['memory-limit-tight'], 'exec-format': ['arch-mismatch'], 'bad-config': ['command-overridden', 'missing-reference'],
  };
  return mine.filter((f) => (ids[cause] ?? []).includes(f.id) && f.confidence !== 'possible');
}
