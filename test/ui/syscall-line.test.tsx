// The wizard's "look inside" step after a strace capture: the decisive system call is on the step, quoted,
// with where it was taken, and the report quotes it too. Real session, scenario evidence, real analysis;
// the runner is a double that hands back the scenario's recorded trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { loadBuiltinFlows, type Flow } from '../../src/flow/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import type { Plan, PlanRunner, RunRecord } from '../../src/contracts/plan.js';
import { loadScenarioDir } from '../../src/scenario/index.js';
import { createSession } from '../../src/session/index.js';
import { evidenceFromScenario } from '../session/scenario-evidence.js';
import { waitForText } from './helpers.js';
import { fakeConnection, renderApp } from './render-app.js';
import { driveToCapture } from './strace-drive.js';

afterEach(cleanup);

let flows: Flow[];
beforeAll(async () => {
  flows = await loadBuiltinFlows();
});

const COPY = 'invoice-api-crashcourse-x1y2z';

function runner(trace: string, ran: Plan[]): PlanRunner {
  return {
    async run(plan, consent): Promise<RunRecord> {
      ran.push(plan);
      if (plan.risk !== 'read' && !consent.confirmed) throw new Error(`${plan.id} ran without a yes`);
      const output = plan.capture ? trace : `output of ${plan.id}`;
      const made = plan.id === 'override-copy' ? { created: [{ namespace: plan.intent.target.namespace, name: COPY }] } : {};
      return { planId: plan.id, argv: plan.argv, startedAt: 0, durationMs: 1, exitCode: plan.capture ? 1 : 0, output, outcome: 'ran', ...made };
    },
  };
}

describe('the syscall line on the look-inside step', () => {
  it('quotes the refused connect of the database scenario after the capture, and the report does too', async () => {
    const scenario = await loadScenarioDir(join(builtinScenariosDir(), 'database-connection-refused'));
    const evidence = await evidenceFromScenario(scenario);
    const trace = readFileSync(join(scenario.dir, 'traces', 'api.strace'), 'utf8');
    const ran: Plan[] = [];
    const target = { namespace: 'billing', context: 'kind-dev' };
    const session = createSession({
      pod: `billing/${evidence.pod.metadata.name}`, target, flows, runner: runner(trace, ran),
      gather: async () => evidence,
      diagnose: (e) => diagnose({ evidence: e, target }),
      lookupEntrypoint: async () => ({ command: ['docker-entrypoint.sh'], args: ['node', 'dist/server.js'], source: 'image' }),
    });
    const app = renderApp((rec) => ({ kind: 'pod', connection: fakeConnection([], () => session, rec), namespace: 'billing', name: evidence.pod.metadata.name }));
    const frame = await driveToCapture(app);

    expect(ran.map((p) => p.id)).toEqual(['override-copy', 'strace-capture']);
    const quoted = trace.split('\n').find((l) => /connect\(.*ECONNREFUSED/.test(l))!;
    const addr = /inet_addr\("([\d.]+)"\)/.exec(quoted)![1]!;
    expect(frame).toMatch(new RegExp(`Decisive syscall \\(strace in copy ${COPY}, line \\d+\\)`));
    expect(frame).toContain(`connect to ${addr}:5432 failed with ECONNREFUSED`);
    expect(frame).toContain('▶ ');
    expect(frame.replace(/\s+/g, ' ')).toContain('ECONNREFUSED (Connection refused)');

    // The report (f) quotes the same line with where it was taken.
    app.stdin.write('f');
    const report = await waitForText(app.lastFrame, 'Cause: ');
    expect(report.replace(/\s+/g, ' ')).toMatch(/strace in copy invoice-api-crashcourse-x1y2z, line \d+: \d+ [\d:.]+ connect\(3, \{sa_family=AF_INET, sin_port=htons\(5432\), sin_addr=inet_addr\("10\.100\.231\.17"\)\}/);
    session.stop();
  });

  it('shows no syscall line before a capture', async () => {
    const scenario = await loadScenarioDir(join(builtinScenariosDir(), 'database-connection-refused'));
    const evidence = await evidenceFromScenario(scenario);
    const target = { namespace: 'billing', context: 'kind-dev' };
    const session = createSession({ pod: 'billing/x', target, flows, runner: runner('', []), gather: async () => evidence, diagnose: (e) => diagnose({ evidence: e, target }) });
    const app = renderApp((rec) => ({ kind: 'pod', connection: fakeConnection([], () => session, rec), namespace: 'billing', name: 'x' }));
    await waitForText(app.lastFrame, 'look inside the container');
    session.send({ type: 'CHOOSE', choice: 'look-inside' });
    const frame = await waitForText(app.lastFrame, 'Keep the container alive and look inside');
    expect(frame).not.toContain('Decisive syscall');
    session.stop();
  });
});
