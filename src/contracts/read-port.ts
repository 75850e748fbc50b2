// The one interface through which triage reads a cluster. Two implementations: live (client-node against
// a kubeconfig context) and offline (scenario directories and cluster-info dumps). Both throw ClusterError.
import type { KubeEvent, KubeList, KubeNode, KubeObject, Pod } from '../k8s/index.js';
import type { PodWatchEvent, PodWatchSelection } from '../cluster/watch-pods.js';

export interface ListOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  /** Page size; the live reader pages with limit/continue. */
  readonly limit?: number;
  readonly continue?: string;
}

export interface LogOptions {
  readonly container: string;
  readonly previous: boolean;
  readonly tailLines?: number;
  readonly limitBytes?: number;
}

/** Raw log bytes (at most limitBytes) and whether more existed. */
export interface LogRead {
  readonly bytes: Buffer;
  readonly truncated: boolean;
  /** Bytes of the wanted lines left out because together they exceed limitBytes (the newest bytes are kept). */
  readonly cutBytes?: number;
}

/** Kinds the reader can get by name (namespaced unless noted). */
export type ReadableKind =
  | 'ReplicaSet' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob'
  | 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'Service' | 'ServiceAccount' | 'Node' | 'Namespace' | 'StorageClass';

export interface ClusterReader {
  /** Human name of where we read from (context name or "offline:<dir>"). */
  readonly source: string;
  /** The reader's clock (ms since epoch): the wall clock live, the snapshot's recordedAt offline. */
  now?(): number;
  getPod(namespace: string, name: string): Promise<Pod>;
  /** One page of pods; namespace undefined = all namespaces. */
  listPods(namespace: string | undefined, options?: ListOptions): Promise<KubeList<Pod>>;
  listEvents(namespace: string | undefined, options?: ListOptions): Promise<KubeList<KubeEvent>>;
  readLog(namespace: string, pod: string, options: LogOptions): Promise<LogRead>;
  /** Secrets come back with metadata and data keys only: values are dropped at the boundary. */
  getObject(kind: ReadableKind, namespace: string | undefined, name: string): Promise<KubeObject>;
  listObjects(kind: 'Service' | 'LimitRange' | 'ResourceQuota' | 'Namespace' | 'Node', namespace: string | undefined, options?: ListOptions): Promise<KubeList<KubeObject>>;
  getNode(name: string): Promise<KubeNode>;
  /**
   * Pod changes from a list's resourceVersion (see ./watch-pods.ts): resolves when the server ends the stream,
   * rejects with a ClusterError (status 410: the version is gone, list again). Pods arrive cleaned and checked
   * like a list's. Absent where nothing can change (offline snapshots).
   */
  watchPods?(selection: PodWatchSelection, resourceVersion: string, onEvent: (e: PodWatchEvent) => void, signal: AbortSignal): Promise<void>;
  /** metrics.k8s.io pod metrics, or undefined when the API is not served. */
  getPodMetrics(namespace: string, name: string): Promise<{ containers: { name: string; usage: Record<string, string> }[] } | undefined>;
}
