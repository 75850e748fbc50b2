// StatefulSet: pods named <set>-0 … <set>-(n-1), created in order and removed from the highest ordinal, a
// deleted one recreated under the same name, each with its own claims from volumeClaimTemplates (created when
// missing, never changed: a claim outlives its pod); status counts them as `kubectl get sts` reads it.
import { randomUUID } from 'node:crypto';
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { createPod } from '../write-objects.js';
import { isPodReady, isTerminating, ownedBy } from './owned.js';
import { podFromTemplate } from './replicaset-controller.js';

export function reconcileStatefulSet(state: ClusterState, sts: KubeObject, scalePods: boolean): void {
  const spec = (sts['spec'] ?? {}) as { replicas?: number; template?: { metadata?: { labels?: Record<string, string> }; spec?: Pod['spec'] }; volumeClaimTemplates?: ClaimTemplate[] };
  const want = spec.replicas ?? 1;
  const ns = sts.metadata.namespace;
  const name = sts.metadata.name;
  if (scalePods) {
    for (let i = 0; i < want; i++) {
      const podName = `${name}-${i}`;
      if (state.store.get('pods', ns, podName)) continue;
      const labels = { ...(spec.template?.metadata?.labels ?? {}), 'statefulset.kubernetes.io/pod-name': podName, 'apps.kubernetes.io/pod-index': String(i) };
      const pod = podFromTemplate(sts, { ...spec.template, metadata: { ...(spec.template?.metadata ?? {}), labels } }, podName);
      const claims = (spec.volumeClaimTemplates ?? []).map((t) => ensureClaim(state, sts, t, podName));
      const volumes = [...(pod.spec.volumes ?? []).filter((v) => !claims.some((c) => c.volume === v.name)), ...claims.map((c) => ({ name: c.volume, persistentVolumeClaim: { claimName: c.claim } }))];
      createPod(state, { ...pod, metadata: { ...pod.metadata, generateName: `${name}-` }, spec: { ...pod.spec, hostname: podName, ...(volumes.length ? { volumes } : {}) } as Pod['spec'] });
    }
    for (const p of ownedBy(state.store, 'pods', sts) as Pod[]) {
      const ordinal = Number(p.metadata.name.slice(name.length + 1));
      if (Number.isInteger(ordinal) && ordinal >= want && !isTerminating(p)) state.kubelet.deletePod(p, undefined);
    }
  }
  const pods = (ownedBy(state.store, 'pods', sts) as Pod[]).filter((p) => !isTerminating(p));
  const ready = pods.filter(isPodReady).length;
  const old = (sts['status'] ?? {}) as Record<string, unknown>;
  const next: Record<string, unknown> = { ...old, observedGeneration: sts.metadata.generation ?? 1, replicas: pods.length, currentReplicas: pods.length, updatedReplicas: pods.length, readyReplicas: ready, availableReplicas: ready };
  if (canonicalJson(next) === canonicalJson(old)) return;
  const current = state.store.get('statefulsets', ns, name);
  if (current) state.store.put('statefulsets', { ...current.obj, status: next });
}

interface ClaimTemplate {
  metadata?: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
}

/** The claim `<template>-<pod>`, created from the template when it does not exist yet. */
function ensureClaim(state: ClusterState, sts: KubeObject, t: ClaimTemplate, podName: string): { volume: string; claim: string } {
  const volume = t.metadata?.name ?? 'data';
  const claim = `${volume}-${podName}`;
  const ns = sts.metadata.namespace;
  if (!state.store.get('persistentvolumeclaims', ns, claim)) {
    const selector = ((sts['spec'] ?? {}) as { selector?: { matchLabels?: Record<string, string> } }).selector?.matchLabels ?? {};
    state.store.put('persistentvolumeclaims', {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: claim, namespace: ns ?? 'default', uid: randomUUID(), creationTimestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        labels: { ...selector, ...(t.metadata?.labels ?? {}) },
        ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
        finalizers: ['kubernetes.io/pvc-protection'],
      },
      spec: structuredClone(t.spec ?? {}),
      status: { phase: 'Pending' },
    });
  }
  return { volume, claim };
}
