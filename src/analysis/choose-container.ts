// Which container is actually failing. A restarting sidecar (istio-proxy, linkerd-proxy, …) is rarely the
// culprit; an init container is, while the pod is still `Init:`; among app containers the one in back-off or
// terminated non-zero with the most recent finish wins.
import { userError } from '../i18n/user-error.js';
import type { Pod } from '../k8s/index.js';
import type { ContainerView } from './context.js';

const SIDECAR_NAMES = /^(istio-proxy|istio-init|linkerd-proxy|linkerd-init|envoy|envoy-sidecar|vault-agent|vault-agent-init|cloud-sql-proxy|cloudsql-proxy|datadog-agent|fluent-bit|fluentd|filebeat|otel-collector|oauth2-proxy|consul-connect-envoy.*|aws-xray-daemon|kube-rbac-proxy|dapr.*|.*-sidecar)$/;

export const looksLikeSidecar = (name: string): boolean => SIDECAR_NAMES.test(name);

const BAD_WAITING = /CrashLoopBackOff|Error|ErrImagePull|ImagePullBackOff|InvalidImageName|CreateContainerConfigError|CreateContainerError|RunContainerError|StartError|ContainerCannotRun|ErrImageNeverPull/;

/** How badly a container is failing now: 0 = not at all. */
export function failureScore(v: ContainerView): number {
  const st = v.status;
  if (!st) return 0;
  const waiting = st.state?.waiting?.reason ?? '';
  const term = st.state?.terminated;
  if (waiting === 'CrashLoopBackOff') return 5;
  if (term && term.exitCode !== 0) return 5;
  if (BAD_WAITING.test(waiting)) return 4;
  if (term && term.exitCode === 0 && v.init) return 0;
  if (term && term.exitCode === 0) return st.restartCount > 0 ? 3 : 0;
  if (st.restartCount > 0 && st.lastState?.terminated) return 2;
  if (waiting && waiting !== 'PodInitializing' && waiting !== 'ContainerCreating') return 1;
  return 0;
}

const lastFinish = (v: ContainerView): number => {
  const t = v.status?.state?.terminated?.finishedAt ?? v.status?.lastState?.terminated?.finishedAt;
  const ms = t ? Date.parse(t) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
};

export interface Choice {
  readonly failing: readonly ContainerView[];
  readonly why: string;
}

export function chooseFailing(pod: Pod, views: readonly ContainerView[], podStatus: string, explicit?: string): Choice {
  const rank = (list: ContainerView[]): ContainerView[] =>
    list.sort((a, b) =>
      failureScore(b) - failureScore(a) ||
      Number(looksLikeSidecar(a.name)) - Number(looksLikeSidecar(b.name)) ||
      lastFinish(b) - lastFinish(a) ||
      (b.status?.restartCount ?? 0) - (a.status?.restartCount ?? 0));

  if (explicit) {
    const named = views.find((v) => v.name === explicit);
    if (!named) {
      const names = views.map((v) => v.name).join(', ');
      throw userError('scenario.container.notFound', { container: explicit, pod: `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`, names });
    }
    const others = rank(views.filter((v) => v !== named && failureScore(v) > 0));
    return { failing: [named, ...others], why: `container ${explicit} was named with --container` };
  }

  if (podStatus.startsWith('Init:')) {
    // Init containers run in order: the first one that has not completed is the one holding the pod.
    const stuck = views.find((v) => v.init && !v.nativeSidecar && v.status?.state?.terminated?.exitCode !== 0);
    if (stuck) return { failing: [stuck], why: `the pod is ${podStatus}: init container ${stuck.name} has not completed` };
  }

  const failing = rank(views.filter((v) => failureScore(v) > 0));
  if (failing.length > 0) {
    const first = failing[0]!;
    const sidecarsPassed = failing.filter((v) => looksLikeSidecar(v.name) && v !== first).map((v) => v.name);
    const why = sidecarsPassed.length > 0
      ? `${first.name} is failing; ${sidecarsPassed.join(', ')} restarting too is a sidecar and rarely the cause`
      : `${first.name} is the container that fails`;
    return { failing, why };
  }

  // Nothing has a failing status: if no container ever started, the first app container is the one waiting.
  const neverStarted = (pod.status?.containerStatuses ?? []).length === 0 && pod.status?.phase === 'Pending';
  if (neverStarted) {
    const first = views.find((v) => !v.init) ?? views[0];
    if (first) return { failing: [first], why: `no container has started yet; ${first.name} is the first it would run` };
  }
  const waiting = views.find((v) => v.status?.state?.waiting && !v.status.state.running);
  if (waiting) return { failing: [waiting], why: `${waiting.name} is waiting (${waiting.status?.state?.waiting?.reason ?? 'no reason'})` };
  return { failing: [], why: 'no container is failing' };
}
