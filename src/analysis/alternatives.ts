// The competing explanations a reader would think of, each ruled in or out with the reason. Exit 137 has four
// (OOM kill, liveness kill, an outside SIGKILL, the app's own exit(137)); exit 1 has the log-driven three.
import type { CauseId } from './causes.js';
import type { Decision } from './decide.js';
import type { ExitCodeMeaning } from './exit-code.js';
import type { Alternative, Finding } from './types.js';

const QUICK_EXIT_SECONDS = 5;

export function alternativesFor(decision: Decision, findings: readonly Finding[], code: ExitCodeMeaning | undefined, container: string | undefined, livedSeconds?: number): Alternative[] {
  const out = new Map<CauseId, Alternative>();
  const mine = findings.filter((f) => !f.container || f.container === container);
  const has = (id: string, pred: (f: Finding) => boolean = () => true): Finding | undefined => mine.find((f) => f.id === id && pred(f));
  const add = (cause: CauseId, verdict: Alternative['verdict'], why: string): void => {
    if (cause === decision.cause || out.has(cause)) return;
    out.set(cause, { cause, verdict, why });
  };
  if (decision.secondary) add(decision.secondary.cause, 'ruled-in', `what the init container's own failure shows: ${decision.secondary.basis[0]?.summary ?? decision.secondary.cause}`);

  // A read-only root filesystem and a process that dies at once without a word: a write under / failing at
  // start-up (a pid file, a cache, a temp dir) is a candidate even though nothing was logged to say so.
  if (has('read-only-root') && has('logs-empty') && livedSeconds !== undefined && livedSeconds <= QUICK_EXIT_SECONDS && code && code.code !== 0) {
    add('read-only-fs', 'ruled-in', `readOnlyRootFilesystem is set and ${container ?? 'the container'} exited after ${livedSeconds}s without logging anything: a write under / failing at start-up would look exactly like this`);
  }

  // Every other cause some finding points at is still in play.
  for (const f of mine) {
    if (f.cause && f.cause !== decision.cause && (f.confidence !== 'possible' || f.id.startsWith('log-')) && f.id !== 'log-error') add(f.cause, 'ruled-in', f.summary);
  }

  if (code?.signal === 'SIGKILL' || code?.signal === 'SIGTERM') {
    add('oom-killed', 'ruled-out', has('node-oom') ? 'the node reported an OOM kill, but the container status does not say OOMKilled' : 'the last state does not say OOMKilled and the node reported no OOM kill');
    add('liveness-probe', 'ruled-out', probeRuledOut(mine));
    add('killed-externally', 'ruled-out', `a ${code.signal} from outside (a person, a node shutdown, preemption) is what remains when nothing else explains it`);
    add('app-crash', 'ruled-out', `nothing in the logs shows the program choosing exit ${code.code} itself`);
  } else if (code && code.kind !== 'signal' && code.code !== 0) {
    const logCause = (c: CauseId, what: string): void => {
      if (!mine.some((f) => f.cause === c)) add(c, 'ruled-out', `the logs show no ${what}`);
    };
    logCause('bad-config', 'rejected flag, setting or config file');
    logCause('missing-dependency', 'failed connection or name lookup');
    logCause('app-crash', 'panic, stack trace or uncaught exception');
  }
  return [...out.values()];
}

// Which probes failed decides the sentence: readiness failures (Unhealthy events too) never restart a container.
function probeRuledOut(mine: readonly Finding[]): string {
  const failing = [...new Set(mine.filter((f) => f.id === 'probe-failing').map((f) => String(f.facts?.probe ?? 'a')))];
  const restarting = failing.filter((p) => p !== 'readiness');
  if (restarting.length > 0) return `the ${restarting.join(' and ')} probe failed, but no Killing event says the kubelet killed the container for it`;
  if (failing.includes('readiness')) return 'only the readiness probe failed (Unhealthy events), and a failing readiness probe never restarts a container; no Killing event for a liveness or startup probe';
  return 'no Killing event for a failed liveness or startup probe, and no Unhealthy events';
}
