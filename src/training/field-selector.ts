// `fieldSelector=` with the fields the apiserver supports per resource; an unsupported field is a 400, as on a
// real cluster, so a typo is not silently "no results". Operators: =, ==, != (comma-separated).
import { badRequest } from './api-status.js';
import type { KubeObject } from '../k8s/index.js';

type Getter = (o: KubeObject) => string;

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const at = (o: KubeObject, path: readonly string[]): string => {
  let cur: unknown = o;
  for (const p of path) {
    if (typeof cur !== 'object' || cur === null) return '';
    cur = (cur as Record<string, unknown>)[p];
  }
  return str(cur);
};
const path = (p: string): Getter => {
  const parts = p.split('.');
  return (o) => at(o, parts);
};

const META: Record<string, Getter> = {
  'metadata.name': (o) => o.metadata.name,
  'metadata.namespace': (o) => o.metadata.namespace ?? '',
};

const FIELDS: Record<string, Record<string, Getter>> = {
  pods: {
    ...META,
    'spec.nodeName': path('spec.nodeName'),
    'spec.restartPolicy': path('spec.restartPolicy'),
    'spec.schedulerName': path('spec.schedulerName'),
    'spec.serviceAccountName': path('spec.serviceAccountName'),
    'spec.hostNetwork': (o) => at(o, ['spec', 'hostNetwork']) || 'false',
    'status.phase': path('status.phase'),
    'status.podIP': path('status.podIP'),
    'status.nominatedNodeName': path('status.nominatedNodeName'),
  },
  events: {
    ...META,
    'involvedObject.kind': path('involvedObject.kind'),
    'involvedObject.namespace': path('involvedObject.namespace'),
    'involvedObject.name': path('involvedObject.name'),
    'involvedObject.uid': path('involvedObject.uid'),
    'involvedObject.apiVersion': path('involvedObject.apiVersion'),
    'involvedObject.resourceVersion': path('involvedObject.resourceVersion'),
    'involvedObject.fieldPath': path('involvedObject.fieldPath'),
    reason: path('reason'),
    reportingComponent: path('reportingComponent'),
    source: path('source.component'),
    type: path('type'),
  },
  namespaces: { ...META, 'status.phase': path('status.phase') },
  nodes: { ...META, 'spec.unschedulable': (o) => at(o, ['spec', 'unschedulable']) || 'false' },
  secrets: { ...META, type: path('type') },
  replicasets: { ...META, 'status.replicas': path('status.replicas') },
  jobs: { ...META, 'status.successful': path('status.successful') },
};

/** The events.k8s.io/v1 names of the same fields. */
const EVENTS_V1_ALIASES: Record<string, string> = {
  'regarding.kind': 'involvedObject.kind',
  'regarding.namespace': 'involvedObject.namespace',
  'regarding.name': 'involvedObject.name',
  'regarding.uid': 'involvedObject.uid',
  'regarding.apiVersion': 'involvedObject.apiVersion',
  'regarding.fieldPath': 'involvedObject.fieldPath',
  'deprecatedSource.component': 'source',
};

export type FieldMatcher = (o: KubeObject) => boolean;

export function parseFieldSelector(text: string | null, storage: string): FieldMatcher | undefined {
  if (!text || !text.trim()) return undefined;
  const fields = FIELDS[storage] ?? META;
  const reqs = text.split(',').map((p) => p.trim()).filter(Boolean).map((part) => {
    const m = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    const name = EVENTS_V1_ALIASES[m[1]!] ?? m[1]!;
    const get = fields[name];
    if (!get) throw badRequest(`field label not supported: ${m[1]}`);
    return { get, ne: m[2] === '!=', value: m[3]! };
  });
  return (o) => reqs.every((r) => (r.get(o) === r.value) !== r.ne);
}
