// events.k8s.io/v1 is a view over the stored core/v1 events, converted the way the apiserver converts them.
import type { KubeEvent } from '../k8s/index.js';
import type { Entry } from './store.js';

const cache = new WeakMap<Entry, string>();

const microTime = (t: string | undefined): string | undefined => {
  if (!t) return undefined;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
};

export function eventV1(ev: KubeEvent): Record<string, unknown> {
  const drop = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
  return drop({
    kind: 'Event',
    apiVersion: 'events.k8s.io/v1',
    metadata: ev.metadata,
    eventTime: microTime(ev.eventTime) ?? microTime(ev.firstTimestamp) ?? null,
    series: ev['series'],
    reportingController: (ev['reportingComponent'] as string | undefined) || ev.source?.component,
    reportingInstance: (ev['reportingInstance'] as string | undefined) || ev.source?.host,
    action: ev['action'],
    reason: ev.reason,
    regarding: ev.involvedObject,
    related: ev['related'],
    note: ev.message,
    type: ev.type,
    deprecatedSource: ev.source,
    deprecatedFirstTimestamp: ev.firstTimestamp,
    deprecatedLastTimestamp: ev.lastTimestamp,
    deprecatedCount: ev.count,
  });
}

export function eventV1Json(entry: Entry): string {
  let json = cache.get(entry);
  if (json === undefined) cache.set(entry, (json = JSON.stringify(eventV1(entry.obj as KubeEvent))));
  return json;
}
