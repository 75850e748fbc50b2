// Reads one scenario's pod through the read port, diagnoses it as the wizard would, picks the flow it walks (in
// the trainee's language) and builds the exercise's case file. The only reads the engine does besides verifying.
import { userError } from '../i18n/user-error.js';
import { diagnose } from '../report/diagnose.js';
import { isCauseId, type CauseId } from '../contracts/causes.js';
import type { ClusterReader } from '../contracts/read-port.js';
import { gatherEvidence } from '../evidence/index.js';
import { selectFlow, type Flow } from '../flow/index.js';
import { podStatusRow } from '../k8s/index.js';
import type { ScenarioMeta } from '../scenario/index.js';
import { buildCase } from './build-case.js';
import type { ExerciseCase } from './types.js';

export async function prepareCase(input: {
  readonly reader: ClusterReader;
  readonly scenario: { readonly name: string; readonly meta: ScenarioMeta };
  readonly flows: readonly Flow[];
  readonly seed: number;
  /** The teaching notes in the trainee's language, when the scenario's own are in another. */
  readonly teaches?: string;
}): Promise<ExerciseCase> {
  const { meta, name } = input.scenario;
  const [namespace, pod] = (meta.pod ?? '').includes('/') ? (meta.pod!.split('/') as [string, string]) : ['default', meta.pod ?? ''];
  if (!pod || !isCauseId(meta.cause)) throw userError('scenario.exercise.noPodOrCause', { name });
  const evidence = await gatherEvidence(input.reader, namespace, pod, { tailLines: 500, limitBytes: 1 << 20, target: { namespace } });
  const diagnosis = diagnose({ evidence, target: { namespace } });
  // The containers the evidence skipped (running, never restarted): their last lines can be quoted on the board,
  // where a sidecar's alarming noise must be ruled out, not believed. A log that cannot be read is left out.
  const read = new Set(evidence.logs.map((l) => l.container));
  const others = (evidence.pod.spec?.containers ?? []).filter((c) => !read.has(c.name) && c.name !== diagnosis.container);
  const otherLogs = await Promise.all(
    others.map(async (c) => ({ container: c.name, text: await input.reader.readLog(namespace, pod, { container: c.name, previous: false, tailLines: 20, limitBytes: 64 * 1024 }).then((r) => r.bytes.toString('utf8'), () => '') })),
  );
  const flow = selectFlow(input.flows, { diagnosis, podStatus: podStatusRow(evidence.pod, evidence.collectedAt).status });
  const also = (meta.also ?? []).filter(isCauseId) as CauseId[];
  return buildCase({
    answer: { name, title: meta.title ?? name, cause: meta.cause, also, teaches: input.teaches ?? (typeof meta.teaches === 'string' ? meta.teaches : (meta.summary ?? '')) },
    evidence,
    diagnosis,
    otherLogs,
    flow,
    seed: input.seed,
  });
}
