// The session actor: gathers, walks the flow with the user's events, and runs plans through the runner —
// reads at once, anything that creates or deletes only after an explicit yes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CauseId } from '../../src/contracts/causes.js';
import type { Evidence } from '../../src/contracts/evidence.js';
import { loadBuiltinFlows, type Flow } from '../../src/flow/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { loadScenarios } from '../../src/scenario/index.js';
import { createSession, type Session, type SessionDeps } from '../../src/session/index.js';
import { diagnosisOf, typicalWorld } from '../flow/diagnoses.js';
import { evidenceFromScenario } from './scenario-evidence.js';
import { fakeRunner, waitFor, type FakeRunner } from './fakes.js';

let flows: Flow[];
let evidence: Evidence;
beforeAll(async () => {
  flows = await loadBuiltinFlows();
  const [scenario] = await loadScenarios([`${builtinScenariosDir()}/oom-killed-jvm`]);
  evidence = await evidenceFromScenario(scenario!);
});

const TARGET = { context: 'training', namespace: 'payments' };

function start(cause: CauseId, runner: FakeRunner = fakeRunner(), extra: Partial<SessionDeps> = {}): Session {
  return createSession({
    pod: 'payments/ledger-service-lpc8jfddbz-7xw2p',
    target: TARGET,
    gather: async () => evidence,
    diagnose: () => diagnosisOf(typicalWorld(cause), 'payments/ledger-service-lpc8jfddbz-7xw2p'),
    runner,
    flows,
    now: () => 1_000,
    ...extra,
  });
}
const walking = (s: Session) => waitFor(s, (x) => x.phase === 'walking', 'walking');
const idle = (s: Session) => waitFor(s, (x) => x.phase === 'walking' || x.phase === 'done', 'the run to finish');

async function walkTo(session: Session, step: string): Promise<void> {
  for (let i = 0; i < 20 && session.getSnapshot().step?.id !== step; i++) session.send({ type: 'NEXT' });
  expect(session.getSnapshot().step?.id).toBe(step);
}

