// The kubelet's own check before it creates a container: every non-optional ConfigMap/Secret an env var or
// envFrom refers to must exist (with the key). A failure is CreateContainerConfigError with the kubelet's
// wording, and the kubelet tries again later, so creating the missing object heals the pod without a restart.
import type { Container } from '../../k8s/index.js';
import type { World } from './world.js';

interface Ref {
  readonly name?: string;
  readonly key?: string;
  readonly optional?: boolean;
}

export function configError(container: Container, namespace: string, world: World): string | undefined {
  for (const env of container.env ?? []) {
    const from = (env as { valueFrom?: { configMapKeyRef?: Ref; secretKeyRef?: Ref } }).valueFrom;
    for (const [kind, ref] of [['ConfigMap', from?.configMapKeyRef], ['Secret', from?.secretKeyRef]] as const) {
      if (!ref || ref.optional) continue;
      const keys = world.keys(kind, namespace, ref.name ?? '');
      if (!keys) return `${kind.toLowerCase()} "${ref.name ?? ''}" not found`;
      if (ref.key && !keys.includes(ref.key)) return `couldn't find key ${ref.key} in ${kind} ${namespace}/${ref.name ?? ''}`;
    }
  }
  for (const src of container.envFrom ?? []) {
    const s = src as { configMapRef?: Ref; secretRef?: Ref };
    for (const [kind, ref] of [['ConfigMap', s.configMapRef], ['Secret', s.secretRef]] as const) {
      if (ref && !ref.optional && !world.keys(kind, namespace, ref.name ?? '')) return `${kind.toLowerCase()} "${ref.name ?? ''}" not found`;
    }
  }
  return undefined;
}
