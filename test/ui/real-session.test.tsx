import { cleanup } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinFlows, type Flow } from '../../src/flow/index.js';
import type { Plan, PlanRunner, RunRecord } from '../../src/contracts/plan.js';
import { createSession } from '../../src/session/index.js';
import { diagnosis, ENTER, evidence, TARGET, until, waitForText } from './helpers.js';
import { renderApp, fakeConnection } from './render-app.js';

afterEach(cleanup);

let flows: Flow[] = [];
beforeAll(async () => {
  flows = await loadBuiltinFlows();
});

/** A runner double that records what it was asked to run and runs nothing. */
function recordingRunner(ran: { plan: Plan; confirmed: boolean }[]): PlanRunner {
  return {
    async run(plan, consent): Promise<RunRecord> {
      ran.push({ plan, confirmed: consent.confirmed });
      return { planId: plan.id, argv: plan.argv, startedAt: 0, durationMs: 1, exitCode: 0, output: `ran ${plan.id}\n`, outcome: 'ran' };
    },
  };
}

function realSession(ran: { plan: Plan; confirmed: boolean }[]) {
  return createSession({
    pod: 'shop/cart-7d9f8',
    target: TARGET,
    gather: async () => evidence(),
    diagnose: () => diagnosis,
    runner: recordingRunner(ran),
    flows,
  });
}

describe('the wizard on the real session and the shipped crashloop flow', () => {
  it('walks from the events through the logs and the exit code to a report naming the cause, with Enter alone', async () => {
    const ran: { plan: Plan; confirmed: boolean }[] = [];
    const { lastFrame, stdin } = renderApp((rec) => ({ kind: 'pod', connection: fakeConnection([], () => realSession(ran), rec), namespace: 'shop', name: 'cart-7d9f8' }));
    const frames: string[] = [await waitForText(lastFrame, 'What the events say')];
    for (let i = 0; i < 15 && !lastFrame()!.includes('Cause: oom-killed'); i++) {
      const before = lastFrame();
      stdin.write(ENTER);
      await until(() => lastFrame() !== before);
      frames.push(lastFrame()!);
    }
    const walked = frames.join('\n');
    expect(walked).toContain('BackOff');
    expect(walked).toContain('WARN cache size 240Mi, still loading');
    expect(walked).toContain('exit code 137 (SIGKILL)');
    expect(walked).toMatch(/\$ kubectl --context kind-dev -n shop (describe|logs|get)/);
    expect(lastFrame()).toContain('Cause: oom-killed: The container runs out of memory');
    expect(ran).toEqual([]);
  });

  it('runs a read command with r and shows its output', async () => {
    const ran: { plan: Plan; confirmed: boolean }[] = [];
    const { lastFrame, stdin } = renderApp((rec) => ({ kind: 'pod', connection: fakeConnection([], () => realSession(ran), rec), namespace: 'shop', name: 'cart-7d9f8' }));
    await waitForText(lastFrame, 'What the events say');
    stdin.write('r');
    await waitForText(lastFrame, 'ran describe-pod');
    expect(ran.map((r) => [r.plan.id, r.plan.risk])).toEqual([['describe-pod', 'read']]);
  });
});
