// The trainer's controls on a running training cluster: put a scenario's pod back as it was (reset), or add a
// fresh copy of it under another name (inject a failure mid-session). Only the training cluster is touched: the
// context must be the one the training cluster writes, so a trainer's real cluster is never changed by mistake.
import { userError } from '../i18n/user-error.js';
import type { KubeObject } from '../k8s/index.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';

export const TRAINING_CONTEXT = 'kubectl-crashcourse-training';
const GONE_POLLS = 40;

/** The pod as a new object: its spec, name and labels; none of the server's fields or the recorded status. */
export function podToCreate(pod: KubeObject, name: string = pod.metadata.name): Record<string, unknown> {
  const spec = { ...((pod as unknown as { spec: Record<string, unknown> }).spec ?? {}) };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: pod.metadata.namespace ?? 'default', ...(pod.metadata.labels ? { labels: pod.metadata.labels } : {}) },
    spec,
  };
}

function requireTraining(api: KubeApi): void {
  if (api.context !== TRAINING_CONTEXT) throw userError('fail.exec.trainerContext', { training: TRAINING_CONTEXT, context: api.context }, 2);
}

export async function createTrainingPod(api: KubeApi, body: Record<string, unknown>): Promise<void> {
  requireTraining(api);
  const { namespace } = body['metadata'] as { namespace: string };
  const res = await api.request('POST', podsPath(namespace), body);
  if (res.status >= 300) throw userError('cleanup.trainer.cannotCreate', { why: statusMessage(res) });
}

/** Delete the pod, wait until it is gone, create it again from the scenario: it fails again as it first did. */
export async function resetTrainingPod(api: KubeApi, pod: KubeObject, sleep: (ms: number) => Promise<void>): Promise<void> {
  requireTraining(api);
  const namespace = pod.metadata.namespace ?? 'default';
  const path = podsPath(namespace, pod.metadata.name);
  const deleted = await api.request('DELETE', path);
  if (deleted.status >= 300 && deleted.status !== 404) throw userError('cleanup.trainer.cannotDelete', { pod: `${namespace}/${pod.metadata.name}`, why: statusMessage(deleted) });
  for (let i = 0; (await api.request('GET', path)).status !== 404; i++) {
    if (i >= GONE_POLLS) throw userError('cleanup.trainer.stillThere', { pod: `${namespace}/${pod.metadata.name}` });
    await sleep(250);
  }
  await createTrainingPod(api, podToCreate(pod));
}
