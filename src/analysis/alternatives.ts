// The competing explanations, each ruled in or out with the reason. Ruled out comes from the rule table's
// evaluation (decide: every rule of a cause failed, each saying why, or a stronger rule came first); ruled in is
// what other findings still point at, the init container's own failure, and a silent exit under a read-only root.
import type { CauseId } from '../contracts/causes.js';
import type { Decision } from './decide.js';
import type { ExitCodeMeaning } from './exit-code.js';
import { say, type Alternative, type Finding } from '../contracts/diagnosis.js';

const QUICK_EXIT_SECONDS = 5;

export function alternativesFor(decision: Decision, findings: readonly Finding[], code: ExitCodeMeaning | undefined, container: string | undefined, livedSeconds?: number): Alternative[] {
  const out = new Map<CauseId, Alternative>();
  const mine = findings.filter((f) => !f.container || f.container === container);
  const has = (id: string): boolean => mine.some((f) => f.id === id);
  const add = (a: Alternative): void => {
    if (a.cause === decision.cause || out.has(a.cause)) return;
    out.set(a.cause, a);
  };
  if (decision.secondary) add({ cause: decision.secondary.cause, verdict: 'ruled-in', why: say('dx.why.initShows', { shows: decision.secondary.basis[0]?.say ?? decision.secondary.cause }) });

  // A read-only root filesystem and a process that dies at once without a word: a write under / failing at
  // start-up (a pid file, a cache, a temp dir) is a candidate even though nothing was logged to say so.
  if (has('read-only-root') && has('logs-empty') && livedSeconds !== undefined && livedSeconds <= QUICK_EXIT_SECONDS && code && code.code !== 0) {
    add({ cause: 'read-only-fs', verdict: 'ruled-in', why: say('dx.why.readOnlySilent', { container: container ? say('dx.name', { name: container }) : say('dx.theContainer'), seconds: livedSeconds }) });
  }

  // Every other cause some finding points at is still in play.
  for (const f of mine) {
    if (f.cause && (f.confidence !== 'possible' || f.id.startsWith('log-')) && f.id !== 'log-error') add({ cause: f.cause, verdict: 'ruled-in', why: f.say });
  }
  for (const a of decision.ruledOut) add(a);
  return [...out.values()];
}
