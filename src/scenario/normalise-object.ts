// One shape for objects from any file: namespaced kinds get `default`, counts are numbers, and
// events.k8s.io/v1 Events become core/v1 Events (what describe and the analysers read).
import type { KubeObject } from '../k8s/index.js';
import { sanitizeDeep } from '../text/sanitize.js';
import { asRecord, asString, isRecord, type JsonRecord } from './record.js';

// Cluster-scoped kinds never get a namespace; everything else defaults to `default` as kubectl apply does.
const CLUSTER_SCOPED = new Set([
  'Node', 'Namespace', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding',
  'CustomResourceDefinition', 'PriorityClass', 'APIService', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'RuntimeClass', 'IngressClass',
  'ComponentStatus', 'CertificateSigningRequest',
]);

export const isClusterScoped = (kind: string): boolean => CLUSTER_SCOPED.has(kind);

/** `raw` has a string kind and apiVersion and a metadata object with a name (checked by the caller). */
export function normaliseObject(raw: JsonRecord, defaultNamespace = 'default'): KubeObject {
  const kind = String(raw.kind);
  const source = kind === 'Event' && String(raw.apiVersion).startsWith('events.k8s.io/') ? coreEvent(raw) : raw;
  const metadata = asRecord(source.metadata) ?? {};
  const namespaced = !isClusterScoped(kind);
  const meta = {
    ...metadata,
    name: String(metadata.name),
    ...(namespaced ? { namespace: asString(metadata.namespace) || defaultNamespace } : {}),
  };
  if (!namespaced) delete (meta as { namespace?: unknown }).namespace;
  const object: JsonRecord = { ...source, metadata: meta };
  if (kind === 'Event') numberField(object, 'count');
  if (kind === 'Pod' && isRecord(object.status)) object.status = podStatusNumbers(object.status);
  // Scenario and dump files are untrusted: their strings are cleaned once, here, for every screen and report.
  return sanitizeDeep(object) as KubeObject;
}

function coreEvent(raw: JsonRecord): JsonRecord {
  const series = asRecord(raw.series);
  const deprecatedSource = asRecord(raw.deprecatedSource);
  const eventTime = asString(raw.eventTime);
  const component = asString(raw.reportingController) ?? asString(deprecatedSource?.component);
  const host = asString(deprecatedSource?.host);
  const event: JsonRecord = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: raw.metadata,
    involvedObject: raw.regarding ?? {},
    reason: raw.reason,
    message: raw.note,
    type: raw.type,
    count: raw.deprecatedCount ?? series?.count ?? 1,
    firstTimestamp: asString(raw.deprecatedFirstTimestamp) ?? eventTime,
    lastTimestamp: asString(raw.deprecatedLastTimestamp) ?? asString(series?.lastObservedTime) ?? eventTime,
    source: { ...(component ? { component } : {}), ...(host ? { host } : {}) },
  };
  if (eventTime) event.eventTime = eventTime;
  if (raw.related) event.related = raw.related;
  if (raw.action) event.action = raw.action;
  if (raw.reportingInstance) event.reportingInstance = raw.reportingInstance;
  if (component) event.reportingComponent = component;
  return event;
}

function podStatusNumbers(status: JsonRecord): JsonRecord {
  const out: JsonRecord = { ...status };
  for (const key of ['containerStatuses', 'initContainerStatuses', 'ephemeralContainerStatuses']) {
    const list = out[key];
    if (!Array.isArray(list)) continue;
    out[key] = list.map((entry: unknown) => {
      if (!isRecord(entry)) return entry;
      const copy: JsonRecord = { ...entry };
      numberField(copy, 'restartCount');
      for (const stateKey of ['state', 'lastState']) {
        const state = asRecord(copy[stateKey]);
        const terminated = asRecord(state?.terminated);
        if (!state || !terminated) continue;
        const fixed: JsonRecord = { ...terminated };
        numberField(fixed, 'exitCode');
        numberField(fixed, 'signal');
        copy[stateKey] = { ...state, terminated: fixed };
      }
      return copy;
    });
  }
  return out;
}

function numberField(record: JsonRecord, key: string): void {
  const value = record[key];
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) record[key] = Number(value);
}
