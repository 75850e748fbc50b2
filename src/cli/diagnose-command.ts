// `diagnose [NS/]POD`: read one pod (from the cluster, or offline with --from), analyse it and print the
// cause, the proof and the next steps. Exit 0 when the pod was read and diagnosed, healthy included.
import { diagnose } from '../report/diagnose.js';
import type { Diagnosis } from '../contracts/diagnosis.js';
import type { ClusterReader } from '../contracts/read-port.js';
import type { Flow } from '../flow/index.js';
import { gatherEvidence } from '../evidence/index.js';
import { podStatusRow } from '../k8s/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { renderDiagnosisJson, renderDiagnosisMarkdown, renderDiagnosisText, styleFor, useColour } from '../report/index.js';
import { createTranslator, resolveLocale, type Translate, userError } from '../i18n/index.js';
import { parsePodArg } from '../target/index.js';
import type { DiagnoseOptions } from './options.js';

interface Opened {
  readonly reader: ClusterReader;
  readonly namespace: string;
  readonly target: KubectlTarget;
}

export async function runDiagnose(options: DiagnoseOptions): Promise<number> {
  // An unknown --lang and a broken flow file are reported before anything is read or printed.
  const t = createTranslator(resolveLocale(options.lang, process.env));
  const flow = options.flow ? await (await import('../flow/index.js')).loadFlow(options.flow) : undefined;
  const { reader, namespace, target, name } = await open(options);
  const evidence = await gatherEvidence(reader, namespace, name, { tailLines: options.tailLines, limitBytes: options.limitBytes, target });
  if (options.container) {
    const names = [...(evidence.pod.spec.initContainers ?? []), ...evidence.pod.spec.containers].map((c) => c.name);
    if (!names.includes(options.container)) {
      throw userError('fail.container.notFound', { container: options.container, namespace, name, containers: names.join(', ') });
    }
  }
  const diagnosis = diagnose({ evidence, target, ...(options.container ? { container: options.container } : {}) });
  process.stdout.write(render(diagnosis, options, t));
  if (flow) {
    const walked = await walkFlow(flow, diagnosis, podStatusRow(evidence.pod, evidence.collectedAt).status);
    process.stdout.write(options.output === 'json' ? '' : `\n${walked}\n`);
    if (options.output === 'json') process.stderr.write(`${walked}\n`);
  }
  return 0;
}

async function open(options: DiagnoseOptions): Promise<Opened & { name: string }> {
  if (options.from) {
    if (options.context || options.kubeconfig) throw userError('fail.from.noTarget', {}, 2);
    const { openOfflineReader } = await import('../cluster/index.js');
    const reader = await openOfflineReader(options.from);
    const pod = options.pod ?? onlyScenarioPod(reader.scenarios.map((s) => s.meta.pod));
    const arg = parsePodArg(pod, options.namespace);
    const namespace = arg.namespace ?? 'default';
    return { reader, namespace, name: arg.name, target: { namespace } };
  }
  const arg = parsePodArg(options.pod, options.namespace);
  const { openLiveReader } = await import('../cluster/index.js');
  const live = await openLiveReader({
    ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
    ...(options.context ? { context: options.context } : {}),
    ...(arg.namespace ? { namespace: arg.namespace } : {}),
  });
  const target: KubectlTarget = { namespace: live.namespace, context: live.context, ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) };
  return { reader: live.reader, namespace: live.namespace, name: arg.name, target };
}

// With --from a single scenario and no pod named, the scenario's own pod is the obvious one.
function onlyScenarioPod(pods: readonly (string | undefined)[]): string | undefined {
  const named = pods.filter((p): p is string => Boolean(p));
  return named.length === 1 && pods.length === 1 ? named[0] : undefined;
}

function render(d: Diagnosis, options: DiagnoseOptions, t: Translate): string {
  if (options.output === 'json') return renderDiagnosisJson(d);
  if (options.output === 'markdown') return renderDiagnosisMarkdown(d, t);
  const colour = useColour(options.color, process.stdout);
  const width = process.stdout.isTTY ? Math.min(Math.max(process.stdout.columns ?? 80, 60), 100) : 80;
  return renderDiagnosisText(d, { width, style: styleFor(colour), t });
}

// Walk a flow file along its default path (NEXT at every step) and say which steps it visits.
async function walkFlow(flow: Flow, diagnosis: Diagnosis, podStatus: string): Promise<string> {
  const [{ compileFlow, currentStep, stepById }, { createActor }] = await Promise.all([import('../flow/index.js'), import('xstate')]);
  const actor = createActor(compileFlow(flow), { input: { diagnosis, podStatus } });
  actor.start();
  const visited: string[] = [currentStep(actor.getSnapshot())];
  for (let i = 0; i < flow.steps.length * 2; i++) {
    const step = stepById(flow, visited[visited.length - 1]!);
    if (!step || step.next.length === 0) break;
    actor.send({ type: 'NEXT' });
    const now = currentStep(actor.getSnapshot());
    if (now === visited[visited.length - 1]) break;
    visited.push(now);
  }
  actor.stop();
  const last = stepById(flow, visited[visited.length - 1]!);
  const result = last?.result ? (last.result.kind === 'cause' ? `cause ${last.result.cause}` : 'hand-over') : 'no result';
  return `Flow ${flow.id} (${flow.file}): ${visited.join(' → ')} (${result})`;
}
