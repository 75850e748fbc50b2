// The server-side Table form (`Accept: application/json;as=Table;…`) that `kubectl get` prints, with the same
// columns and cells as the apiserver's printers; STATUS comes from the one shared podStatusRow().
import { ageSince, podStatusRow, type KubeEvent, type KubeNode, type KubeObject, type Pod } from '../k8s/index.js';
import type { Entry } from './store.js';
import { col, NAME, none, type Column, type Printer } from './table-columns.js';
import { MORE_PRINTERS } from './printers-more.js';

export type { Column } from './table-columns.js';

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
  columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', 1), col('Source', 1), col('Message'), col('First Seen', 1), col('Count', 1, 'integer'), col('Name', 1)],
  cells: (obj, now) => {
    const ev = obj as KubeEvent;
    const first = ev.firstTimestamp ? ageSince(ev.firstTimestamp, now) : ageSince(ev.eventTime, now);
    const last = ev.lastTimestamp ? ageSince(ev.lastTimestamp, now) : first;
    const kind = (ev.involvedObject.kind ?? '').toLowerCase();
    const target = ev.involvedObject.name ? `${kind}/${ev.involvedObject.name}` : kind;
    const source = [ev.source?.component, ev.source?.host].filter(Boolean).join(', ');
    return [last, ev.type ?? '', ev.reason ?? '', target, ev.involvedObject.fieldPath ?? '', source, (ev.message ?? '').trim(), first, ev.count || 1, ev.metadata.name];
  },
};

const namespacePrinter: Printer = {
  columns: [NAME, col('Status'), col('Age')],
  cells: (obj, now) => [obj.metadata.name, String((obj['status'] as { phase?: string } | undefined)?.phase ?? 'Active'), ageSince(obj.metadata.creationTimestamp, now)],
};

const nodePrinter: Printer = {
  columns: [NAME, col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 1), col('OS-Image', 1), col('Container-Runtime', 1)],
  cells: (obj, now) => {
    const node = obj as KubeNode;
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
    let status = ready?.status === 'True' ? 'Ready' : ready ? 'NotReady' : 'Unknown';
    if (node.spec?.unschedulable) status += ',SchedulingDisabled';
    const roles = Object.keys(node.metadata.labels ?? {})
      .filter((l) => l.startsWith('node-role.kubernetes.io/'))
      .map((l) => l.slice('node-role.kubernetes.io/'.length))
      .join(',');
    const addresses = (node.status?.['addresses'] as readonly { type: string; address: string }[] | undefined) ?? [];
    return [
      node.metadata.name,
      status,
      roles || '<none>',
      ageSince(node.metadata.creationTimestamp, now),
      node.status?.nodeInfo?.kubeletVersion ?? '',
      none(addresses.find((a) => a.type === 'InternalIP')?.address),
      none(node.status?.nodeInfo?.['osImage']),
      none(node.status?.nodeInfo?.containerRuntimeVersion),
    ];
  },
};

const deploymentPrinter: Printer = {
  columns: [NAME, col('Ready'), col('Up-to-date', 0, 'integer'), col('Available', 0, 'integer'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1)],
  cells: (obj, now) => {
    const spec = (obj['spec'] ?? {}) as { replicas?: number; selector?: { matchLabels?: Record<string, string> }; template?: { spec?: { containers?: { name: string; image?: string }[] } } };
    const st = (obj['status'] ?? {}) as { readyReplicas?: number; updatedReplicas?: number; availableReplicas?: number };
    const cs = spec.template?.spec?.containers ?? [];
    const selector = Object.entries(spec.selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',') || '<none>';
    return [obj.metadata.name, `${st.readyReplicas ?? 0}/${spec.replicas ?? 1}`, st.updatedReplicas ?? 0, st.availableReplicas ?? 0, ageSince(obj.metadata.creationTimestamp, now), cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(','), selector];
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
  deployments: deploymentPrinter,
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
