// The analyzers' shared view of the pod: each container's spec and status side by side, and the failing
// container(s) chosen once, so every analyzer talks about the same container.
import type { Container, ContainerStatus, Pod } from '../k8s/index.js';
import { podStatusRow } from '../k8s/index.js';
import type { Evidence } from '../contracts/evidence.js';
import type { Finding } from '../contracts/diagnosis.js';

export interface ContainerView {
  readonly name: string;
  readonly init: boolean;
  /** A restartable init container (restartPolicy Always): a native sidecar. */
  readonly nativeSidecar: boolean;
  readonly spec?: Container;
  readonly status?: ContainerStatus;
}

export interface AnalyzerContext {
  /** The failing containers, most likely culprit first; empty for a healthy pod. */
  readonly failing: readonly ContainerView[];
  /** failing[0], or undefined. */
  readonly primary?: ContainerView;
  readonly all: readonly ContainerView[];
  /** kubectl's STATUS column for the pod. */
  readonly podStatus: string;
  /** Why the primary was chosen, one line. */
  readonly choice: string;
}

export type Analyzer = (evidence: Evidence, ctx: AnalyzerContext) => Finding[];

export function containerViews(pod: Pod): ContainerView[] {
  const status = pod.status ?? {};
  const views: ContainerView[] = [];
  const add = (specs: readonly Container[] | undefined, statuses: readonly ContainerStatus[] | undefined, init: boolean): void => {
    const byName = new Map((statuses ?? []).map((s) => [s.name, s] as const));
    for (const spec of specs ?? []) {
      const st = byName.get(spec.name);
      views.push({ name: spec.name, init, nativeSidecar: init && spec.restartPolicy === 'Always', spec, ...(st ? { status: st } : {}) });
      byName.delete(spec.name);
    }
    // A status without a spec (trimmed dumps): keep it rather than lose the evidence.
    for (const st of byName.values()) views.push({ name: st.name, init, nativeSidecar: false, status: st });
  };
  add(pod.spec.initContainers, status.initContainerStatuses, true);
  add(pod.spec.containers, status.containerStatuses, false);
  return views;
}

export function podStatusOf(pod: Pod, now: number): string {
  return podStatusRow(pod, now).status;
}