describe('a triage session', () => {
  it('gathers, diagnoses and opens the flow on its first step with commands built for this pod and context', async () => {
    const session = start('oom-killed');
    expect(session.getSnapshot().phase).toBe('gathering');
    const s = await walking(session);
    expect(s.step?.flowId).toBe('crashloop');
    expect(s.step?.id).toBe('events');
    expect(s.breadcrumb).toEqual([{ id: 'events', title: 'What the events say' }]);
    const describe = s.step?.plans.find((p) => p.id === 'describe-pod');
    expect(describe?.argv).toEqual(['kubectl', '--context', 'training', '-n', 'payments', 'describe', 'pod', 'ledger-service-lpc8jfddbz-7xw2p']);
    session.stop();
  });

  it('loads lazily given flows once, while the evidence is gathered, and says so when they fail to load', async () => {
    let loads = 0;
    const session = start('oom-killed', fakeRunner(), { flows: async () => (loads++, flows) });
    expect((await walking(session)).step?.flowId).toBe('crashloop');
    expect(loads).toBe(1);
    session.stop();
    const broken = start('oom-killed', fakeRunner(), { flows: () => Promise.reject(new Error('flows/crashloop.yaml:3: bad step')) });
    const failed = await waitFor(broken, (x) => x.phase === 'error', 'the error');
    expect(failed.error).toContain('flows/crashloop.yaml:3: bad step');
  });

  it('walks with NEXT to the diagnosed cause and keeps the breadcrumb of the way', async () => {
    const session = start('oom-killed');
    await walking(session);
    await walkTo(session, 'oom-killed');
    expect(session.getSnapshot().step?.result).toEqual({ kind: 'cause', cause: 'oom-killed' });
    expect(session.getSnapshot().breadcrumb.map((b) => b.id)).toEqual(['events', 'previous-logs', 'exit-code', 'resources', 'oom-killed']);
    session.send({ type: 'BACK' });
    expect(session.getSnapshot().step?.id).toBe('resources');
    session.stop();
  });

  it('runs a read plan at once, without asking, and records the run', async () => {
    const runner = fakeRunner();
    const session = start('oom-killed', runner);
    await walking(session);
    session.send({ type: 'RUN', plan: 'describe-pod' });
    const s = await waitFor(session, (x) => x.runs.length === 1 && x.phase === 'walking', 'the read to be recorded');
    expect(runner.calls.map((c) => [c.plan.id, c.confirmed])).toEqual([['describe-pod', false]]);
    expect(s.runs[0]?.outcome).toBe('ran');
    expect(s.pendingConfirmation).toBeUndefined();
    session.stop();
  });

  it('never calls the runner for a create plan until CONFIRM yes, whatever else is pressed', async () => {
    const runner = fakeRunner();
    const session = start('unknown', runner);
    await walking(session);
    await walkTo(session, 'look-inside');
    session.send({ type: 'RUN', plan: 'override-copy' });
    expect(session.getSnapshot().pendingConfirmation?.id).toBe('override-copy');
    for (let i = 0; i < 30; i++) session.send({ type: 'NEXT' });
    session.send({ type: 'SKIP' });
    session.send({ type: 'RUN', plan: 'override-copy' });
    expect(runner.calls).toEqual([]);
    expect(session.getSnapshot().step?.id).toBe('look-inside');
    expect(session.getSnapshot().pendingConfirmation?.id).toBe('override-copy');
    session.stop();
  });

  it('with previews on, runs the override dry run first and asks with its diff on screen; creates only on yes', async () => {
    const runner = fakeRunner({ 'override-copy:preview': '--- pod/ledger (original)\n+++ pod/ledger-crashcourse (copy)\nServer-side dry run: the API server would admit this copy.\n' });
    const session = start('unknown', runner, { previewChanges: true });
    await walking(session);
    await walkTo(session, 'look-inside');
    session.send({ type: 'RUN', plan: 'override-copy' });
    const asking = await waitFor(session, (x) => x.pendingConfirmation !== undefined, 'the question');
    expect(asking.pendingConfirmation?.id).toBe('override-copy');
    expect(asking.pendingPreview).toContain('Server-side dry run');
    expect(runner.calls).toHaveLength(1);
    const dry = runner.calls[0]!.plan;
    expect([dry.risk, runner.calls[0]!.confirmed]).toEqual(['read', false]);
    expect(dry.argv).toContain('--dry-run');
    expect(dry.argv).not.toContain('--yes');
    session.send({ type: 'CONFIRM', yes: true });
    await waitFor(session, (x) => runner.calls.length === 2 && x.phase === 'walking', 'the copy');
    expect(runner.calls[1]).toMatchObject({ plan: { id: 'override-copy' }, confirmed: true });
    session.stop();
  });

  it('records a declined run on CONFIRM no, and runs nothing', async () => {
    const runner = fakeRunner();
    const session = start('unknown', runner);
    await walking(session);
    await walkTo(session, 'look-inside');
    session.send({ type: 'RUN', plan: 'override-copy' });
    session.send({ type: 'CONFIRM', yes: false });
    const s = session.getSnapshot();
    expect(runner.calls).toEqual([]);
    expect(s.pendingConfirmation).toBeUndefined();
    expect(s.runs.map((r) => [r.planId, r.outcome])).toEqual([['override-copy', 'declined']]);
    expect(s.created).toEqual([]);
    session.stop();
  });

  it('creates the copy after CONFIRM yes, offers a shell in it, and asks to clean it up on QUIT', async () => {
    const runner = fakeRunner({ 'override-copy': 'Created payments/ledger-service-crashcourse-x1y2z. Waiting for it to run…' }, { 'override-copy': [{ namespace: 'payments', name: 'ledger-service-crashcourse-x1y2z' }] });
    const session = start('unknown', runner);
    await walking(session);
    await walkTo(session, 'look-inside');
    expect(session.getSnapshot().step?.plans.map((p) => p.id)).not.toContain('override-shell');
    session.send({ type: 'RUN', plan: 'override-copy' });
    session.send({ type: 'CONFIRM', yes: true });
    let s = await waitFor(session, (x) => x.created.length === 1 && x.phase === 'walking', 'the copy to be recorded');
    expect(runner.calls.map((c) => [c.plan.id, c.confirmed])).toEqual([['override-copy', true]]);
    expect(s.created[0]).toMatchObject({ kind: 'Pod', namespace: 'payments', name: 'ledger-service-crashcourse-x1y2z', cleanedUp: false });
    const shell = s.step?.plans.find((p) => p.id === 'override-shell');
    expect(shell?.argv).toContain('ledger-service-crashcourse-x1y2z');
    expect(shell?.interactive).toBe(true);

    session.send({ type: 'QUIT' });
    s = session.getSnapshot();
    expect(s.phase).toBe('walking');
    expect(s.pendingConfirmation?.risk).toBe('delete');
    expect(s.pendingConfirmation?.argv).toEqual(s.created[0]!.cleanup);
    session.send({ type: 'CONFIRM', yes: true });
    s = await waitFor(session, (x) => x.phase === 'done', 'the session to end');
    expect(runner.calls.map((c) => [c.plan.risk, c.confirmed])).toEqual([['create', true], ['delete', true]]);
    expect(s.created[0]?.cleanedUp).toBe(true);
    session.stop();
  });

  it('withdraws an open question on BACK without running it, and stays on the step', async () => {
    const runner = fakeRunner();
    const session = start('unknown', runner);
    await walking(session);
    await walkTo(session, 'look-inside');
    session.send({ type: 'RUN', plan: 'override-cleanup' });
    expect(session.getSnapshot().pendingConfirmation?.risk).toBe('delete');
    session.send({ type: 'BACK' });
    expect(session.getSnapshot().pendingConfirmation).toBeUndefined();
    expect(session.getSnapshot().step?.id).toBe('look-inside');
    expect(session.getSnapshot().runs.map((r) => r.outcome)).toEqual(['declined']);
    expect(runner.calls).toEqual([]);
    session.send({ type: 'BACK' });
    expect(session.getSnapshot().step?.id).toBe('inconclusive');
    session.stop();
  });

  it('creates nothing when Enter (NEXT) is pressed 30 times, from the first step to the end', async () => {
    for (const cause of ['unknown', 'oom-killed', 'liveness-probe'] as const) {
      const runner = fakeRunner();
      const session = start(cause, runner);
      await walking(session);
      for (let i = 0; i < 30; i++) session.send({ type: 'NEXT' });
      expect(runner.calls).toEqual([]);
      expect(session.getSnapshot().created).toEqual([]);
      expect(session.getSnapshot().pendingConfirmation).toBeUndefined();
      expect(session.getSnapshot().step?.result).toBeDefined();
      session.stop();
    }
  });

  it('offers no creating or deleting command in read-only mode', async () => {
    const session = start('unknown', fakeRunner(), { readOnly: true });
    await walking(session);
    await walkTo(session, 'look-inside');
    expect(session.getSnapshot().step?.plans.map((p) => p.risk)).toEqual(['read']);
    session.send({ type: 'RUN', plan: 'override-copy' });
    expect(session.getSnapshot().pendingConfirmation).toBeUndefined();
    session.stop();
  });

  it('walks the flow it is given (--flow) whatever the pod, and the first applicable one otherwise', async () => {
    const notStarting = flows.find((f) => f.id === 'pod-not-starting')!;
    const given = start('oom-killed', fakeRunner(), { flow: notStarting });
    expect((await walking(given)).step?.flowId).toBe('pod-not-starting');
    given.send({ type: 'NEXT' });
    expect(given.getSnapshot().step?.id).toBe('stuck');
    given.stop();
    const chosen = start('image-pull');
    expect((await walking(chosen)).step?.flowId).toBe('pod-not-starting');
    chosen.stop();
  });

  it('ends in the error phase with the reason when gathering fails', async () => {
    const session = start('unknown', fakeRunner(), { gather: async () => { throw new Error('pods "web" not found in namespace "payments"'); } });
    const s = await waitFor(session, (x) => x.phase === 'error', 'the error');
    expect(s.error).toBe('pods "web" not found in namespace "payments"');
    expect(s.step).toBeUndefined();
    session.stop();
  });

  it('quits at once when nothing was created, and then ignores every event', async () => {
    const runner = fakeRunner();
    const session = start('oom-killed', runner);
    await walking(session);
    session.send({ type: 'QUIT' });
    expect(session.getSnapshot().phase).toBe('done');
    session.send({ type: 'RUN', plan: 'describe-pod' });
    session.send({ type: 'NEXT' });
    expect(runner.calls).toEqual([]);
    expect(session.getSnapshot().phase).toBe('done');
    session.stop();
  });
});
