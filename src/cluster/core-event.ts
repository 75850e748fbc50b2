// events.k8s.io/v1 Events (regarding, note, deprecatedCount…) in the core/v1 shape every analyzer reads.
import type { KubeEvent, KubeObject } from '../k8s/index.js';

export function toCoreEvent(obj: KubeObject): KubeEvent {
  if ('involvedObject' in obj) return obj as KubeEvent;
  const o = obj as KubeObject & {
    regarding?: KubeEvent['involvedObject'];
    note?: string;
    reason?: string;
    type?: string;
    deprecatedCount?: number;
    deprecatedFirstTimestamp?: string;
    deprecatedLastTimestamp?: string;
    eventTime?: string;
    series?: { count?: number; lastObservedTime?: string };
    reportingController?: string;
    deprecatedSource?: { component?: string; host?: string };
  };
  const lastTimestamp = o.series?.lastObservedTime ?? o.deprecatedLastTimestamp ?? o.eventTime;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: o.metadata,
    involvedObject: o.regarding ?? {},
    ...(o.reason !== undefined ? { reason: o.reason } : {}),
    ...(o.note !== undefined ? { message: o.note } : {}),
    ...(o.type !== undefined ? { type: o.type } : {}),
    count: o.series?.count ?? o.deprecatedCount ?? 1,
    ...(o.deprecatedFirstTimestamp ?? o.eventTime ? { firstTimestamp: (o.deprecatedFirstTimestamp ?? o.eventTime)! } : {}),
    ...(lastTimestamp ? { lastTimestamp } : {}),
    ...(o.eventTime ? { eventTime: o.eventTime } : {}),
    ...(o.deprecatedSource ?? o.reportingController ? { source: o.deprecatedSource ?? { component: o.reportingController! } } : {}),
  };
}
