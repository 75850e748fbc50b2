// `kubectl-crashcourse class run class.yaml` (a session of exercises as the trainer prepared it) and
// `kubectl-crashcourse class report results/` (the class table in Markdown, from the result files).
import { userError } from '../i18n/user-error.js';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { classReportMarkdown, parseClassFile, ResultSchema, seededOrder, type ExerciseResult } from '../classroom/index.js';
import { UserError } from '../errors.js';
import { createTranslator, resolveLocale, type Translate } from '../i18n/index.js';
import { runExerciseSession } from './exercise-session.js';

export interface ClassOptions {
  readonly action: 'run' | 'report';
  readonly path: string;
  readonly lang?: string;
  readonly trainee?: string;
  readonly speed: number;
  readonly color: boolean;
  readonly writeKubeconfig?: string;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw userError('scenario.class.unreadable', { path, code: code ?? String(e) });
  }
}

export async function readResults(dir: string, t: Translate): Promise<ExerciseResult[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new UserError(t('err.noResults', { dir }));
  }
  if (names.length === 0) throw new UserError(t('err.noResults', { dir }));
  const results: ExerciseResult[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readText(file));
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(t('err.badResult', { file, why: 'not JSON' }));
    }
    const parsed = ResultSchema.safeParse(raw);
    if (!parsed.success) throw new UserError(t('err.badResult', { file, why: `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}` }));
    results.push(parsed.data);
  }
  return results;
}

export async function runClass(options: ClassOptions): Promise<number> {
  if (options.action === 'report') {
    const t = createTranslator(resolveLocale(options.lang, process.env));
    process.stdout.write(classReportMarkdown(await readResults(options.path, t), t));
    return 0;
  }
  const file = parseClassFile(await readText(options.path), options.path);
  const locale = options.lang !== undefined ? resolveLocale(options.lang, {}) : (file.language ?? resolveLocale(undefined, process.env));
  const t = createTranslator(locale);
  const seed = file.seed ?? Date.now() % 100_000;
  const scenarios = file.order === 'random' ? seededOrder(file.scenarios, seed).slice(0, file.draw ?? file.scenarios.length) : file.scenarios;
  process.stderr.write(`${t('cli.class.start', { name: file.name, count: scenarios.length, minutes: file.timeLimitMinutes })}\n`);
  return runExerciseSession({
    scenarios,
    locale,
    t,
    trainee: options.trainee ?? process.env['USER'] ?? 'trainee',
    // Results sit beside the class file unless it names an absolute folder.
    resultsDir: resolve(dirname(options.path), file.results),
    limitMinutes: file.timeLimitMinutes,
    hints: file.hints,
    masteredAfter: file.fading.masteredAfter,
    speed: options.speed,
    seed,
    color: options.color,
    redHerrings: file.redHerrings,
    ...(options.writeKubeconfig ? { writeKubeconfig: options.writeKubeconfig } : {}),
  });
}
