// The exercise engine on a real scenario (the seeds' liveness probe that can never pass): the answer stays
// hidden until named, evidence appears only after a prediction, claims are judged by the quote they point at,
// hints climb a ladder and cost points, and the debrief holds the path against the shortest one.
import { describe, expect, it } from 'vitest';
import { debriefOf, exerciseReducer, scoreAttempt, startExercise, type ExerciseEvent } from '../../src/classroom/index.js';
import type { ExerciseState } from '../../src/classroom/types.js';
import { scenarioCase } from './support/case.js';

const c = await scenarioCase('liveness-probe-missing-file');
const run = (events: readonly ExerciseEvent[], from: ExerciseState = startExercise(c, 0)): ExerciseState => events.reduce((s, e) => exerciseReducer(c, s, e), from);
const firstStep = c.steps[c.start]!;

describe('an exercise case', () => {
  it('knows the answer, the misleading reading of exit 137 and the shortest path to the cause', () => {
    expect(c.expected).toBe('liveness-probe');
    expect(c.misleading).toBe('oom-killed');
    expect(c.candidates).toContain('liveness-probe');
    expect(c.candidates).toContain('oom-killed');
    expect(c.shortestPath[0]).toBe('events');
    // Both of the flow's liveness-probe ends (probe too early, probe wrong) are four steps from the start.
    expect(['liveness-probe', 'slow-start']).toContain(c.shortestPath.at(-1));
    expect(c.shortestPath).toHaveLength(4);
    expect(c.quotes.find((q) => q.id === c.support[0])?.text).toMatch(/liveness|137/);
  });
});

describe('predict before reveal', () => {
  it('reveals the step’s evidence only after a prediction, and records whether it was right', () => {
    const start = startExercise(c, 0);
    expect(start.revealed).toEqual([]);
    const blocked = run([{ type: 'go', step: firstStep.exits[0]!.step }], start);
    expect(blocked.step).toBe(start.step);
    const wrong = firstStep.prediction!.options.find((o) => o.id !== firstStep.prediction!.answer)!.id;
    const s = run([{ type: 'predict', option: wrong }], start);
    expect(s.predictions[firstStep.id]).toEqual({ chosen: wrong, right: false });
    expect(s.revealed).toEqual(firstStep.reveals);
    // A second prediction on the same step changes nothing.
    expect(run([{ type: 'predict', option: firstStep.prediction!.answer }], s)).toBe(s);
  });
});

describe('the hypothesis board', () => {
  const onBoard = run([{ type: 'predict', option: firstStep.prediction!.answer }, { type: 'to-board' }]);
  const statusQuote = c.quotes.find((q) => q.source === 'status')!.id;
  const killing = c.quotes.find((q) => /failed liveness probe/.test(q.text))!.id;
  const backOff = c.quotes.find((q) => /Back-off/.test(q.text) && !c.support.includes(q.id))!.id;

  it('accepts ruling out the OOM kill with the status line that says reason=Error, not OOMKilled', () => {
    const s = run([{ type: 'claim', cause: 'oom-killed', stance: 'ruled-out', quote: statusQuote }], onBoard);
    expect(s.claims).toEqual([{ cause: 'oom-killed', stance: 'ruled-out', quote: statusQuote, valid: true }]);
  });

  it('judges a claim by its quote: the BackOff event proves nothing, and the real cause cannot be ruled out', () => {
    const s = run([
      { type: 'claim', cause: 'oom-killed', stance: 'ruled-out', quote: backOff },
      { type: 'claim', cause: 'liveness-probe', stance: 'ruled-out', quote: killing },
    ], onBoard);
    expect(s.claims.map((x) => x.valid)).toEqual([false, false]);
  });

  it('refuses to point at evidence not yet revealed', () => {
    const fresh = run([{ type: 'to-board' }], startExercise(c, 0));
    const hidden = c.quotes.find((q) => !fresh.revealed.includes(q.id));
    if (!hidden) return expect(fresh.revealed.length).toBe(c.quotes.length);
    expect(run([{ type: 'claim', cause: 'oom-killed', stance: 'ruled-out', quote: hidden.id }], fresh).claims).toEqual([]);
  });
});

describe('hints, naming, verification and the score', () => {
  const statusQuote = c.quotes.find((q) => q.source === 'status')!.id;
  const killing = c.quotes.find((q) => /failed liveness probe/.test(q.text))!.id;
  const solved = run([
    { type: 'predict', option: firstStep.prediction!.answer },
    { type: 'to-board' },
    { type: 'claim', cause: 'oom-killed', stance: 'ruled-out', quote: statusQuote },
    { type: 'claim', cause: 'liveness-probe', stance: 'backed', quote: killing },
    { type: 'hint', maxLevel: 3 },
    { type: 'name', cause: 'liveness-probe' },
    { type: 'verified', passed: false, reason: 'not-ready', at: 60_000 },
    { type: 'verified', passed: true, reason: 'stable', at: 120_000 },
  ]);

  it('stops the hint ladder at the policy’s level', () => {
    const s = run([{ type: 'hint', maxLevel: 2 }, { type: 'hint', maxLevel: 2 }, { type: 'hint', maxLevel: 2 }]);
    expect(s.hintLevel).toBe(2);
    expect(run([{ type: 'hint', maxLevel: 0 }]).hintLevel).toBe(0);
  });

  it('finishes only when the end state is verified, and scores every rubric item', () => {
    expect(solved.phase).toBe('debrief');
    expect(solved.verification).toMatchObject({ passed: true, attempts: 2 });
    const score = scoreAttempt(c, solved, 900);
    const points = Object.fromEntries(score.items.map((i) => [i.id, i.points]));
    expect(points).toEqual({ 'misleading-symptom': 15, 'root-cause': 30, evidence: 15, fixed: 25, time: 15, hints: -5, 'wrong-claims': 0 });
    expect(score.total).toBe(95);
  });

  it('costs more for each rung of the ladder and scores a wrong cause as missed', () => {
    const wrong = run([{ type: 'to-board' }, { type: 'hint', maxLevel: 3 }, { type: 'hint', maxLevel: 3 }, { type: 'hint', maxLevel: 3 }, { type: 'name', cause: 'oom-killed' }, { type: 'give-up', at: 1000 }]);
    const score = scoreAttempt(c, wrong, 900);
    expect(score.items.find((i) => i.id === 'hints')!.points).toBe(-35);
    expect(score.items.find((i) => i.id === 'root-cause')!.points).toBe(0);
    expect(debriefOf(c, wrong).missed.map((m) => m.key)).toEqual(expect.arrayContaining(['missed.wrongCause', 'missed.misleading', 'missed.notFixed']));
  });

  it('debriefs the path taken against the shortest path through the flow', () => {
    const d = debriefOf(c, solved);
    expect(d.taken).toEqual([c.steps['events']!.title]);
    expect(d.shortest.length).toBe(c.shortestPath.length);
    expect(d.predictions).toEqual({ right: 1, total: 1 });
    expect(d.teaches).toMatch(/liveness/);
  });
});
