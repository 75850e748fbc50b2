// Table columns for the kinds beyond pods, events, nodes and namespaces, as kubectl's server-side printers
// (pkg/printers/internalversion/printers.go, v1.32) define them; wide-only columns have priority 1.
import { ageSince, type KubeObject } from '../k8s/index.js';
import { col, NAME, type Printer } from './table-columns.js';

type Obj = KubeObject & { spec?: any; status?: any; data?: Record<string, unknown>; binaryData?: Record<string, unknown>; type?: string; subsets?: any[]; provisioner?: string; reclaimPolicy?: string; volumeBindingMode?: string; allowVolumeExpansion?: boolean; roleRef?: { kind: string; name: string }; subjects?: { kind: string; name: string; namespace?: string }[] };

const age = (o: KubeObject, now: number): string => ageSince(o.metadata.creationTimestamp, now);
const podSpec = (o: Obj): any => o.spec?.template?.spec ?? o.spec?.jobTemplate?.spec?.template?.spec ?? {};
const containers = (o: Obj): string => (podSpec(o).containers ?? []).map((c: { name: string }) => c.name).join(',') || '<none>';
const images = (o: Obj): string => (podSpec(o).containers ?? []).map((c: { image?: string }) => c.image ?? '').join(',') || '<none>';
const selector = (sel: any): string => {
  if (!sel) return '<none>';
  const labels = Object.entries(sel.matchLabels ?? (sel.matchExpressions ? {} : sel)).map(([k, v]) => `${k}=${String(v)}`);
  const exprs = (sel.matchExpressions ?? []).map((e: any) => `${e.key} ${String(e.operator).toLowerCase()} (${(e.values ?? []).join(',')})`);
  return [...labels, ...exprs].join(',') || '<none>';
};
const wide = [col('Containers', 1), col('Images', 1), col('Selector', 1)];
const wideCells = (o: Obj): string[] => [containers(o), images(o), selector(o.spec?.selector)];
const count = (v: unknown): number => (typeof v === 'number' ? v : 0);

function ports(o: Obj): string {
  const list = (o.spec?.ports ?? []) as { port: number; nodePort?: number; protocol?: string }[];
  return list.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',') || '<none>';
}

