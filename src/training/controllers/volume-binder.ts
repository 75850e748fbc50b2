// PersistentVolumeClaims: a Pending claim whose StorageClass exists is provisioned (a PersistentVolume named
// pvc-<claim uid> with the class's provisioner and reclaim policy) and bound, as an external provisioner and
// the persistentvolume-controller do; a claim naming a class that does not exist gets ProvisioningFailed
// with the controller's wording and stays Pending until the class appears. WaitForFirstConsumer classes
// provision once a pod uses the claim. A claim without a class takes the default class.
import { randomUUID } from 'node:crypto';
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import type { ObjectStore } from '../store.js';
import { controllerEvent } from './controller-events.js';

interface ClaimSpec {
  storageClassName?: string | null;
  volumeName?: string;
  accessModes?: string[];
  volumeMode?: string;
  resources?: { requests?: Record<string, string> };
}

interface ClassLike extends KubeObject {
  readonly provisioner?: string;
  readonly reclaimPolicy?: string;
  readonly volumeBindingMode?: string;
}

const COMPONENT = 'persistentvolume-controller';
const stamp = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The claims a pod mounts, by name. */
export function claimNames(pod: Pod): string[] {
  return (pod.spec.volumes ?? []).flatMap((v) => {
    const claim = (v as { persistentVolumeClaim?: { claimName?: string } }).persistentVolumeClaim?.claimName;
    return claim ? [claim] : [];
  });
}

export function claimClass(store: ObjectStore, pvc: KubeObject): { name: string; cls: ClassLike | undefined } {
  const spec = (pvc['spec'] ?? {}) as ClaimSpec;
  let name = spec.storageClassName ?? undefined;
  if (name === undefined) {
    for (const e of store.all('storageclasses')) {
      if (e.obj.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true') name = e.obj.metadata.name;
    }
  }
  return { name: name ?? '', cls: name ? (store.get('storageclasses', undefined, name)?.obj as ClassLike | undefined) : undefined };
}

export const isBound = (pvc: KubeObject): boolean => ((pvc['status'] ?? {}) as { phase?: string }).phase === 'Bound';

function usedByPod(state: ClusterState, pvc: KubeObject): boolean {
  for (const e of state.store.all('pods')) {
    const p = e.obj as Pod;
    if (p.metadata.namespace === pvc.metadata.namespace && !p.metadata.deletionTimestamp && claimNames(p).includes(pvc.metadata.name)) return true;
  }
  return false;
}

export function reconcileClaim(state: ClusterState, pvc: KubeObject): void {
  if (isBound(pvc) || pvc.metadata.deletionTimestamp) return;
  const spec = (pvc['spec'] ?? {}) as ClaimSpec;
  const { name, cls } = claimClass(state.store, pvc);
  // No class at all: only a pre-made volume could bind it, and none is offered here.
  if (!name) return;
  if (!cls) {
    controllerEvent(state.store, pvc, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${name}" not found`, COMPONENT);
    return;
  }
  if (cls.volumeBindingMode === 'WaitForFirstConsumer' && !usedByPod(state, pvc)) {
    controllerEvent(state.store, pvc, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', COMPONENT);
    return;
  }
  const ns = pvc.metadata.namespace ?? 'default';
  const volume = spec.volumeName ?? `pvc-${pvc.metadata.uid ?? ''}`;
  const storage = spec.resources?.requests?.['storage'] ?? '1Gi';
  const provisioner = cls.provisioner ?? 'kubernetes.io/no-provisioner';
  controllerEvent(state.store, pvc, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${ns}/${pvc.metadata.name}"`, `${provisioner}`);
  if (!state.store.get('persistentvolumes', undefined, volume)) {
    state.store.put('persistentvolumes', {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: volume, uid: randomUUID(), creationTimestamp: stamp(), annotations: { 'pv.kubernetes.io/provisioned-by': provisioner }, finalizers: ['kubernetes.io/pv-protection'] },
      spec: {
        accessModes: spec.accessModes ?? ['ReadWriteOnce'],
        capacity: { storage },
        claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: pvc.metadata.name, namespace: ns, uid: pvc.metadata.uid },
        csi: { driver: provisioner, volumeHandle: volume, fsType: 'ext4' },
        persistentVolumeReclaimPolicy: cls.reclaimPolicy ?? 'Delete',
        storageClassName: name,
        volumeMode: spec.volumeMode ?? 'Filesystem',
      },
      status: { phase: 'Bound' },
    } as KubeObject);
  }
  controllerEvent(state.store, pvc, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${volume}`, provisioner);
  state.store.put('persistentvolumeclaims', {
    ...pvc,
    metadata: { ...pvc.metadata, annotations: { ...(pvc.metadata.annotations ?? {}), 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes', 'volume.kubernetes.io/storage-provisioner': provisioner } },
    spec: { ...spec, storageClassName: name, volumeName: volume },
    status: { phase: 'Bound', accessModes: spec.accessModes ?? ['ReadWriteOnce'], capacity: { storage } },
  });
}
