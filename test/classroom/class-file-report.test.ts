// class.yaml as a trainer writes it, and the class table from result files (what `class report` prints).
import { describe, expect, it } from 'vitest';
import { classReportMarkdown, guidanceFor, masteryByCause, parseClassFile, ResultSchema, type ExerciseResult } from '../../src/classroom/index.js';
import { UserError } from '../../src/errors.js';
import { createTranslator } from '../../src/i18n/index.js';

describe('parseClassFile', () => {
  it('reads a class with defaults for what it leaves out', () => {
    const c = parseClassFile('name: Tuesday\nlanguage: ja\norder: random\ndraw: 2\nscenarios: [a, b, c]\nhints: { maxLevel: 1 }\n', 'class.yaml');
    expect(c).toMatchObject({ name: 'Tuesday', language: 'ja', order: 'random', draw: 2, scenarios: ['a', 'b', 'c'], timeLimitMinutes: 15, hints: { maxLevel: 1, cost: [5, 10, 20] }, fading: { masteredAfter: 2 }, results: 'results' });
  });

  it('names the file and the field that is wrong, as a one-line user error', () => {
    expect(() => parseClassFile('name: x\nscenarios: []\n', 'class.yaml')).toThrow(/^class\.yaml: scenarios: /);
    expect(() => parseClassFile('name: x\nscenarios: [a]\nlanguage: fr\n', 'class.yaml')).toThrow(/class\.yaml: language/);
    expect(() => parseClassFile('name: x\nscenarios: [a]\nhint: 1\n', 'class.yaml')).toThrow(UserError);
    expect(() => parseClassFile('name: [', 'class.yaml')).toThrow(/^class\.yaml:1: not valid YAML/);
  });
});

const result = (o: Partial<ExerciseResult>): ExerciseResult =>
  ResultSchema.parse({
    version: 1, trainee: 'ana', scenario: 's1', cause: 'oom-killed', named: 'oom-killed', correct: true, verified: true, score: 80, maxScore: 100,
    rubric: [], hintsUsed: 0, predictions: { right: 2, total: 3 }, claims: [], path: ['events'], shortestPath: ['events'],
    startedAt: '2024-01-01T10:00:00.000Z', finishedAt: '2024-01-01T10:05:30.000Z', durationSeconds: 330, language: 'en', ...o,
  });

describe('the class report', () => {
  const results = [
    result({}),
    result({ trainee: '王伟', cause: 'liveness-probe', named: 'oom-killed', correct: false, verified: false, score: 20, hintsUsed: 3, language: 'zh-CN' }),
    result({ trainee: 'tanaka', cause: 'liveness-probe', named: 'liveness-probe', score: 60, language: 'ja' }),
  ];

  it('has one row per result and the mastery of each cause, weakest first', () => {
    const md = classReportMarkdown(results);
    expect(md).toContain('3 results, 3 trainees.');
    expect(md).toContain('| ana | s1 | oom-killed | oom-killed ✓ | yes | 0 | 2/3 | 80/100 | 5m30s |');
    expect(md).toContain('| 王伟 | s1 | liveness-probe | oom-killed ✗ | no | 3 | 2/3 | 20/100 | 5m30s |');
    expect(md.indexOf('| liveness-probe | 2 | 1/2 | 1/2 | 40% |')).toBeLessThan(md.indexOf('| oom-killed | 1 | 1/1 | 1/1 | 80% |'));
  });

  it('speaks the reader’s language around stable ids', () => {
    const md = classReportMarkdown(results, createTranslator('ja'));
    expect(md).toContain('# クラスレポート');
    expect(md).toContain('| 受講者 | シナリオ | 原因 | 回答 | 修復 | ヒント | 予測 | スコア | 時間 |');
    expect(md).toContain('| 王伟 | s1 | liveness-probe | oom-killed ✗ | いいえ | 3 | 2/3 | 20/100 | 5m30s |');
  });

  it('escapes a pipe in a trainee name so the table keeps its columns', () => {
    expect(classReportMarkdown([result({ trainee: 'a|b' })])).toContain('| a\\|b |');
  });

  it('fades guidance once a trainee mastered a cause often enough', () => {
    expect(masteryByCause(results).map((m) => m.cause)).toEqual(['liveness-probe', 'oom-killed']);
    expect(guidanceFor('ana', 'oom-killed', results, 1)).toBe('questions');
    expect(guidanceFor('ana', 'oom-killed', results, 2)).toBe('full');
    expect(guidanceFor('王伟', 'liveness-probe', results, 1)).toBe('full');
  });
});
