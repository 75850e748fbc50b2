// Table columns for the service, config, storage, policy and RBAC kinds, as the apiserver's printers
// (pkg/printers/internalversion/printers.go, v1.32) define them; wide-only columns have priority 1. Roles,
// ClusterRoles and LimitRanges have no printer there, so the apiserver's default NAME / CREATED AT applies.
import { ageSince, type KubeObject } from '../k8s/index.js';
import { formatLabels } from './label-format.js';
import { col, NAME, type Printer } from './table-columns.js';

type Obj = KubeObject & { spec?: any; status?: any; data?: Record<string, unknown>; binaryData?: Record<string, unknown>; type?: string; subsets?: any[]; provisioner?: string; reclaimPolicy?: string; volumeBindingMode?: string; allowVolumeExpansion?: boolean; roleRef?: { kind: string; name: string }; subjects?: { kind: string; name: string; namespace?: string }[] };

const age = (o: KubeObject, now: number): string => ageSince(o.metadata.creationTimestamp, now);
const count = (v: unknown): number => (typeof v === 'number' ? v : 0);
/** Load-balancer ingress points, deduplicated and sorted. The printer cuts them to 16 characters outside
 * `-o wide`, but the apiserver always renders its tables wide, so kubectl receives the full list. */
const loadBalancer = (status: any): string =>
  [...new Set(((status?.loadBalancer?.ingress ?? []) as { ip?: string; hostname?: string }[]).map((i) => i.ip || i.hostname || '').filter(Boolean))].sort().join(',');

function externalIp(o: Obj): string {
  const external: string[] = o.spec?.externalIPs ?? [];
  switch (o.spec?.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return external.join(',') || '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancer(o.status);
      return [...(lb ? lb.split(',') : []), ...external].join(',') || '<pending>';
    }
    case 'ExternalName':
      return o.spec?.externalName ?? '';
    default:
      return '<unknown>';
  }
}

function servicePorts(o: Obj): string {
  const list = (o.spec?.ports ?? []) as { port: number; nodePort?: number; protocol?: string }[];
  return list.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',') || '<none>';
}

/** Up to three entries, then "+ N more..."; `empty` when there is nothing. */
function firstThree(items: readonly string[], empty: string): string {
  if (!items.length) return empty;
  return items.length > 3 ? `${items.slice(0, 3).join(',')} + ${items.length - 3} more...` : items.join(',');
}

const hostPort = (ip: string, port: number): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** formatEndpoints: for each subset, each port times each ready address (addresses alone without ports). */
function endpoints(o: Obj): string {
  const out: string[] = [];
  for (const s of o.subsets ?? []) {
    const addresses = (s.addresses ?? []) as { ip: string }[];
    if (!s.ports?.length) out.push(...addresses.map((a) => a.ip));
    else for (const p of s.ports as { port: number }[]) out.push(...addresses.map((a) => hostPort(a.ip, p.port)));
  }
  return o.subsets?.length ? firstThree(out, '') : '<none>';
}

