// Where kubectl is missing, a plan's intent is carried out through the API: the override's own commands (create,
// server dry run, delete by name, delete by label) and the reads a step offers most, with kubectl's wording.
import { parse, stringify } from 'yaml';
import type { Pod } from '../k8s/index.js';
import { isOurCopy } from '../plans/override-copy.js';
import type { Plan } from '../contracts/plan.js';
import type { ApiFallback } from './plan-runner.js';
import { podsPath, statusMessage, type ApiResponse, type KubeApi } from './kube-api.js';

const failure = (res: ApiResponse): { exitCode: number; output: string } => ({
  exitCode: 1,
  output: `Error from server (${(res.body as { reason?: string } | undefined)?.reason ?? res.status}): ${statusMessage(res)}`,
});

type Outcome = { exitCode: number; output: string };

export function createApiFallback(api: KubeApi): ApiFallback {
  return (plan: Plan) => {
    // What the plan does is data: act on that, never on a re-parse of its argv (that is only for display and kubectl).
    const intent = plan.intent;
    const ns = intent.target.namespace;
    switch (intent.kind) {
      case 'create-copy':
        return plan.manifest ? createCopy(api, ns, plan.manifest, intent.dryRun) : undefined;
      case 'delete-copy':
        return deleteCopy(api, ns, intent.name, intent.gracePeriodSeconds, intent.ignoreNotFound);
      case 'delete-copies':
        return deleteCopies(api, ns, intent.selector, intent.sourcePod);
      case 'read-logs':
        return readLogs(api, ns, intent.pod, intent.container, intent.previous, intent.tailLines);
      case 'read-events':
        return readEvents(api, ns, intent.uid ? `involvedObject.uid=${intent.uid}` : `involvedObject.name=${intent.pod}`);
      case 'get-yaml':
        return getYaml(api, ns, intent.resource, intent.name);
      // No API route: kubectl formats these itself (describe, columns, jsonpath), or they need a stream (exec, watch).
      case 'describe': case 'get-field': case 'list': case 'top-pod': case 'watch-pod':
      case 'exec-shell': case 'exec-trace': case 'debug-copy': case 'debug-container':
      // Our own commands run in-process (the plan runner's own handlers), never through this fallback.
      case 'start-override': case 'cleanup-override': case 'trace-entrypoint':
        return undefined;
    }
  };
}

async function createCopy(api: KubeApi, namespace: string, manifest: string, dryRun: boolean): Promise<Outcome> {
  const body = parse(manifest) as Pod;
  const ns = body.metadata?.namespace ?? namespace;
  const res = await api.request('POST', `${podsPath(ns)}${dryRun ? '?dryRun=All' : ''}`, body);
  if (res.status >= 300) return failure(res);
  return { exitCode: 0, output: `pod/${body.metadata.name} created${dryRun ? ' (server dry run)' : ''}` };
}

async function deleteCopy(api: KubeApi, namespace: string, name: string, grace: number, ignoreNotFound: boolean): Promise<Outcome> {
  const res = await api.request('DELETE', `${podsPath(namespace, name)}?gracePeriodSeconds=${grace}`);
  if (res.status === 404 && ignoreNotFound) return { exitCode: 0, output: '' };
  if (res.status >= 300) return failure(res);
  return { exitCode: 0, output: `pod "${name}" deleted` };
}

async function deleteCopies(api: KubeApi, namespace: string, selector: string, source: string): Promise<Outcome> {
  const list = await api.request('GET', `${podsPath(namespace)}?labelSelector=${encodeURIComponent(selector)}`);
  if (list.status >= 300) return failure(list);
  const lines: string[] = [];
  // The server filtered by label; check again so a server that ignores labelSelector cannot make us delete a stranger.
  for (const pod of ((list.body as { items?: Pod[] }).items ?? []).filter((p) => isOurCopy(p, source))) {
    const res = await api.request('DELETE', `${podsPath(namespace, pod.metadata.name)}?gracePeriodSeconds=1`);
    if (res.status >= 300 && res.status !== 404) return failure(res);
    lines.push(`pod "${pod.metadata.name}" deleted`);
  }
  return { exitCode: 0, output: lines.join('\n') || 'No resources found' };
}

// Reads a wizard step offers most (logs, events, an object as YAML), for machines without kubectl.

async function readLogs(api: KubeApi, namespace: string, pod: string, container: string, previous: boolean, tailLines: number): Promise<Outcome> {
  const q = new URLSearchParams({ limitBytes: String(256 * 1024), container, tailLines: String(tailLines) });
  if (previous) q.set('previous', 'true');
  const res = await api.request('GET', `${podsPath(namespace, pod)}/log?${q}`);
  return res.status >= 300 ? failure(res) : { exitCode: 0, output: typeof res.body === 'string' ? res.body : JSON.stringify(res.body) };
}

interface EventItem { type?: string; reason?: string; message?: string; count?: number; lastTimestamp?: string; involvedObject?: { kind?: string; name?: string } }

async function readEvents(api: KubeApi, namespace: string, fieldSelector: string): Promise<Outcome> {
  const res = await api.request('GET', `/api/v1/namespaces/${encodeURIComponent(namespace)}/events?fieldSelector=${encodeURIComponent(fieldSelector)}`);
  if (res.status >= 300) return failure(res);
  // Oldest first, as `--sort-by=.lastTimestamp` shows them.
  const items = [...((res.body as { items?: EventItem[] }).items ?? [])].sort((a, b) => (a.lastTimestamp ?? '').localeCompare(b.lastTimestamp ?? ''));
  const lines = items.map((e) => [e.lastTimestamp ?? '', e.type ?? '', e.reason ?? '', `${(e.involvedObject?.kind ?? '').toLowerCase()}/${e.involvedObject?.name ?? ''}`, `${e.message ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}`].join('  '));
  return { exitCode: 0, output: lines.join('\n') || `No resources found in ${namespace} namespace.` };
}

/** Where `kubectl get KIND NAME` reads each kind a plan may name (the pod and its owners). */
const OBJECT_PATHS: Readonly<Record<string, (ns: string) => string>> = {
  pod: (ns) => podsPath(ns),
  replicaset: (ns) => `/apis/apps/v1/namespaces/${encodeURIComponent(ns)}/replicasets`,
  deployment: (ns) => `/apis/apps/v1/namespaces/${encodeURIComponent(ns)}/deployments`,
  statefulset: (ns) => `/apis/apps/v1/namespaces/${encodeURIComponent(ns)}/statefulsets`,
  daemonset: (ns) => `/apis/apps/v1/namespaces/${encodeURIComponent(ns)}/daemonsets`,
  job: (ns) => `/apis/batch/v1/namespaces/${encodeURIComponent(ns)}/jobs`,
  cronjob: (ns) => `/apis/batch/v1/namespaces/${encodeURIComponent(ns)}/cronjobs`,
};

function getYaml(api: KubeApi, namespace: string, resource: string, name: string): Promise<Outcome> | undefined {
  const base = OBJECT_PATHS[resource];
  if (!base) return undefined;
  return (async () => {
    const res = await api.request('GET', `${base(namespace)}/${encodeURIComponent(name)}`);
    return res.status >= 300 ? failure(res) : { exitCode: 0, output: stringify(res.body) };
  })();
}
