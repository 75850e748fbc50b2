// The server-side Table form (`Accept: application/json;as=Table;…`) that `kubectl get` prints, with the same
// columns and cells as the apiserver's printers; STATUS comes from the one shared podStatusRow().
import { ageSince, podStatusRow, type KubeEvent, type KubeNode, type KubeObject, type Pod } from '../k8s/index.js';
import type { Entry } from './store.js';
import { col, NAME, none, type Column, type Printer } from './table-columns.js';
import { MORE_PRINTERS } from './printers-more.js';
import { WORKLOAD_PRINTERS } from './printers-workloads.js';

export type { Column } from './table-columns.js';

const ROLE_PREFIX = 'node-role.kubernetes.io/';

const podPrinter: Printer = {
  columns: [NAME, col('Ready'), col('Status'), col('Restarts'), col('Age'), col('IP', 1), col('Node', 1), col('Nominated Node', 1), col('Readiness Gates', 1)],
  cells: (obj, now) => {
    const pod = obj as Pod;
    const row = podStatusRow(pod, now);
    const gates = (pod.spec.readinessGates as readonly { conditionType: string }[] | undefined) ?? [];
    const trueGates = gates.filter((g) => pod.status?.conditions?.some((c) => c.type === g.conditionType && c.status === 'True')).length;
    return [
      pod.metadata.name,
      row.ready,
      row.status,
      row.restartsText,
      row.age,
      none(pod.status?.podIP),
      none(pod.spec.nodeName),
      none(pod.status?.['nominatedNodeName']),
      gates.length ? `${trueGates}/${gates.length}` : '<none>',
    ];
  },
};

const eventPrinter: Printer = {
  columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', 1), col('Source', 1), col('Message'), col('First Seen', 1), col('Count', 1), col('Name', 1)],
  cells: (obj, now) => {
    const ev = obj as KubeEvent;
    const first = ev.firstTimestamp ? ageSince(ev.firstTimestamp, now) : ageSince(ev.eventTime, now);
    const last = ev.lastTimestamp ? ageSince(ev.lastTimestamp, now) : first;
    const kind = (ev.involvedObject.kind ?? '').toLowerCase();
    const target = ev.involvedObject.name ? `${kind}/${ev.involvedObject.name}` : kind;
    // formatEventSource: the reporting controller and instance stand in for an events.k8s.io event's source.
    const component = ev.source?.component || String(ev['reportingComponent'] ?? ev['reportingController'] ?? '');
    const instance = ev.source?.host || String(ev['reportingInstance'] ?? '');
    const source = instance ? `${component}, ${instance}` : component;
    return [last, ev.type ?? '', ev.reason ?? '', target, ev.involvedObject.fieldPath ?? '', source, (ev.message ?? '').trim(), first, ev.count || 1, ev.metadata.name];
  },
};

const namespacePrinter: Printer = {
  columns: [NAME, col('Status'), col('Age')],
  cells: (obj, now) => [obj.metadata.name, String((obj['status'] as { phase?: string } | undefined)?.phase ?? 'Active'), ageSince(obj.metadata.creationTimestamp, now)],
};

const nodePrinter: Printer = {
  columns: [NAME, col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 1), col('External-IP', 1), col('OS-Image', 1), col('Kernel-Version', 1), col('Container-Runtime', 1)],
  cells: (obj, now) => {
    const node = obj as KubeNode;
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
    let status = ready?.status === 'True' ? 'Ready' : ready ? 'NotReady' : 'Unknown';
    if (node.spec?.unschedulable) status += ',SchedulingDisabled';
    // findNodeRoles: node-role.kubernetes.io/<role> labels and the older kubernetes.io/role=<role>, sorted.
    const roles = new Set<string>();
    for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
      if (k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length) roles.add(k.slice(ROLE_PREFIX.length));
      else if (k === 'kubernetes.io/role' && v) roles.add(v);
    }
    const addresses = (node.status?.['addresses'] as readonly { type: string; address: string }[] | undefined) ?? [];
    const address = (type: string): string => addresses.find((a) => a.type === type)?.address ?? '<none>';
    const info = (node.status?.nodeInfo ?? {}) as Record<string, string | undefined>;
    const known = (v: string | undefined): string => v || '<unknown>';
    return [
      node.metadata.name,
      status,
      [...roles].sort().join(',') || '<none>',
      ageSince(node.metadata.creationTimestamp, now),
      info['kubeletVersion'] ?? '',
      address('InternalIP'),
      address('ExternalIP'),
      known(info['osImage']),
      known(info['kernelVersion']),
      known(info['containerRuntimeVersion']),
    ];
  },
};

const genericPrinter: Printer = {
  columns: [NAME, col('Age')],
  cells: (obj, now) => [obj.metadata.name, ageSince(obj.metadata.creationTimestamp, now)],
};

const PRINTERS: Record<string, Printer> = {
  pods: podPrinter,
  events: eventPrinter,
  namespaces: namespacePrinter,
  nodes: nodePrinter,
  ...WORKLOAD_PRINTERS,
  ...MORE_PRINTERS,
};

export const printerFor = (storage: string): Printer => PRINTERS[storage] ?? genericPrinter;

function partialMetadata(entry: Entry): string {
  if (entry.metaJson === undefined) {
    const { managedFields: _drop, ...metadata } = entry.obj.metadata;
    entry.metaJson = `{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":${JSON.stringify(metadata)}}`;
  }
  return entry.metaJson;
}

export const entryJson = (entry: Entry): string => (entry.json ??= JSON.stringify(entry.obj));

export function tableRow(storage: string, entry: Entry, now: number, includeObject: string, view: (e: Entry) => string = entryJson): string {
  const cells = JSON.stringify(printerFor(storage).cells(entry.obj, now));
  if (includeObject === 'None') return `{"cells":${cells}}`;
  return `{"cells":${cells},"object":${includeObject === 'Object' ? view(entry) : partialMetadata(entry)}}`;
}

export function tableJson(storage: string, rows: readonly string[], listMeta: string): string {
  const columns = JSON.stringify(printerFor(storage).columns);
  return `{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":${listMeta},"columnDefinitions":${columns},"rows":[${rows.join(',')}]}`;
}