const accessModes = (modes: string[] | undefined): string =>
  (modes ?? []).map((m) => ({ ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' })[m] ?? m).join(',');

/** spec.storageClassName, or the beta annotation older objects carry. */
const storageClass = (o: Obj): string => o.spec?.storageClassName ?? o.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
// The apiserver defaults a volume's and a claim's volumeMode to Filesystem and a volume's reclaim policy to
// Retain, so a scenario object recorded without them prints as the live one did.
const volumeMode = (o: Obj): string => o.spec?.volumeMode ?? 'Filesystem';
const phase = (o: Obj, fallback: string): string => (o.metadata.deletionTimestamp ? 'Terminating' : o.status?.phase ?? fallback);

/** rbac.SubjectsStrings: users and groups by name, service accounts as namespace/name. */
const subjects = (o: Obj, kind: string): string =>
  (o.subjects ?? []).filter((s) => s.kind === kind).map((s) => (kind === 'ServiceAccount' && s.namespace ? `${s.namespace}/${s.name}` : s.name)).join(', ');

const binding: Printer = {
  columns: [NAME, col('Role'), col('Age'), col('Users', 1), col('Groups', 1), col('ServiceAccounts', 1)],
  cells: (o: Obj, now) => [o.metadata.name, `${o.roleRef?.kind ?? ''}/${o.roleRef?.name ?? ''}`, age(o, now), subjects(o, 'User'), subjects(o, 'Group'), subjects(o, 'ServiceAccount')],
};
const createdAt: Printer = { columns: [NAME, col('Created At', 0, 'date')], cells: (o) => [o.metadata.name, o.metadata.creationTimestamp ?? ''] };
const intOrString = (v: unknown): string => (v === undefined || v === null ? 'N/A' : String(v));
const isDefaultClass = (o: Obj): boolean =>
  o.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true' || o.metadata.annotations?.['storageclass.beta.kubernetes.io/is-default-class'] === 'true';

export const MORE_PRINTERS: Readonly<Record<string, Printer>> = {
  services: {
    columns: [NAME, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 1)],
    cells: (o: Obj, now) => [o.metadata.name, o.spec?.type ?? 'ClusterIP', o.spec?.clusterIPs?.[0] ?? o.spec?.clusterIP ?? '<none>', externalIp(o), servicePorts(o), age(o, now), formatLabels(o.spec?.selector)],
  },
  configmaps: { columns: [NAME, col('Data'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length, age(o, now)] },
  secrets: { columns: [NAME, col('Type'), col('Data'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, o.type ?? 'Opaque', Object.keys(o.data ?? {}).length, age(o, now)] },
  serviceaccounts: { columns: [NAME, col('Secrets'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, ((o as { secrets?: unknown[] }).secrets ?? []).length, age(o, now)] },
  endpoints: { columns: [NAME, col('Endpoints'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, endpoints(o), age(o, now)] },
  endpointslices: {
    columns: [NAME, col('AddressType'), col('Ports'), col('Endpoints'), col('Age')],
    cells: (o: Obj, now) => {
      const ports = ((o['ports'] ?? []) as { port?: number; name?: string }[]).map((p) => (typeof p.port === 'number' ? String(p.port) : p.name || '*'));
      const addresses = ((o['endpoints'] ?? []) as { addresses?: string[] }[]).flatMap((e) => e.addresses ?? []);
      return [o.metadata.name, String(o['addressType'] ?? ''), firstThree(ports, '<unset>'), firstThree(addresses, '<unset>'), age(o, now)];
    },
  },
  persistentvolumeclaims: {
    columns: [NAME, col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'), col('VolumeAttributesClass'), col('Age'), col('VolumeMode', 1)],
    cells: (o: Obj, now) => {
      // Capacity and access modes are the bound volume's, shown only once a volume is named.
      const bound = Boolean(o.spec?.volumeName);
      return [o.metadata.name, phase(o, 'Pending'), o.spec?.volumeName ?? '', bound ? o.status?.capacity?.storage ?? '' : '', bound ? accessModes(o.status?.accessModes) : '', storageClass(o), o.spec?.volumeAttributesClassName ?? '<unset>', age(o, now), volumeMode(o)];
    },
  },
  persistentvolumes: {
    columns: [NAME, col('Capacity'), col('Access Modes'), col('Reclaim Policy'), col('Status'), col('Claim'), col('StorageClass'), col('VolumeAttributesClass'), col('Reason'), col('Age'), col('VolumeMode', 1)],
    cells: (o: Obj, now) => {
      const claim = o.spec?.claimRef ? `${o.spec.claimRef.namespace ?? ''}/${o.spec.claimRef.name ?? ''}` : '';
      return [o.metadata.name, o.spec?.capacity?.storage ?? '', accessModes(o.spec?.accessModes), o.spec?.persistentVolumeReclaimPolicy ?? 'Retain', phase(o, 'Available'), claim, storageClass(o), o.spec?.volumeAttributesClassName ?? '<unset>', o.status?.reason ?? '', age(o, now), volumeMode(o)];
    },
  },
  storageclasses: {
    columns: [NAME, col('Provisioner'), col('ReclaimPolicy'), col('VolumeBindingMode'), col('AllowVolumeExpansion'), col('Age')],
    cells: (o: Obj, now) => [`${o.metadata.name}${isDefaultClass(o) ? ' (default)' : ''}`, o.provisioner ?? '', o.reclaimPolicy ?? 'Delete', o.volumeBindingMode ?? 'Immediate', String(o.allowVolumeExpansion === true), age(o, now)],
  },
  ingresses: {
    columns: [NAME, col('Class'), col('Hosts'), col('Address'), col('Ports'), col('Age')],
    cells: (o: Obj, now) => {
      const rules = (o.spec?.rules ?? []) as { host?: string }[];
      // formatHosts: the first three hosts named; any rule met after them adds "+ N more...", N counting every
      // rule past the third (host or not), as the apiserver counts.
      const hosts: string[] = [];
      let more = false;
      for (const r of rules) {
        if (hosts.length === 3) more = true;
        else if (r.host) hosts.push(r.host);
      }
      const hostText = hosts.length ? `${hosts.join(',')}${more ? ` + ${rules.length - 3} more...` : ''}` : '*';
      return [o.metadata.name, o.spec?.ingressClassName ?? '<none>', hostText, loadBalancer(o.status), o.spec?.tls?.length ? '80, 443' : '80', age(o, now)];
    },
  },
  poddisruptionbudgets: {
    columns: [NAME, col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions', 0, 'integer'), col('Age')],
    cells: (o: Obj, now) => [o.metadata.name, intOrString(o.spec?.minAvailable), intOrString(o.spec?.maxUnavailable), count(o.status?.disruptionsAllowed), age(o, now)],
  },
  roles: createdAt,
  clusterroles: createdAt,
  rolebindings: binding,
  clusterrolebindings: binding,
  limitranges: createdAt,
  leases: { columns: [NAME, col('Holder'), col('Age')], cells: (o: Obj, now) => [o.metadata.name, o.spec?.holderIdentity ?? '', age(o, now)] },
  resourcequotas: { columns: [NAME, col('Age'), col('Request'), col('Limit')], cells: (o: Obj, now) => [o.metadata.name, age(o, now), Object.entries(o.status?.used ?? {}).filter(([k]) => !k.startsWith('limits.')).map(([k, v]) => `${k}: ${String(v)}/${String(o.status?.hard?.[k] ?? '')}`).join(', '), Object.entries(o.status?.used ?? {}).filter(([k]) => k.startsWith('limits.')).map(([k, v]) => `${k}: ${String(v)}/${String(o.status?.hard?.[k] ?? '')}`).join(', ')] },
};
