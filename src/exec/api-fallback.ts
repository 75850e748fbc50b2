// Where kubectl is missing, the override's own commands (create -f -, server dry run, delete pod, delete by
// label) are carried out through the API, with kubectl's wording for the outcome.
import { parse, stringify } from 'yaml';
import type { Pod } from '../k8s/index.js';
import { isOurCopy, SOURCE_POD_LABEL } from '../plans/override-copy.js';
import type { Plan } from '../contracts/plan.js';
import type { ApiFallback } from './plan-runner.js';
import { podsPath, statusMessage, type ApiResponse, type KubeApi } from './kube-api.js';

interface ParsedArgv {
  readonly namespace: string;
  readonly words: readonly string[];
}

function parseKubectlArgv(argv: readonly string[], defaultNamespace: string): ParsedArgv {
  let namespace = defaultNamespace;
  const words: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-n' || a === '--namespace') namespace = argv[++i] ?? namespace;
    else if (a === '--context' || a === '--kubeconfig') i++;
    else words.push(a);
  }
  return { namespace, words };
}

const failure = (res: ApiResponse): { exitCode: number; output: string } => ({
  exitCode: 1,
  output: `Error from server (${(res.body as { reason?: string } | undefined)?.reason ?? res.status}): ${statusMessage(res)}`,
});

type Outcome = { exitCode: number; output: string };

export function createApiFallback(api: KubeApi): ApiFallback {
  return (plan: Plan) => {
    // A changing plan says what it does as data: act on that, never on a re-parse of its argv.
    const intent = plan.intent;
    if (intent?.kind === 'create-copy' && plan.manifest) return createCopy(api, intent.namespace, plan.manifest, intent.dryRun);
    if (intent?.kind === 'delete-copy') return deleteCopy(api, intent.namespace, intent.name, intent.gracePeriodSeconds, intent.ignoreNotFound);
    if (intent?.kind === 'delete-copies') return deleteCopies(api, intent.namespace, intent.selector, intent.sourcePod);

    // Plans without an intent (reads, and commands kept as argv, e.g. an undo recorded earlier).
    const { namespace, words } = parseKubectlArgv(plan.argv, api.namespace);
    const [verb, kind, name] = words;
    if (verb === 'create' && plan.manifest && words.includes('-')) return createCopy(api, namespace, plan.manifest, words.includes('--dry-run=server'));
    if (verb === 'delete' && (kind === 'pod' || kind === 'pods') && name && !name.startsWith('-')) {
      const grace = Number(/^--grace-period=(\d+)$/.exec(words.find((w) => w.startsWith('--grace-period=')) ?? '')?.[1] ?? '1');
      return deleteCopy(api, namespace, name, grace, words.includes('--ignore-not-found'));
    }
    const selector = words[words.indexOf('-l') + 1];
    if (verb === 'delete' && kind === 'pods' && words.includes('-l') && selector?.includes(SOURCE_POD_LABEL)) {
      return deleteCopies(api, namespace, selector, /kubectl-crashcourse\/source-pod=([^,]+)/.exec(selector)?.[1] ?? '');
    }
    return readFallback(api, namespace, words);
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

/** The reads a wizard step offers most (logs, events, a pod as YAML), for machines without kubectl. */
function readFallback(api: KubeApi, namespace: string, words: readonly string[]): Promise<{ exitCode: number; output: string }> | undefined {
  const [verb, kind, name] = words;
  const flag = (f: string): string | undefined => {
    const i = words.findIndex((w) => w === f || w.startsWith(`${f}=`));
    if (i < 0) return undefined;
    return words[i]!.includes('=') ? words[i]!.slice(f.length + 1) : words[i + 1];
  };
  if (verb === 'logs' && kind && !kind.startsWith('-')) {
    const q = new URLSearchParams({ limitBytes: String(256 * 1024) });
    const container = flag('-c') ?? flag('--container');
    if (container) q.set('container', container);
    if (words.includes('--previous') || words.includes('-p')) q.set('previous', 'true');
    const tail = flag('--tail');
    if (tail && /^\d+$/.test(tail)) q.set('tailLines', tail);
    return (async () => {
      const res = await api.request('GET', `${podsPath(namespace, kind)}/log?${q}`);
      return res.status >= 300 ? failure(res) : { exitCode: 0, output: typeof res.body === 'string' ? res.body : JSON.stringify(res.body) };
    })();
  }
  if (verb === 'get' && kind === 'events' && !words.includes('-A')) {
    const selector = flag('--field-selector');
    return (async () => {
      const res = await api.request('GET', `/api/v1/namespaces/${encodeURIComponent(namespace)}/events${selector ? `?fieldSelector=${encodeURIComponent(selector)}` : ''}`);
      if (res.status >= 300) return failure(res);
      const items = (res.body as { items?: { type?: string; reason?: string; message?: string; count?: number; lastTimestamp?: string; involvedObject?: { kind?: string; name?: string } }[] }).items ?? [];
      const lines = items.map((e) => [e.lastTimestamp ?? '', e.type ?? '', e.reason ?? '', `${(e.involvedObject?.kind ?? '').toLowerCase()}/${e.involvedObject?.name ?? ''}`, `${e.message ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}`].join('  '));
      return { exitCode: 0, output: lines.join('\n') || `No resources found in ${namespace} namespace.` };
    })();
  }
  const output = flag('-o');
  if (verb === 'get' && (kind === 'pod' || kind === 'pods') && name && !name.startsWith('-') && (output === undefined || output === 'yaml' || output === 'json')) {
    return (async () => {
      const res = await api.request('GET', podsPath(namespace, name));
      if (res.status >= 300) return failure(res);
      return { exitCode: 0, output: output === 'json' ? JSON.stringify(res.body, null, 2) : stringify(res.body) };
    })();
  }
  return undefined;
}
