// Where kubectl is missing, the override's own commands (create -f -, server dry run, delete pod, delete by
// label) are carried out through the API, with kubectl's wording for the outcome.
import { parse } from 'yaml';
import type { Pod } from '../k8s/index.js';
import { isOurCopy, SOURCE_POD_LABEL } from '../plans/override-copy.js';
import type { Plan } from '../plans/types.js';
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

export function createApiFallback(api: KubeApi): ApiFallback {
  return (plan: Plan) => {
    const { namespace, words } = parseKubectlArgv(plan.argv, api.namespace);
    const [verb, kind, name] = words;
    if (verb === 'create' && plan.manifest && words.includes('-')) {
      const dryRun = words.includes('--dry-run=server');
      return (async () => {
        const body = parse(plan.manifest!) as Pod;
        const ns = body.metadata?.namespace ?? namespace;
        const res = await api.request('POST', `${podsPath(ns)}${dryRun ? '?dryRun=All' : ''}`, body);
        if (res.status >= 300) return failure(res);
        return { exitCode: 0, output: `pod/${body.metadata.name} created${dryRun ? ' (server dry run)' : ''}` };
      })();
    }
    if (verb === 'delete' && (kind === 'pod' || kind === 'pods') && name && !name.startsWith('-')) {
      return (async () => {
        const res = await api.request('DELETE', `${podsPath(namespace, name)}?gracePeriodSeconds=1`);
        if (res.status === 404 && words.includes('--ignore-not-found')) return { exitCode: 0, output: '' };
        if (res.status >= 300) return failure(res);
        return { exitCode: 0, output: `pod "${name}" deleted` };
      })();
    }
    const selector = words[words.indexOf('-l') + 1];
    if (verb === 'delete' && kind === 'pods' && words.includes('-l') && selector?.includes(SOURCE_POD_LABEL)) {
      return (async () => {
        const list = await api.request('GET', `${podsPath(namespace)}?labelSelector=${encodeURIComponent(selector)}`);
        if (list.status >= 300) return failure(list);
        const source = /kubectl-triage\/source-pod=([^,]+)/.exec(selector)?.[1] ?? '';
        const lines: string[] = [];
        for (const pod of ((list.body as { items?: Pod[] }).items ?? []).filter((p) => isOurCopy(p, source))) {
          const res = await api.request('DELETE', `${podsPath(namespace, pod.metadata.name)}?gracePeriodSeconds=1`);
          if (res.status >= 300 && res.status !== 404) return failure(res);
          lines.push(`pod "${pod.metadata.name}" deleted`);
        }
        return { exitCode: 0, output: lines.join('\n') || 'No resources found' };
      })();
    }
    return undefined;
  };
}
