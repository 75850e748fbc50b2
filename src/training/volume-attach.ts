// The attach/detach controller's one rule that matters for a rolling update: a ReadWriteOnce volume is
// attached to one node at a time. A pod on another node waits in ContainerCreating (FailedAttachVolume
// "Multi-Attach error") until every pod holding it there is gone; pods on the same node share it, and
// ReadWriteMany/ReadOnlyMany claims attach anywhere. Reads the store only.
import type { KubeObject, Pod } from '../k8s/index.js';
import { claimNames } from './controllers/volume-binder.js';
import type { ObjectStore } from './store.js';

export interface AttachBlock {
  /** The PersistentVolume's name, as the event names it. */
  readonly volume: string;
  /** The pod's volume (spec.volumes[].name) that mounts it. */
  readonly podVolume: string;
  readonly holders: readonly string[];
}

/** A pod holds its volumes once its containers have run (or it has left Pending). */
function holdsVolumes(p: Pod): boolean {
  if (p.status?.phase && p.status.phase !== 'Pending') return true;
  return [...(p.status?.containerStatuses ?? []), ...(p.status?.initContainerStatuses ?? [])].some((s) => s.state?.running || s.state?.terminated || s.lastState?.terminated);
}

export function attachBlocker(store: ObjectStore, pod: Pod): AttachBlock | undefined {
  const ns = pod.metadata.namespace;
  for (const v of pod.spec.volumes ?? []) {
    const claimName = (v as { persistentVolumeClaim?: { claimName?: string } }).persistentVolumeClaim?.claimName;
    if (!claimName) continue;
    const pvc = store.get('persistentvolumeclaims', ns, claimName)?.obj as (KubeObject & { spec?: { accessModes?: string[]; volumeName?: string } }) | undefined;
    const modes = pvc?.spec?.accessModes ?? [];
    if (!pvc || !modes.includes('ReadWriteOnce') || modes.some((m) => m === 'ReadWriteMany' || m === 'ReadOnlyMany')) continue;
    const holders: string[] = [];
    for (const e of store.all('pods')) {
      const other = e.obj as Pod;
      if (other.metadata.namespace !== ns || other.metadata.uid === pod.metadata.uid || !other.spec.nodeName || other.spec.nodeName === pod.spec.nodeName) continue;
      if (claimNames(other).includes(claimName) && holdsVolumes(other)) holders.push(other.metadata.name);
    }
    if (holders.length) return { volume: pvc.spec?.volumeName ?? claimName, podVolume: v.name, holders };
  }
  return undefined;
}

/** The kubelet's wording after it has waited for the volume (two minutes). */
export function mountTimeout(pod: Pod, block: AttachBlock): string {
  const all = (pod.spec.volumes ?? []).map((v) => v.name).sort();
  return `Unable to attach or mount volumes: unmounted volumes=[${block.podVolume}], unattached volumes=[${all.join(' ')}]: timed out waiting for the condition`;
}
