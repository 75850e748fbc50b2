// Events a controller records about the object it manages (a CronJob's SuccessfulCreate, a claim's
// ProvisioningFailed), in core/v1 form: `kubectl describe` and `kubectl get events` read them like a cluster's.
import { randomBytes, randomUUID } from 'node:crypto';
import type { KubeEvent, KubeObject } from '../../k8s/index.js';
import type { ObjectStore } from '../store.js';

const stamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Records the event, or counts it again when the same object already has one with this reason and message. */
export function controllerEvent(store: ObjectStore, obj: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string, now = Date.now()): void {
  const ns = obj.metadata.namespace ?? 'default';
  for (const e of store.all('events')) {
    const ev = e.obj as KubeEvent;
    if (ev.metadata.namespace !== ns || ev.involvedObject.uid !== obj.metadata.uid || ev.reason !== reason || ev.message !== message) continue;
    store.put('events', { ...ev, count: (ev.count ?? 1) + 1, lastTimestamp: stamp(now) });
    return;
  }
  const ev: KubeEvent = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${obj.metadata.name}.${randomBytes(8).toString('hex')}`, namespace: ns, uid: randomUUID(), creationTimestamp: stamp(now) },
    involvedObject: { kind: obj.kind ?? '', namespace: ns, name: obj.metadata.name, uid: obj.metadata.uid ?? '', apiVersion: obj.apiVersion ?? 'v1' },
    reason,
    message,
    type,
    count: 1,
    firstTimestamp: stamp(now),
    lastTimestamp: stamp(now),
    source: { component },
    reportingComponent: component,
    reportingInstance: '',
  };
  store.put('events', ev);
}