function externalIp(o: Obj): string {
  const type = o.spec?.type ?? 'ClusterIP';
  const ingress = (o.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip ?? i.hostname);
  const ext = [...(o.spec?.externalIPs ?? []), ...ingress];
  if (type === 'LoadBalancer') return ext.join(',') || '<pending>';
  if (type === 'ExternalName') return o.spec?.externalName ?? '<none>';
  return ext.join(',') || '<none>';
}

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60 ? `${s % 60}s` : ''}`;
  return ageSince(new Date(Date.now() - ms).toISOString(), Date.now());
}

function jobStatus(o: Obj): string {
  const conds = (o.status?.conditions ?? []) as { type: string; status: string }[];
  const has = (t: string): boolean => conds.some((c) => c.type === t && c.status === 'True');
  if (has('Failed')) return 'Failed';
  if (has('Complete')) return 'Complete';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function endpoints(o: Obj): string {
  const out: string[] = [];
  for (const s of o.subsets ?? []) for (const a of s.addresses ?? []) for (const p of s.ports?.length ? s.ports : [{}]) out.push(p.port ? `${a.ip}:${p.port}` : a.ip);
  if (!out.length) return '<none>';
  return out.length > 3 ? `${out.slice(0, 3).join(',')} + ${out.length - 3} more...` : out.join(',');
}

const accessModes = (modes: string[] | undefined): string =>
  (modes ?? []).map((m) => ({ ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' })[m] ?? m).join(',');

const subjects = (o: Obj, kind: string): string => (o.subjects ?? []).filter((s) => s.kind === kind).map((s) => (s.namespace ? `${s.namespace}/${s.name}` : s.name)).join(', ');
const binding: Printer = {
  columns: [NAME, col('Role'), col('Age'), col('Users', 1), col('Groups', 1), col('ServiceAccounts', 1)],
  cells: (o: Obj, now) => [o.metadata.name, `${o.roleRef?.kind ?? ''}/${o.roleRef?.name ?? ''}`, age(o, now), subjects(o, 'User'), subjects(o, 'Group'), subjects(o, 'ServiceAccount')],
};
const createdAt: Printer = { columns: [NAME, col('Created At', 0, 'date')], cells: (o) => [o.metadata.name, o.metadata.creationTimestamp ?? ''] };
const replicated: Printer = {
  columns: [NAME, col('Desired', 0, 'integer'), col('Current', 0, 'integer'), col('Ready', 0, 'integer'), col('Age'), ...wide],
  cells: (o: Obj, now) => [o.metadata.name, count(o.spec?.replicas ?? 1), count(o.status?.replicas), count(o.status?.readyReplicas), age(o, now), ...wideCells(o)],
};

export const MORE_PRINTERS: Readonly<Record<string, Printer>> = {
  services: {
    columns: [NAME, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 1)],
    cells: (o: Obj, now) => [o.metadata.name, o.spec?.type ?? 'ClusterIP', o.spec?.clusterIP || '<none>', externalIp(o), ports(o), age(o, now), selector(o.spec?.selector)],
  },
  configmaps: { columns: [NAME, col('Data', 0, 'integer'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length, age(o, now)] },
  secrets: { columns: [NAME, col('Type'), col('Data', 0, 'integer'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, o.type ?? 'Opaque', Object.keys(o.data ?? {}).length, age(o, now)] },
  serviceaccounts: { columns: [NAME, col('Secrets', 0, 'integer'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, ((o as { secrets?: unknown[] }).secrets ?? []).length, age(o, now)] },
  endpoints: { columns: [NAME, col('Endpoints'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, endpoints(o), age(o, now)] },
  replicasets: replicated,
  replicationcontrollers: replicated,
  statefulsets: {
    columns: [NAME, col('Ready'), col('Age'), col('Containers', 1), col('Images', 1)],
    cells: (o: Obj, now) => [o.metadata.name, `${count(o.status?.readyReplicas)}/${o.spec?.replicas ?? 1}`, age(o, now), containers(o), images(o)],
  },
  daemonsets: {
    columns: [NAME, col('Desired', 0, 'integer'), col('Current', 0, 'integer'), col('Ready', 0, 'integer'), col('Up-to-date', 0, 'integer'), col('Available', 0, 'integer'), col('Node Selector'), col('Age'), ...wide],
    cells: (o: Obj, now) => {
      const st = o.status ?? {};
      const ns = Object.entries(podSpec(o).nodeSelector ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(',') || '<none>';
      return [o.metadata.name, count(st.desiredNumberScheduled), count(st.currentNumberScheduled), count(st.numberReady), count(st.updatedNumberScheduled), count(st.numberAvailable), ns, age(o, now), ...wideCells(o)];
    },
  },
  jobs: {
    columns: [NAME, col('Status'), col('Completions'), col('Duration'), col('Age'), ...wide],
    cells: (o: Obj, now) => {
      const start = Date.parse(o.status?.startTime ?? '');
      const end = Date.parse(o.status?.completionTime ?? '') || now;
      const completions = o.spec?.completions;
      return [o.metadata.name, jobStatus(o), `${count(o.status?.succeeded)}/${completions ?? 1}`, Number.isFinite(start) ? duration(end - start) : '', age(o, now), ...wideCells(o)];
    },
  },
  cronjobs: {
    columns: [NAME, col('Schedule'), col('Timezone'), col('Suspend', 0, 'boolean'), col('Active', 0, 'integer'), col('Last Schedule'), col('Age'), ...wide],
    cells: (o: Obj, now) => [o.metadata.name, o.spec?.schedule ?? '', o.spec?.timeZone ?? '<none>', String(Boolean(o.spec?.suspend)), (o.status?.active ?? []).length, o.status?.lastScheduleTime ? ageSince(o.status.lastScheduleTime, now) : '<none>', age(o, now), containers(o), images(o), selector(o.spec?.jobTemplate?.spec?.selector)],
  },
  persistentvolumeclaims: {
    columns: [NAME, col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'), col('VolumeAttributesClass'), col('Age'), col('VolumeMode', 1)],
    cells: (o: Obj, now) => [o.metadata.name, o.status?.phase ?? 'Pending', o.spec?.volumeName ?? '', o.status?.capacity?.storage ?? '', accessModes(o.status?.accessModes), o.spec?.storageClassName ?? '', o.spec?.volumeAttributesClassName ?? '<unset>', age(o, now), o.spec?.volumeMode ?? 'Filesystem'],
  },
  persistentvolumes: {
    columns: [NAME, col('Capacity'), col('Access Modes'), col('Reclaim Policy'), col('Status'), col('Claim'), col('StorageClass'), col('VolumeAttributesClass'), col('Reason'), col('Age'), col('VolumeMode', 1)],
    cells: (o: Obj, now) => {
      const claim = o.spec?.claimRef ? `${o.spec.claimRef.namespace}/${o.spec.claimRef.name}` : '';
      return [o.metadata.name, o.spec?.capacity?.storage ?? '', accessModes(o.spec?.accessModes), o.spec?.persistentVolumeReclaimPolicy ?? 'Retain', o.status?.phase ?? 'Available', claim, o.spec?.storageClassName ?? '', o.spec?.volumeAttributesClassName ?? '<unset>', o.status?.reason ?? '', age(o, now), o.spec?.volumeMode ?? 'Filesystem'];
    },
  },
  storageclasses: {
    columns: [NAME, col('Provisioner'), col('ReclaimPolicy'), col('VolumeBindingMode'), col('AllowVolumeExpansion', 0, 'boolean'), col('Age')],
    cells: (o: Obj, now) => {
      const isDefault = o.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true';
      return [`${o.metadata.name}${isDefault ? ' (default)' : ''}`, o.provisioner ?? '', o.reclaimPolicy ?? 'Delete', o.volumeBindingMode ?? 'Immediate', String(Boolean(o.allowVolumeExpansion)), age(o, now)];
    },
  },
  ingresses: {
    columns: [NAME, col('Class'), col('Hosts'), col('Address'), col('Ports'), col('Age')],
    cells: (o: Obj, now) => {
      const hosts = (o.spec?.rules ?? []).map((r: any) => r.host).filter(Boolean);
      const address = (o.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip ?? i.hostname).join(',');
      return [o.metadata.name, o.spec?.ingressClassName ?? '<none>', hosts.join(',') || '*', address, o.spec?.tls?.length ? '80, 443' : '80', age(o, now)];
    },
  },
  poddisruptionbudgets: {
    columns: [NAME, col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions', 0, 'integer'), col('Age')],
    cells: (o: Obj, now) => [o.metadata.name, String(o.spec?.minAvailable ?? 'N/A'), String(o.spec?.maxUnavailable ?? 'N/A'), count(o.status?.disruptionsAllowed), age(o, now)],
  },
  roles: createdAt,
  clusterroles: createdAt,
  rolebindings: binding,
  clusterrolebindings: binding,
  limitranges: createdAt,
  leases: { columns: [NAME, col('Holder'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, o.spec?.holderIdentity ?? '', age(o, now)] },
  resourcequotas: { columns: [NAME, col('Age'), col('Request'), col('Limit')], cells: (o: Obj, now) => [o.metadata.name, age(o, now), Object.entries(o.status?.used ?? {}).filter(([k]) => !k.startsWith('limits.')).map(([k, v]) => `${k}: ${String(v)}/${String(o.status?.hard?.[k] ?? '')}`).join(', '), Object.entries(o.status?.used ?? {}).filter(([k]) => k.startsWith('limits.')).map(([k, v]) => `${k}: ${String(v)}/${String(o.status?.hard?.[k] ?? '')}`).join(', ')] },
};

