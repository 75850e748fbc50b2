// The apiserver's rule for updating a running Pod: only images, activeDeadlineSeconds, added tolerations and
// terminationGracePeriodSeconds may change. `kubectl set resources pod/…` fails this way on a real cluster,
// which is why a fix belongs on the Deployment.
import type { Pod } from '../k8s/index.js';
import { canonicalJson } from './patch/index.js';

const REFUSED =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

function withoutMutable(pod: Pod): unknown {
  const spec = pod.spec as unknown as Record<string, unknown>;
  const images = (list: unknown): unknown => (Array.isArray(list) ? list.map((c: Record<string, unknown>) => ({ ...c, image: '' })) : list);
  const { activeDeadlineSeconds: _a, tolerations: _t, terminationGracePeriodSeconds: _g, ...rest } = spec;
  return { ...rest, containers: images(rest['containers']), initContainers: images(rest['initContainers']) };
}

/** The refusal message, or undefined when the change is allowed. */
export function podSpecChangeAllowed(before: Pod, after: Pod): string | undefined {
  return canonicalJson(withoutMutable(before)) === canonicalJson(withoutMutable(after)) ? undefined : REFUSED;
}
