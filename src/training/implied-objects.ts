// A scenario shows pods whose containers ran, so the ConfigMaps and Secrets their environment refers to
// existed when it was recorded, even if the scenario does not ship them. They are added (with placeholder
// values, labelled) so that the kubelet's config check agrees with the evidence; a container that never ran
// (CreateContainerConfigError) implies nothing, and the lesson about a missing object keeps its gap.
import type { KubeObject, Pod } from '../k8s/index.js';

export const IMPLIED_LABEL = 'training.crashcourse.dev/implied';

interface Ref { readonly name?: string; readonly key?: string; readonly optional?: boolean }

function ran(pod: Pod, name: string): boolean {
  const cs = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((c) => c.name === name);
  return Boolean(cs && (cs.state?.running || cs.state?.terminated || cs.lastState?.terminated || cs.restartCount > 0));
}

export function impliedObjects(objects: readonly { storage: string; obj: KubeObject }[], stamp: string): { storage: string; obj: KubeObject }[] {
  const wanted = new Map<string, { storage: 'configmaps' | 'secrets'; namespace: string; name: string; keys: Set<string> }>();
  const want = (storage: 'configmaps' | 'secrets', namespace: string, ref: Ref | undefined): void => {
    if (!ref?.name || ref.optional) return;
    const k = `${storage}/${namespace}/${ref.name}`;
    const w = wanted.get(k) ?? { storage, namespace, name: ref.name, keys: new Set<string>() };
    if (ref.key) w.keys.add(ref.key);
    wanted.set(k, w);
  };
  for (const { storage, obj } of objects) {
    if (storage !== 'pods') continue;
    const pod = obj as Pod;
    const ns = pod.metadata.namespace ?? 'default';
    for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
      if (!ran(pod, c.name)) continue;
      for (const e of c.env ?? []) {
        const from = (e as { valueFrom?: { configMapKeyRef?: Ref; secretKeyRef?: Ref } }).valueFrom;
        want('configmaps', ns, from?.configMapKeyRef);
        want('secrets', ns, from?.secretKeyRef);
      }
      for (const src of c.envFrom ?? []) {
        const s = src as { configMapRef?: Ref; secretRef?: Ref };
        want('configmaps', ns, s.configMapRef);
        want('secrets', ns, s.secretRef);
      }
    }
  }
  const out: { storage: string; obj: KubeObject }[] = [];
  for (const w of wanted.values()) {
    const existing = objects.find((o) => o.storage === w.storage && o.obj.metadata.namespace === w.namespace && o.obj.metadata.name === w.name);
    if (existing) continue;
    const secret = w.storage === 'secrets';
    const data = Object.fromEntries([...w.keys].map((k) => [k, secret ? Buffer.from('training-placeholder').toString('base64') : 'training-placeholder']));
    out.push({
      storage: w.storage,
      obj: {
        apiVersion: 'v1',
        kind: secret ? 'Secret' : 'ConfigMap',
        metadata: { name: w.name, namespace: w.namespace, creationTimestamp: stamp, labels: { [IMPLIED_LABEL]: 'true' } },
        ...(secret ? { type: 'Opaque' } : {}),
        data,
      },
    });
  }
  return out;
}
