// A strace capture run from the "look inside" step becomes evidence: the session attaches the trace to the
// container it traced, diagnoses again, and the diagnosis (steps, report) quotes the decisive call with where
// it was taken. Scenario evidence and the real analysis; only the runner is a double.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import type { Evidence } from '../../src/contracts/evidence.js';
import { loadBuiltinFlows, type Flow } from '../../src/flow/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import type { Plan, PlanRunner, RunRecord } from '../../src/contracts/plan.js';
import { renderDiagnosisText } from '../../src/report/diagnosis-text.js';
import { loadScenarioDir } from '../../src/scenario/index.js';
import { createSession, type Session, type SessionSnapshot } from '../../src/session/index.js';
import { keepTraces } from '../../src/session/trace-capture.js';
import { waitFor } from './fakes.js';
import { evidenceFromScenario } from './scenario-evidence.js';

const COPY = 'copy-crashcourse-ab12c';
let flows: Flow[];
beforeAll(async () => {
  flows = await loadBuiltinFlows();
});

interface Case { readonly scenario: string; readonly container: string; readonly process: readonly string[]; readonly quoted: readonly RegExp[] }
const CASES: readonly Case[] = [
  { scenario: 'database-connection-refused', container: 'api', process: ['docker-entrypoint.sh', 'node', 'dist/server.js'], quoted: [/connect\(/, /ECONNREFUSED/] },
  { scenario: 'nginx-upstream-before-service', container: 'nginx', process: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], quoted: [/recvfrom\(/, /flask/] },
  { scenario: 'read-only-root-nginx', container: 'nginx', process: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], quoted: [/EROFS/] },
];

/** Runs nothing: the override reports the copy it made, the capture gives the text. */
function runner(capture: { output: string; exitCode: number }): PlanRunner & { ran: Plan[] } {
  const ran: Plan[] = [];
  return {
    ran,
    async run(plan, _consent): Promise<RunRecord> {
      ran.push(plan);
      const output = plan.capture ? capture.output : `output of ${plan.id}`;
      const created = plan.id === 'override-copy' ? { created: [{ namespace: plan.intent.target.namespace, name: COPY }] } : {};
      return { planId: plan.id, argv: plan.argv, startedAt: 0, durationMs: 1, exitCode: plan.capture ? capture.exitCode : 0, output, outcome: 'ran', ...created };
    },
  };
}

async function atLookInsideWithCopy(evidence: Evidence, c: Case, r: PlanRunner): Promise<Session> {
  const target = { namespace: evidence.pod.metadata.namespace ?? 'default', context: 'training' };
  const session = createSession({
    pod: `${target.namespace}/${evidence.pod.metadata.name}`, target, flows, runner: r,
    gather: async () => evidence,
    diagnose: (e) => diagnose({ evidence: e, target }),
    lookupEntrypoint: async () => ({ command: c.process.slice(0, 1), args: c.process.slice(1), source: 'image' }),
  });
  await waitFor(session, (s) => s.phase === 'walking' && s.entrypoint !== undefined, 'the diagnosis and the entrypoint');
  // The first step offers "skip ahead and look inside"; not every result step does.
  session.send({ type: 'CHOOSE', choice: 'look-inside' });
  expect(session.getSnapshot().step?.id).toBe('look-inside');
  session.send({ type: 'RUN', plan: 'override-copy' });
  session.send({ type: 'CONFIRM', yes: true });
  await waitFor(session, (s) => s.phase === 'walking' && s.created.length === 1, 'the copy');
  return session;
}

const traced = (s: SessionSnapshot) => s.diagnosis?.findings.find((f) => f.id === 'syscall-failure');

