// The API surface the training cluster serves: one table of resource types, from which routing, discovery
// and --forbid validation are all derived, so they cannot disagree.

export interface ResourceType {
  /** "" for the core group. */
  readonly group: string;
  readonly version: string;
  /** Plural, as in the URL. */
  readonly resource: string;
  readonly singular: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly shortNames: readonly string[];
  readonly categories: readonly string[];
  readonly verbs: readonly string[];
  readonly subresources: readonly string[];
  /** Where objects of this type are kept; events.k8s.io/v1 events are a view over the core/v1 ones. */
  readonly storage: string;
}

const READ = ['get', 'list', 'watch'];
const ALL = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function type(group: string, version: string, resource: string, kind: string, namespaced: boolean, extra: Partial<ResourceType> = {}): ResourceType {
  return {
    group,
    version,
    resource,
    singular: kind.toLowerCase(),
    kind,
    namespaced,
    shortNames: [],
    categories: [],
    verbs: ALL,
    subresources: [],
    storage: resource,
    ...extra,
  };
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  type('', 'v1', 'namespaces', 'Namespace', false, { shortNames: ['ns'], subresources: ['status'] }),
  type('', 'v1', 'nodes', 'Node', false, { shortNames: ['no'], subresources: ['status'] }),
  type('', 'v1', 'pods', 'Pod', true, {
    shortNames: ['po'],
    categories: ['all'],
    subresources: ['log', 'exec', 'attach', 'ephemeralcontainers', 'status', 'portforward', 'eviction', 'binding'],
  }),
  type('', 'v1', 'events', 'Event', true, { shortNames: ['ev'] }),
  type('', 'v1', 'configmaps', 'ConfigMap', true, { shortNames: ['cm'] }),
  type('', 'v1', 'secrets', 'Secret', true),
  type('', 'v1', 'services', 'Service', true, { shortNames: ['svc'], categories: ['all'], subresources: ['status'] }),
  type('', 'v1', 'serviceaccounts', 'ServiceAccount', true, { shortNames: ['sa'] }),
  type('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true, { shortNames: ['pvc'], subresources: ['status'] }),
  type('', 'v1', 'persistentvolumes', 'PersistentVolume', false, { shortNames: ['pv'], subresources: ['status'] }),
  type('', 'v1', 'limitranges', 'LimitRange', true, { shortNames: ['limits'] }),
  type('', 'v1', 'resourcequotas', 'ResourceQuota', true, { shortNames: ['quota'], subresources: ['status'] }),
  type('', 'v1', 'endpoints', 'Endpoints', true, { shortNames: ['ep'] }),
  type('discovery.k8s.io', 'v1', 'endpointslices', 'EndpointSlice', true),
  type('apps', 'v1', 'deployments', 'Deployment', true, { shortNames: ['deploy'], categories: ['all'], subresources: ['status', 'scale'] }),
  type('apps', 'v1', 'replicasets', 'ReplicaSet', true, { shortNames: ['rs'], categories: ['all'], subresources: ['status', 'scale'] }),
  type('apps', 'v1', 'statefulsets', 'StatefulSet', true, { shortNames: ['sts'], categories: ['all'], subresources: ['status', 'scale'] }),
  type('apps', 'v1', 'daemonsets', 'DaemonSet', true, { shortNames: ['ds'], categories: ['all'], subresources: ['status'] }),
  type('batch', 'v1', 'jobs', 'Job', true, { categories: ['all'], subresources: ['status'] }),
  type('batch', 'v1', 'cronjobs', 'CronJob', true, { shortNames: ['cj'], categories: ['all'], subresources: ['status'] }),
  type('', 'v1', 'replicationcontrollers', 'ReplicationController', true, { shortNames: ['rc'], categories: ['all'], subresources: ['status', 'scale'] }),
  type('events.k8s.io', 'v1', 'events', 'Event', true, { shortNames: ['ev'], storage: 'events' }),
  type('storage.k8s.io', 'v1', 'storageclasses', 'StorageClass', false, { shortNames: ['sc'] }),
  type('coordination.k8s.io', 'v1', 'leases', 'Lease', true),
  type('networking.k8s.io', 'v1', 'ingresses', 'Ingress', true, { shortNames: ['ing'], subresources: ['status'] }),
  type('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, { shortNames: ['pdb'], subresources: ['status'] }),
  type('rbac.authorization.k8s.io', 'v1', 'roles', 'Role', true),
  type('rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding', true),
  type('rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole', false),
  type('rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding', false),
  type('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, { verbs: ['create'], storage: '' }),
  type('authorization.k8s.io', 'v1', 'selfsubjectrulesreviews', 'SelfSubjectRulesReview', false, { verbs: ['create'], storage: '' }),
];

/** Verbs a --forbid entry may name. */
export const VERBS: readonly string[] = [...ALL, '*'];
export const READ_VERBS: readonly string[] = READ;

export const groupVersion = (t: ResourceType): string => (t.group ? `${t.group}/${t.version}` : t.version);

const byPath = new Map<string, ResourceType>(RESOURCE_TYPES.map((t) => [`${groupVersion(t)}/${t.resource}`, t]));

export function findResourceType(group: string, version: string, resource: string): ResourceType | undefined {
  return byPath.get(`${group ? `${group}/${version}` : version}/${resource}`);
}

/** The type that owns stored objects of this kind (by apiVersion + kind as they appear in a scenario). */
export function typeForObject(apiVersion: string | undefined, kind: string | undefined): ResourceType | undefined {
  const gv = apiVersion ?? 'v1';
  const [group, version] = gv.includes('/') ? gv.split('/') as [string, string] : ['', gv];
  const exact = RESOURCE_TYPES.find((t) => t.kind === kind && t.group === group && t.version === version);
  if (exact) return exact;
  // A scenario may carry an older apiVersion (extensions/v1beta1 Deployment); serve it under the current one.
  return RESOURCE_TYPES.find((t) => t.kind === kind && t.storage === t.resource);
}

export const apiGroups = (): string[] => [...new Set(RESOURCE_TYPES.filter((t) => t.group).map((t) => t.group))];
