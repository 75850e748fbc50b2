// The named facts rules test besides findings and exit codes: readings of the pod, its last run and its log
// findings that no single finding carries. Each says in words what it means (for `rules explain`).
import { failureScore } from '../choose-container.js';
import { lifetimeSeconds } from '../container-facts.js';
import { probeBudgetSeconds } from '../analyzers/probes.js';
import { lineOf } from '../finding-facts.js';
import { isFindingOf, type Finding } from '../../contracts/diagnosis.js';
import { decisiveLogLine } from './log-line.js';
import type { RuleScope } from './scope.js';

interface Fact {
  readonly says: string;
  /** What is true instead when it does not hold, for the trace. */
  readonly isNot: string;
  readonly holds: (s: RuleScope) => boolean;
}

/** A finding that says the pod was evicted (or its node shut down). */
export const wasEvicted = (f: Finding): boolean => isFindingOf(f, 'killed-by-signal') && f.facts?.evicted === true;

const STUCK_INIT_MS = 5 * 60 * 1000;

/** An init container running for minutes while the pod waits in Init: (a wait-for loop that never ends). */
function stuckInit(s: RuleScope): boolean {
  const v = s.ctx.primary;
  const started = Date.parse(v?.status?.state?.running?.startedAt ?? '');
  return Boolean(v?.init && !v.nativeSidecar && s.ctx.podStatus.startsWith('Init:')) && !Number.isNaN(started) && s.evidence.collectedAt - started > STUCK_INIT_MS;
}

/** A liveness/startup probe failing, and a run as long as the probe's budget: the kubelet stopped it. */
export function stoppedByProbe(s: RuleScope): Finding | undefined {
  const failing = s.find('probe-failing', { probe: ['liveness', 'startup'] });
  const probe = failing && isFindingOf(failing, 'probe-failing') && failing.facts?.probe === 'startup' ? s.ctx.primary?.spec?.startupProbe : s.ctx.primary?.spec?.livenessProbe;
  const lived = s.last ? lifetimeSeconds(s.last.term) : undefined;
  if (!failing || !probe || lived === undefined) return undefined;
  return lived + (probe.periodSeconds ?? 10) >= probeBudgetSeconds(probe) ? failing : undefined;
}

const SHELL_NOT_FOUND = new Set(['exec.shell-not-found', 'exec.command-not-found']);

/** A shell's "x: not found" followed in the same run by the process's own crash: the command was found and ran. */
export function ranPastIt(f: Finding, mine: readonly Finding[]): boolean {
  const line = lineOf(f);
  if (typeof line?.index !== 'number' || !SHELL_NOT_FOUND.has(String(line.phrase))) return false;
  const at = line.index;
  return mine.some((p) => isFindingOf(p, 'log-panic') && p.facts?.run === line.run && typeof p.facts?.index === 'number' && p.facts.index > at);
}

export const missingCommand = (s: RuleScope): Finding | undefined => s.findAll('command-not-found').find((f) => !ranPastIt(f, s.mine));

/** A log line in which the program names the exit code it chose ("exiting with code 137"). */
export const chosenExitLine = (s: RuleScope): Finding | undefined =>
  s.code ? s.mine.find((f) => f.id.startsWith('log-') && new RegExp(`exit(?:ing)?(?: with)?(?: code| status)? ${s.code!.code}\\b`, 'i').test(lineOf(f)?.line ?? '')) : undefined;

const WAITS_FOR_VOLUME = /unbound (?:immediate )?PersistentVolumeClaims|persistentvolumeclaim "[^"]+" not found|PersistentVolumeClaim is not bound|did(?: not|n't) find available persistent volumes to bind/i;

export const FACTS = {
  'no-container': { isNot: "a container is failing", says: 'no container is failing', holds: (s) => !s.ctx.primary },
  'pod-evicted': { isNot: "no finding says the pod was evicted", says: 'a finding says the pod was evicted', holds: (s) => s.findings.some(wasEvicted) },
  'running-never-failed': {
    isNot: "the container has failed (or is not running, or is an init container stuck in a wait loop)", says: 'the container runs and has never failed (and is not an init container stuck in a wait loop)',
    holds: (s) => Boolean(s.ctx.primary && failureScore(s.ctx.primary) === 0 && s.ctx.primary.status?.state?.running && !stuckInit(s)),
  },
  running: { isNot: "the container is not running now", says: 'the container is running now', holds: (s) => Boolean(s.ctx.primary?.status?.state?.running) },
  ran: {
    isNot: "the container has never run", says: 'the container has run at least once',
    holds: (s) => { const st = s.ctx.primary?.status; return Boolean(st?.state?.running || st?.state?.terminated || st?.lastState?.terminated); },
  },
  'waits-for-volume': { isNot: "the scheduler is not waiting for a PersistentVolumeClaim", says: 'the scheduler is waiting for a PersistentVolumeClaim to bind', holds: (s) => Boolean(s.find('unschedulable')?.evidence.some((e) => WAITS_FOR_VOLUME.test(e.text))) },
  'stopped-by-probe': { isNot: "no failing liveness/startup probe explains how long the run lasted", says: 'a liveness or startup probe was failing and the run lasted as long as the probe allows', holds: (s) => stoppedByProbe(s) !== undefined },
  'runtime-lost-container': { isNot: "the last state's reason is not Unknown/ContainerStatusUnknown", says: 'the last state\'s reason is Unknown or ContainerStatusUnknown (the runtime lost the container)', holds: (s) => s.last?.term.reason === 'Unknown' || s.last?.term.reason === 'ContainerStatusUnknown' },
  'signal-exit': { isNot: "the exit code is below 128 (not a signal)", says: 'the exit code is 128 or more (a signal)', holds: (s) => (s.code?.code ?? 0) >= 128 },
  'no-exit-code': { isNot: "there is an exit code", says: 'there is no exit code', holds: (s) => s.code === undefined },
  'command-missing': { isNot: "nothing says the command was not found (or the process ran past that line)", says: 'the command or entrypoint was not found (and the process did not run past that line)', holds: (s) => missingCommand(s) !== undefined },
  'log-names-exit-code': { isNot: "no log line says the program chose this exit code", says: 'a log line says the program chose this exit code', holds: (s) => chosenExitLine(s) !== undefined },
  'command-chooses-exit-code': {
    isNot: "the spec's command does not `exit` with this code", says: 'the spec\'s own command or args exit with this code (`exit N`)',
    holds: (s) => {
      const argv = [...(s.ctx.primary?.spec?.command ?? []), ...(s.ctx.primary?.spec?.args ?? [])].join(' ');
      return s.code !== undefined && s.code.code !== 0 && new RegExp(`\\bexit\\s+${s.code.requested ?? s.code.code}\\b`).test(argv);
    },
  },
  'program-exit': { isNot: "the exit code is 0 or a signal, not the program's own choice", says: 'the program chose a non-zero exit code (not a signal)', holds: (s) => s.code !== undefined && s.code.code !== 0 && (s.code.kind === 'program' || s.code.kind === 'sysexit') },
  'decisive-log-line': { isNot: "no log line near the end of the crashed run names a cause", says: 'a log line near the end of the crashed run names a cause', holds: (s) => decisiveLogLine(s) !== undefined },
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof FACTS;