describe('the strace capture in a session', () => {
  for (const c of CASES) {
    it(`attaches the trace of ${c.scenario} to the evidence and quotes its decisive call in the diagnosis and the report`, async () => {
      const scenario = await loadScenarioDir(join(builtinScenariosDir(), c.scenario));
      const evidence = await evidenceFromScenario(scenario);
      const trace = readFileSync(join(scenario.dir, 'traces', `${c.container}.strace`), 'utf8');
      const r = runner({ output: trace, exitCode: 1 });
      const session = await atLookInsideWithCopy(evidence, c, r);
      expect(traced(session.getSnapshot())).toBeUndefined();

      const plan = session.getSnapshot().step!.plans.find((p) => p.id === 'strace-capture')!;
      expect(plan.argv).toEqual(['kubectl', '--context', 'training', '-n', evidence.pod.metadata.namespace, 'exec', COPY, '-c', c.container, '--', 'strace', '-f', '-tt', '-s', '256', '--', ...c.process]);
      expect(plan.risk).toBe('read');
      session.send({ type: 'RUN', plan: 'strace-capture' });
      const s = await waitFor(session, (x) => x.phase === 'walking' && x.runs.length === 2, 'the capture');

      expect(s.evidence?.traces).toEqual([{ container: c.container, origin: `strace in copy ${COPY}`, originSay: { id: 'syscalls.origin.copy', values: { copy: COPY } }, text: trace, truncated: false }]);
      const finding = traced(s)!;
      expect(finding.container).toBe(c.container);
      const [quote] = finding.evidence;
      expect(quote!.where).toMatch(new RegExp(`^strace in copy ${COPY}, line \\d+$`));
      // The quoted line is the trace's own line, verbatim, and it carries what the sentence says.
      const lineNo = Number(/line (\d+)$/.exec(quote!.where)![1]);
      expect(trace.split('\n')[lineNo - 1]).toBe(quote!.text.split('\n').at(-1));
      for (const re of c.quoted) expect(quote!.text).toMatch(re);
      for (const value of Object.values(finding.facts ?? {}).filter((v) => typeof v === 'string' && v !== finding.facts?.kind && /^(E[A-Z]+|[\w./:-]+)$/.test(v))) {
        if (finding.facts?.kind === 'dns-failure') continue;
        expect(quote!.text, `fact ${String(value)}`).toContain(String(value).replace(/:(\d+)$/, ''));
      }
      // The report quotes it with its source.
      expect(s.diagnosis!.evidence).toContainEqual({ source: quote!.where, text: quote!.text, sourceSay: { id: 'syscalls.where', values: { origin: { id: 'syscalls.origin.copy', values: { copy: COPY } }, line: String(lineNo) } } });
      const report = renderDiagnosisText(s.diagnosis!, { width: 200 });
      expect(report).toContain(`  ${quote!.where}:`);
      // The walk stayed on the step.
      expect(s.step?.id).toBe('look-inside');
      session.stop();
    });
  }

  it('attaches nothing when the capture printed no trace (no strace in the image)', async () => {
    const c = CASES[0]!;
    const evidence = await evidenceFromScenario(await loadScenarioDir(join(builtinScenariosDir(), c.scenario)));
    const session = await atLookInsideWithCopy(evidence, c, runner({ output: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "strace": executable file not found in $PATH: unknown\ncommand terminated with exit code 126', exitCode: 126 }));
    const before = session.getSnapshot().diagnosis;
    session.send({ type: 'RUN', plan: 'strace-capture' });
    const s = await waitFor(session, (x) => x.phase === 'walking' && x.runs.length === 2, 'the capture');
    expect(s.evidence?.traces).toBeUndefined();
    expect(s.diagnosis).toBe(before);
    session.stop();
  });

  it('creates the debug container (images without strace) only after a typed yes, in the copy, and attaches its trace', async () => {
    const c = CASES[0]!;
    const scenario = await loadScenarioDir(join(builtinScenariosDir(), c.scenario));
    const evidence = await evidenceFromScenario(scenario);
    const trace = readFileSync(join(scenario.dir, 'traces', `${c.container}.strace`), 'utf8');
    const r = runner({ output: trace, exitCode: 0 });
    const session = await atLookInsideWithCopy(evidence, c, r);
    const plan = session.getSnapshot().step!.plans.find((p) => p.id === 'strace-debug')!;
    expect(plan.risk).toBe('create');
    expect(plan.argv.slice(0, 9)).toEqual(['kubectl', '--context', 'training', '-n', evidence.pod.metadata.namespace, 'debug', COPY, expect.stringMatching(/^--image=\S+/), `--target=${c.container}`]);
    expect(plan.argv).toContain('--profile=general');
    expect(plan.argv).not.toContain(evidence.pod.metadata.name);
    expect(plan.argv.slice(plan.argv.indexOf('chroot'))).toEqual(['chroot', '/proc/1/root', ...c.process]);
    expect(plan.undo).toBeUndefined();

    session.send({ type: 'RUN', plan: 'strace-debug' });
    expect(session.getSnapshot().pendingConfirmation?.id).toBe('strace-debug');
    for (let i = 0; i < 5; i++) session.send({ type: 'NEXT' });
    session.send({ type: 'CONFIRM', yes: false });
    expect(r.ran.map((p) => p.id)).toEqual(['override-copy']);
    expect(session.getSnapshot().evidence?.traces).toBeUndefined();

    session.send({ type: 'RUN', plan: 'strace-debug' });
    session.send({ type: 'CONFIRM', yes: true });
    const s = await waitFor(session, (x) => x.phase === 'walking' && r.ran.length === 2, 'the debug capture');
    expect(r.ran.map((p) => p.id)).toEqual(['override-copy', 'strace-debug']);
    expect(s.evidence?.traces?.[0]).toMatchObject({ container: c.container, origin: `strace from a debug container in copy ${COPY}` });
    expect(traced(s)?.evidence[0]?.where).toMatch(new RegExp(`^strace from a debug container in copy ${COPY}, line \\d+$`));
    // Not mistaken for a new copy: the session still works in the same one.
    expect(s.created.map((x) => x.name)).toEqual([COPY]);
    session.stop();
  });

  it('keeps a capture when the pod is read again, since it is not in the cluster to be read', () => {
    const base = { pod: { metadata: { name: 'p' } } } as unknown as Evidence;
    const trace = { container: 'app', origin: 'strace in copy x', text: '1 exit_group(1) = ?', truncated: false };
    expect(keepTraces({ ...base, traces: [trace] }, base).traces).toEqual([trace]);
    expect(keepTraces(base, base).traces).toBeUndefined();
  });
});
