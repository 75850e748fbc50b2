// The context, cluster, user and namespace kubectl would use, from the merged kubeconfig files. Merging follows
// kubectl: the first file that names a cluster, user or context (or sets current-context) wins.
import { dirname } from 'node:path';
import { kubeconfigFiles, type KubeconfigEnv } from './kubeconfig-files.js';
import { readKubeconfigFile, type Fields, type KubeconfigFile, type Named } from './kubeconfig-file.js';
import { checkNamespaceName } from './names.js';
import { checkContextName, checkEntryName, checkKubeconfigPath } from './safe-names.js';
import { userError } from '../i18n/user-error.js';

export interface TargetFlags {
  readonly kubeconfig?: string;
  readonly context?: string;
  readonly namespace?: string;
}

export interface ResolvedTarget {
  readonly contextName: string;
  readonly namespace: string;
  readonly server: string;
  readonly clusterName: string;
  readonly cluster: Fields;
  readonly userName?: string;
  readonly user: Fields;
  /** Directories relative paths in the cluster and user entries are resolved against. */
  readonly clusterDir: string;
  readonly userDir: string;
  readonly files: readonly string[];
}

export function resolveTarget(flags: TargetFlags, env: KubeconfigEnv = process.env): ResolvedTarget {
  if (flags.kubeconfig !== undefined) checkKubeconfigPath(flags.kubeconfig);
  const { files } = kubeconfigFiles(flags.kubeconfig, env);
  return resolveFromFiles(files.map(readKubeconfigFile), flags);
}

export function resolveFromFiles(parsed: readonly KubeconfigFile[], flags: TargetFlags): ResolvedTarget {
  const files = parsed.map((p) => p.file);
  const clusters = firstWins(parsed.flatMap((p) => p.clusters));
  const users = firstWins(parsed.flatMap((p) => p.users));
  const contexts = firstWins(parsed.flatMap((p) => p.contexts));
  const available = [...contexts.keys()];
  const list = { count: available.length, contexts: available.join(', ') };

  const contextName = flags.context ?? parsed.find((p) => p.currentContext)?.currentContext;
  if (!contextName) throw userError('fail.context.none', list);
  const context = contexts.get(contextName);
  if (!context) throw userError('fail.context.notFound', { context: contextName, ...list });
  checkContextName(contextName);

  const clusterName = str(context.fields['cluster']);
  if (!clusterName) throw userError('fail.context.noCluster', { context: contextName });
  const cluster = clusters.get(clusterName);
  if (!cluster) throw userError('fail.context.clusterMissing', { context: contextName, cluster: clusterName });
  checkEntryName('cluster', clusterName, contextName);
  const server = str(cluster.fields['server']);
  if (!server) throw userError('fail.cluster.noServer', { cluster: clusterName });

  const userName = str(context.fields['user']);
  const user = userName ? users.get(userName) : undefined;
  if (userName && !user) throw userError('fail.context.userMissing', { context: contextName, user: userName });
  if (userName) checkEntryName('user', userName, contextName);

  const namespace = checkNamespaceName(flags.namespace ?? (str(context.fields['namespace']) || 'default'));
  return {
    contextName,
    namespace,
    server: server.replace(/\/+$/, ''),
    clusterName,
    cluster: cluster.fields,
    ...(userName ? { userName } : {}),
    user: user?.fields ?? {},
    clusterDir: dirname(cluster.file),
    userDir: dirname(user?.file ?? cluster.file),
    files,
  };
}

function firstWins(entries: readonly Named[]): Map<string, Named> {
  const map = new Map<string, Named>();
  for (const e of entries) if (!map.has(e.name)) map.set(e.name, e);
  return map;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
