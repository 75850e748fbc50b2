// Runs exercises on the terminal against a training cluster started in-process: builds each case from the
// cluster through the read port, shows the exercise screen, verifies fixes by polling the pod, and writes one
// result file per attempt. Shared by `--exercise` and `class run`.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  guidanceFor, prepareCase, ResultSchema, resultFileName, resultOf, scoreAttempt, seededOrder, verifyEndState,
  type ExerciseResult, type ExerciseState, type HintPolicy, type RedHerringKind,
} from '../classroom/index.js';
import { openLiveReader } from '../cluster/index.js';
import { UserError } from '../errors.js';
import { loadBuiltinFlows } from '../flow/index.js';
import { loadFlowSideFile, localizeFlow } from '../i18n/flow-text.js';
import { scenarioNote, type Locale, type Translate } from '../i18n/index.js';
import { CRASH_CAUSES } from '../contracts/causes.js';
import { builtinScenariosDir } from '../paths.js';
import { loadScenarios, type Scenario } from '../scenario/index.js';
import { startTrainingCluster, TRAINING_NAME, type TrainingCluster } from '../training/index.js';
import { runExercise } from '../ui/classroom/run-exercise.js';
import { writeRedHerring } from './red-herring-dir.js';

export interface SessionPlan {
  readonly scenarios: readonly string[];
  readonly locale: Locale;
  readonly t: Translate;
  readonly trainee: string;
  readonly resultsDir: string;
  readonly limitMinutes: number;
  readonly hints: HintPolicy;
  readonly masteredAfter: number;
  readonly speed: number;
  readonly seed: number;
  readonly color: boolean;
  /** Serve each exercised scenario with one of these red-herring variants (drawn among those that fit it). */
  readonly redHerrings?: readonly RedHerringKind[];
  /** Where to write the training cluster's kubeconfig (default: a temporary folder removed at the end). */
  readonly writeKubeconfig?: string;
}

const VERIFY_SAMPLES = 7;

/** Earlier results in the results folder, for fading guidance; unreadable files are skipped here. */
async function pastResults(dir: string): Promise<ExerciseResult[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: ExerciseResult[] = [];
  for (const n of names.filter((x) => x.endsWith('.json'))) {
    const parsed = ResultSchema.safeParse(JSON.parse(await readFile(join(dir, n), 'utf8').catch(() => 'null')));
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** "random" draws one scenario that can be an exercise; a name must be one of the served scenarios. */
export function chooseScenarios(wanted: readonly string[], available: readonly { name: string; meta: { pod?: string; cause?: string } }[], seed: number, t: Translate): string[] {
  const usable = available.filter((s) => s.meta.pod && s.meta.cause).map((s) => s.name);
  // A random draw is a crash loop: a pod that never started cannot yet be fixed in the training cluster.
  const drawable = available.filter((s) => usable.includes(s.name) && (CRASH_CAUSES as readonly string[]).includes(s.meta.cause!)).map((s) => s.name);
  return wanted.map((w, i) => {
    if (w === 'random') return seededOrder(drawable, seed + i)[0]!;
    if (!available.some((s) => s.name === w)) throw new UserError(t('err.unknownScenario', { name: w }), 2);
    if (!usable.includes(w)) throw new UserError(t('err.notExercise', { name: w }), 2);
    return w;
  });
}

/** Scenario folders to serve: the exercised ones as red-herring variants (when one fits), the others as they are. */
async function withRedHerrings(all: readonly Scenario[], names: readonly string[], kinds: readonly RedHerringKind[], seed: number, into: string): Promise<string[]> {
  const dirs: string[] = [];
  for (const s of all) {
    const dir = join(into, s.name);
    const served = names.includes(s.name) ? await writeRedHerring(s, kinds, seed + names.indexOf(s.name), dir) : undefined;
    dirs.push(served ? dir : s.dir);
  }
  return dirs;
}

export async function runExerciseSession(plan: SessionPlan): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UserError(plan.t('err.noTerminal'), 2);
  const builtin = await loadScenarios([builtinScenariosDir()]);
  const names = chooseScenarios(plan.scenarios, builtin, plan.seed, plan.t);
  const scratch = await mkdtemp(join(tmpdir(), 'kubectl-crashcourse-'));
  try {
    const kubeconfig = plan.writeKubeconfig ? resolve(plan.writeKubeconfig) : join(scratch, 'kubeconfig');
    const dirs = plan.redHerrings?.length ? await withRedHerrings(builtin, names, plan.redHerrings, plan.seed, join(scratch, 'variants')) : [builtinScenariosDir()];
    const cluster = await startTrainingCluster({ port: 0, quiet: true, writeKubeconfig: kubeconfig, speed: plan.speed, scenarios: dirs });
    try {
      return await runAll(plan, names, cluster, kubeconfig);
    } finally {
      await cluster.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function runAll(plan: SessionPlan, names: readonly string[], cluster: TrainingCluster, kubeconfig: string): Promise<number> {
  const { reader } = await openLiveReader({ kubeconfig, context: TRAINING_NAME });
  const side = await loadFlowSideFile(plan.locale);
  const flows = (await loadBuiltinFlows()).map((f) => localizeFlow(f, side));
  await mkdir(plan.resultsDir, { recursive: true });
  process.stderr.write(`${plan.t('cli.exercise.ready', { url: cluster.url, kubeconfig })}\n`);
  for (const [i, name] of names.entries()) {
    const scenario = cluster.scenarios.find((s) => s.name === name)!;
    const teaches = scenarioNote(plan.locale, name);
    const c = await prepareCase({ reader, scenario, flows, seed: plan.seed + i, ...(teaches ? { teaches } : {}) });
    const guidance = guidanceFor(plan.trainee, c.expected, await pastResults(plan.resultsDir), plan.masteredAfter);
    let saved: string | undefined;
    let finished: ExerciseState | undefined;
    await runExercise(
      {
        c, t: plan.t, index: i + 1, total: names.length, limitMinutes: plan.limitMinutes, hints: plan.hints, guidance, kubeconfig,
        now: () => Date.now(),
        verify: () => verifyEndState(reader, c.namespace, c.pod, { windowMs: 60_000 / plan.speed, samples: VERIFY_SAMPLES, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }),
        finish: async (state) => {
          const result = resultOf({ trainee: plan.trainee, case: c, state, score: scoreAttempt(c, state, plan.limitMinutes * 60, plan.hints), language: plan.locale });
          saved = resolve(plan.resultsDir, resultFileName(plan.trainee, c.scenario, state.finishedAt ?? Date.now()));
          await writeFile(saved, `${JSON.stringify(result, null, 2)}\n`, { flag: 'wx' });
          return saved;
        },
        onExit: (state) => {
          finished = state;
        },
      },
      plan.color,
    );
    if (saved) process.stdout.write(`${plan.t('cli.exercise.saved', { path: saved })}\n`);
    if (!finished) return 0;
  }
  return 0;
}
