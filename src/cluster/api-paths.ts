// Where each kind lives in the REST API.
import type { ReadableKind } from '../contracts/read-port.js';

type ListableKind = 'Service' | 'LimitRange' | 'ResourceQuota' | 'Namespace' | 'Node';

const RESOURCES = {
  ReplicaSet: ['/apis/apps/v1', 'replicasets', true],
  Deployment: ['/apis/apps/v1', 'deployments', true],
  StatefulSet: ['/apis/apps/v1', 'statefulsets', true],
  DaemonSet: ['/apis/apps/v1', 'daemonsets', true],
  Job: ['/apis/batch/v1', 'jobs', true],
  CronJob: ['/apis/batch/v1', 'cronjobs', true],
  ConfigMap: ['/api/v1', 'configmaps', true],
  Secret: ['/api/v1', 'secrets', true],
  PersistentVolumeClaim: ['/api/v1', 'persistentvolumeclaims', true],
  Service: ['/api/v1', 'services', true],
  ServiceAccount: ['/api/v1', 'serviceaccounts', true],
  LimitRange: ['/api/v1', 'limitranges', true],
  ResourceQuota: ['/api/v1', 'resourcequotas', true],
  Node: ['/api/v1', 'nodes', false],
  Namespace: ['/api/v1', 'namespaces', false],
  StorageClass: ['/apis/storage.k8s.io/v1', 'storageclasses', false],
  Pod: ['/api/v1', 'pods', true],
  Event: ['/api/v1', 'events', true],
} as const satisfies Record<ReadableKind | ListableKind | 'Pod' | 'Event', readonly [string, string, boolean]>;

export type ApiKind = keyof typeof RESOURCES;

/** The collection path: namespaced kinds with namespace undefined list across all namespaces. */
export function collectionPath(kind: ApiKind, namespace: string | undefined): string {
  const [group, plural, namespaced] = RESOURCES[kind];
  return namespaced && namespace !== undefined ? `${group}/namespaces/${encodeURIComponent(namespace)}/${plural}` : `${group}/${plural}`;
}

export const objectPath = (kind: ApiKind, namespace: string | undefined, name: string): string =>
  `${collectionPath(kind, namespace)}/${encodeURIComponent(name)}`;

/** The plural resource name kubectl uses, e.g. for gap commands ("replicasets"). */
export const resourceName = (kind: ApiKind): string => RESOURCES[kind][1];
