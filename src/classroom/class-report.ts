// The class table from result files: one row per attempt, then per-cause mastery (how many attempts named the
// cause and fixed it, and the mean score), in Markdown a trainer can paste into the session notes.
import { createTranslator, type Translate } from '../i18n/index.js';
import type { ExerciseResult } from './result.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export interface CauseMastery {
  readonly cause: string;
  readonly attempts: number;
  readonly named: number;
  readonly fixed: number;
  readonly meanScore: number;
}

export function masteryByCause(results: readonly ExerciseResult[]): CauseMastery[] {
  const by = new Map<string, ExerciseResult[]>();
  for (const r of results) by.set(r.cause, [...(by.get(r.cause) ?? []), r]);
  return [...by.entries()]
    .map(([cause, rs]) => ({
      cause,
      attempts: rs.length,
      named: rs.filter((r) => r.correct).length,
      fixed: rs.filter((r) => r.verified).length,
      meanScore: Math.round(rs.reduce((a, r) => a + (r.maxScore ? (100 * r.score) / r.maxScore : 0), 0) / rs.length),
    }))
    .sort((a, b) => a.meanScore - b.meanScore || a.cause.localeCompare(b.cause));
}

/** A cause counts as mastered by a trainee once they named it, fixed it and used at most the first hint. */
export const mastered = (r: ExerciseResult): boolean => r.correct && r.verified && r.hintsUsed <= 1;

/** The table in the reader's language; ids (scenario, cause) and numbers stay as they are. */
export function classReportMarkdown(results: readonly ExerciseResult[], t: Translate = createTranslator('en')): string {
  const rows = [...results].sort((a, b) => a.trainee.localeCompare(b.trainee) || a.startedAt.localeCompare(b.startedAt));
  const head = (keys: readonly string[]): string[] => [`| ${keys.map((k) => t(`report.col.${k}` as never)).join(' | ')} |`, `|${keys.map(() => '---|').join('')}`];
  const lines = [
    `# ${t('report.title')}`,
    '',
    t('report.count', { results: results.length, trainees: new Set(results.map((r) => r.trainee)).size }),
    '',
    ...head(['trainee', 'scenario', 'cause', 'named', 'fixed', 'hints', 'predictions', 'score', 'time']),
    ...rows.map((r) =>
      `| ${cell(r.trainee)} | ${cell(r.scenario)} | ${r.cause} | ${r.named ?? '—'}${r.correct ? ' ✓' : ' ✗'} | ${r.verified ? t('report.yes') : t('report.no')} | ${r.hintsUsed} | ${r.predictions.right}/${r.predictions.total} | ${r.score}/${r.maxScore} | ${Math.floor(r.durationSeconds / 60)}m${String(r.durationSeconds % 60).padStart(2, '0')}s |`,
    ),
    '',
    `## ${t('report.mastery')}`,
    '',
    ...head(['cause', 'attempts', 'namedRight', 'fixed', 'meanScore']),
    ...masteryByCause(results).map((m) => `| ${m.cause} | ${m.attempts} | ${m.named}/${m.attempts} | ${m.fixed}/${m.attempts} | ${m.meanScore}% |`),
    '',
  ];
  return lines.join('\n');
}
