// Events as the kubelet records them: one object per (pod, container, reason), whose count and lastTimestamp
// grow on every repeat, reusing the scenario's own events so describe shows one growing history.
import { randomBytes } from 'node:crypto';
import type { KubeEvent, Pod } from '../k8s/index.js';
import type { ObjectStore } from './store.js';

export const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class EventRecorder {
  private readonly index = new Map<string, string>();
  private readonly indexedPods = new Set<string>();

  constructor(private readonly store: ObjectStore) {}

  private indexPod(pod: Pod): void {
    const uid = pod.metadata.uid ?? '';
    if (this.indexedPods.has(uid)) return;
    this.indexedPods.add(uid);
    const ns = pod.metadata.namespace ?? 'default';
    for (const e of this.store.list('events', { namespace: ns }).entries) {
      const ev = e.obj as KubeEvent;
      if (ev.involvedObject.uid !== uid) continue;
      const k = `${uid}|${ev.involvedObject.fieldPath ?? ''}|${ev.reason ?? ''}`;
      if (!this.index.has(k)) this.index.set(k, ev.metadata.name);
    }
  }

  record(pod: Pod, fieldPath: string, type: 'Normal' | 'Warning', reason: string, message: string, now: number, component = 'kubelet'): void {
    this.indexPod(pod);
    const uid = pod.metadata.uid ?? '';
    const ns = pod.metadata.namespace ?? 'default';
    const k = `${uid}|${fieldPath}|${reason}`;
    const existing = this.index.get(k);
    const entry = existing ? this.store.get('events', ns, existing) : undefined;
    const stamp = rfc3339(now);
    if (entry) {
      const ev = entry.obj as KubeEvent;
      this.store.put('events', { ...ev, count: (ev.count ?? 1) + 1, lastTimestamp: stamp, message: ev.message ?? message });
      return;
    }
    const name = `${pod.metadata.name}.${randomBytes(8).toString('hex')}`;
    const host = pod.spec.nodeName ?? '';
    const ev: KubeEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ns, uid: randomBytes(16).toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'), creationTimestamp: stamp },
      involvedObject: { kind: 'Pod', namespace: ns, name: pod.metadata.name, uid, apiVersion: 'v1', ...(fieldPath ? { fieldPath } : {}) },
      reason,
      message,
      type,
      count: 1,
      firstTimestamp: stamp,
      lastTimestamp: stamp,
      source: { component, ...(host && component === 'kubelet' ? { host } : {}) },
      reportingComponent: component,
      reportingInstance: component === 'kubelet' ? host : '',
    };
    this.store.put('events', ev);
    this.index.set(k, name);
  }
}
