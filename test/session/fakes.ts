// Test helpers for the session: a runner that records what it was asked to run, and a wait that polls the
// session's snapshots with a deadline instead of sleeping.
import type { Plan, PlanRunner, RunRecord } from '../../src/contracts/plan.js';
import type { Session, SessionSnapshot } from '../../src/session/index.js';

export interface FakeRunner extends PlanRunner {
  readonly calls: { plan: Plan; confirmed: boolean }[];
}

/** `created`: what a plan's run reports it made (as the in-process override does), by plan id. */
export function fakeRunner(outputs: Readonly<Record<string, string>> = {}, created: Readonly<Record<string, RunRecord['created']>> = {}): FakeRunner {
  const calls: { plan: Plan; confirmed: boolean }[] = [];
  return {
    calls,
    async run(plan, consent): Promise<RunRecord> {
      calls.push({ plan, confirmed: consent.confirmed });
      const made = created[plan.id];
      return { planId: plan.id, argv: plan.argv, startedAt: 0, durationMs: 1, exitCode: 0, output: outputs[plan.id] ?? `output of ${plan.id}`, outcome: 'ran', ...(made ? { created: made } : {}) };
    },
  };
}

export async function waitFor(session: Session, ok: (s: SessionSnapshot) => boolean, what: string, ms = 5000): Promise<SessionSnapshot> {
  if (ok(session.getSnapshot())) return session.getSnapshot();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; phase ${session.getSnapshot().phase}, step ${session.getSnapshot().step?.id}`));
    }, ms);
    const off = session.subscribe((s) => {
      if (!ok(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}
