// Every built-in scenario walked through the real analysis and the shipped flows with Enter (NEXT) only:
// the walk ends on the scenario's cause, and a few representative walks follow the seeds' order.
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { loadBuiltinFlows, type Flow } from '../../src/flow/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios, type Scenario } from '../../src/scenario/index.js';
import { createSession, type Session, type SessionSnapshot } from '../../src/session/index.js';
import { evidenceFromScenario } from './scenario-evidence.js';
import { fakeRunner, waitFor } from './fakes.js';

let flows: Flow[];
let scenarios: Scenario[];
beforeAll(async () => {
  flows = await loadBuiltinFlows();
  scenarios = await loadScenarios([builtinScenariosDir()]);
});

async function walkScenario(scenario: Scenario): Promise<{ session: Session; end: SessionSnapshot; runs: number }> {
  const evidence = await evidenceFromScenario(scenario);
  const namespace = scenario.meta.pod!.split('/')[0]!;
  const target = { context: 'kubectl-crashcourse-training', namespace };
  const runner = fakeRunner();
  const session = createSession({
    pod: scenario.meta.pod!,
    target,
    gather: async () => evidence,
    diagnose: (e) => diagnose({ evidence: e, target }),
    runner,
    flows,
  });
  await waitFor(session, (s) => s.phase === 'walking', `${scenario.name} to be diagnosed`);
  for (let i = 0; i < 40; i++) session.send({ type: 'NEXT' });
  return { session, end: session.getSnapshot(), runs: runner.calls.length };
}

describe('walking each built-in scenario with Enter only', () => {
  it('ends on the scenario\'s cause, having run and created nothing', async () => {
    const withCause = scenarios.filter((s) => s.meta.pod && s.meta.cause);
    expect(withCause.length).toBeGreaterThan(0);
    for (const scenario of withCause) {
      const { session, end, runs } = await walkScenario(scenario);
      const right = [scenario.meta.cause, ...(scenario.meta.also ?? [])];
      const result = end.step?.result;
      expect(result?.kind, `${scenario.name}: ${end.breadcrumb.map((b) => b.id).join(' → ')}`).toBe('cause');
      expect(right, `${scenario.name} ended on ${result?.kind === 'cause' ? result.cause : '-'} via ${end.breadcrumb.map((b) => b.id).join(' → ')}`)
        .toContain(result?.kind === 'cause' ? result.cause : undefined);
      expect(runs).toBe(0);
      expect(end.created).toEqual([]);
      session.stop();
    }
  });

  it.each([
    ['liveness-probe-missing-file', ['events', 'probe-events', 'probe-timing', 'liveness-probe']],
    ['oom-killed-jvm', ['events', 'previous-logs', 'exit-code', 'resources', 'oom-killed']],
    ['init-container-migration-fails', ['events', 'init-logs', 'init-container']],
    ['nginx-upstream-before-service', ['events', 'previous-logs', 'dependency', 'started-too-early']],
    ['silent-exit-1-cronjob', ['events', 'previous-logs', 'exit-code', 'resources', 'inconclusive', 'look-inside', 'unknown']],
    ['pvc-pending-missing-storageclass', ['status', 'scheduling', 'volumes', 'volume-pending']],
  ])('follows the seeds\' order for the %s scenario', async (name, steps) => {
    const scenario = scenarios.find((s) => s.name === name);
    if (!scenario) {
      console.log(`the built-in scenario ${name} is gone: nothing to walk`);
      return;
    }
    const { session, end } = await walkScenario(scenario);
    expect(end.breadcrumb.map((b) => b.id)).toEqual(steps);
    session.stop();
  });
});
