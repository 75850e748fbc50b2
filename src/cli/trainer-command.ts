// Trainer controls: `class reveal SCENARIO` shows the room the answer (cause, decisive evidence, the shortest
// path, the teaching notes) in the room's language; `class reset SCENARIO|all` and `class inject SCENARIO` put a
// scenario's failing pod back, or add a fresh copy of it, in a running training cluster.
import { join } from 'node:path';
import { prepareCase } from '../classroom/index.js';
import { openOfflineReader } from '../cluster/index.js';
import { UserError } from '../errors.js';
import { openKubeApi } from '../exec/index.js';
import { createTrainingPod, podToCreate, resetTrainingPod, TRAINING_CONTEXT } from '../exec/trainer-pods.js';
import { loadBuiltinFlows } from '../flow/index.js';
import { loadFlowSideFile, localizeFlow } from '../i18n/flow-text.js';
import { createTranslator, resolveLocale, scenarioNote } from '../i18n/index.js';
import { builtinScenariosDir } from '../paths.js';
import { loadScenarios, type Scenario } from '../scenario/index.js';
import { sanitize } from '../text/sanitize.js';

export interface TrainerOptions {
  readonly action: 'reveal' | 'reset' | 'inject';
  readonly scenario: string;
  readonly lang?: string;
  readonly kubeconfig?: string;
  readonly name?: string;
}

const podOf = (s: Scenario) => {
  const [namespace, name] = (s.meta.pod ?? '').split('/');
  return s.objects.find((o) => o.kind === 'Pod' && o.metadata.name === name && (o.metadata.namespace ?? 'default') === namespace);
};

export async function runTrainer(options: TrainerOptions): Promise<number> {
  const locale = resolveLocale(options.lang, process.env);
  const t = createTranslator(locale);
  const all = (await loadScenarios([builtinScenariosDir()])).filter((s) => s.meta.pod && s.meta.cause && podOf(s));
  const chosen = options.scenario === 'all' && options.action === 'reset' ? all : all.filter((s) => s.name === options.scenario);
  if (chosen.length === 0) throw new UserError(t('err.unknownScenario', { name: options.scenario }), 2);

  if (options.action === 'reveal') {
    const s = chosen[0]!;
    const side = await loadFlowSideFile(locale);
    const teaches = scenarioNote(locale, s.name);
    const c = await prepareCase({ reader: await openOfflineReader(join(builtinScenariosDir(), s.name)), scenario: s, flows: (await loadBuiltinFlows()).map((f) => localizeFlow(f, side)), seed: 1, ...(teaches ? { teaches } : {}) });
    const lines = [
      t('trainer.revealed', { cause: `${t(`cause.${c.expected}` as never)} (${c.expected})` }),
      ...c.support.map((id) => `  ${id} ${sanitize(c.quotes.find((q) => q.id === id)!.text)}`),
      t('debrief.shortest', { count: c.shortestPath.length, steps: c.shortestPath.map((id) => c.steps[id]!.title).join(' → ') }),
      t('debrief.teaches', { text: c.teaches }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }

  const api = openKubeApi({ ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}), context: TRAINING_CONTEXT });
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  for (const s of chosen) {
    const pod = podOf(s)!;
    if (options.action === 'reset') {
      await resetTrainingPod(api, pod, sleep);
      process.stdout.write(`${t('trainer.reset', { name: s.name })}\n`);
    } else {
      const name = options.name ?? `${pod.metadata.name.slice(0, 50)}-${Math.random().toString(36).slice(2, 7)}`;
      await createTrainingPod(api, podToCreate(pod, name));
      process.stdout.write(`${t('trainer.injected', { name: s.name, pod: `${pod.metadata.namespace ?? 'default'}/${name}` })}\n`);
    }
  }
  return 0;
}
