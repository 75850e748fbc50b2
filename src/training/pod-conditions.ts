// Pod conditions the kubelet keeps in step with its containers: Initialized, ContainersReady, Ready.
import type { Pod } from '../k8s/index.js';
import { rfc3339 } from './kubelet-events.js';

export type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
export type MPod = Mutable<Pod>;

export function refreshConditions(pod: MPod): void {
  const status = pod.status!;
  const all = [...(status.containerStatuses ?? [])];
  const ready = all.length > 0 && all.every((c) => c.ready);
  const initDone = (status.initContainerStatuses ?? []).every((c) => c.state?.terminated?.exitCode === 0);
  const set = (type: string, ok: boolean): void => {
    const conditions = (status.conditions ??= []);
    const value = ok ? 'True' : 'False';
    const c = conditions.find((x) => x.type === type);
    if (!c) conditions.push({ type, status: value, lastTransitionTime: rfc3339(Date.now()) });
    else if (c.status !== value) {
      c.status = value;
      c.lastTransitionTime = rfc3339(Date.now());
    }
  };
  if (!status.conditions?.length && !all.length) return;
  set('Initialized', initDone);
  set('ContainersReady', ready);
  set('Ready', ready);
}
