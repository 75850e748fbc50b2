// DaemonSet: one pod per Ready node that matches its nodeSelector, pinned to that node; a deleted one comes
// back; a changed template rolls the pods (RollingUpdate; OnDelete leaves them); status counts
// desired/current/ready as `kubectl get ds` reads them.
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { createPod } from '../write-objects.js';
import { isPodReady, isTerminating, ownedBy, randomSuffix } from './owned.js';
import { podFromTemplate } from './replicaset-controller.js';
import { templateHash } from './template-hash.js';

const REVISION = 'controller-revision-hash';

export function reconcileDaemonSet(state: ClusterState, ds: KubeObject, scalePods: boolean, templateChanged = false): void {
  const spec = (ds['spec'] ?? {}) as { template?: { metadata?: { labels?: Record<string, string> }; spec?: Pod['spec'] }; updateStrategy?: { type?: string } };
  const revision = templateHash(spec.template ?? {});
  const selector = spec.template?.spec?.nodeSelector ?? {};
  const nodes = [...state.store.all('nodes')].map((e) => e.obj).filter((n) => Object.entries(selector).every(([k, v]) => n.metadata.labels?.[k] === v));
  const pods = () => (ownedBy(state.store, 'pods', ds) as Pod[]).filter((p) => !isTerminating(p));
  if (scalePods && templateChanged && spec.updateStrategy?.type !== 'OnDelete') rollOutdated(state, pods(), revision);
  if (scalePods) {
    for (const node of nodes) {
      if (pods().some((p) => p.spec.nodeName === node.metadata.name)) continue;
      const template = { ...spec.template, metadata: { ...(spec.template?.metadata ?? {}), labels: { ...(spec.template?.metadata?.labels ?? {}), [REVISION]: revision } } };
      const pod = podFromTemplate(ds, template, `${ds.metadata.name}-${randomSuffix()}`);
      if (!pod.spec.containers?.length) break;
      createPod(state, { ...pod, spec: { ...pod.spec, nodeName: node.metadata.name } });
    }
  }
  const current = pods();
  const ready = current.filter(isPodReady).length;
  const old = (ds['status'] ?? {}) as Record<string, unknown>;
  const next = { ...old, desiredNumberScheduled: nodes.length, currentNumberScheduled: current.length, numberReady: ready, updatedNumberScheduled: current.length, numberAvailable: ready, numberMisscheduled: 0, observedGeneration: ds.metadata.generation ?? 1 };
  if (canonicalJson(next) === canonicalJson(old)) return;
  const entry = state.store.get('daemonsets', ds.metadata.namespace, ds.metadata.name);
  if (entry) state.store.put('daemonsets', { ...entry.obj, status: next });
}

/**
 * Replaces pods of an older template. Pods that are not Ready go at once (they serve nothing); of the Ready
 * ones, one per pass, as maxUnavailable 1 does: the next pass comes when a pod changes.
 */
function rollOutdated(state: ClusterState, pods: readonly Pod[], revision: string): void {
  const outdated = pods.filter((p) => p.metadata.labels?.[REVISION] !== revision);
  const unready = outdated.filter((p) => !isPodReady(p));
  const ready = outdated.filter(isPodReady);
  const anyNewUnready = pods.some((p) => p.metadata.labels?.[REVISION] === revision && !isPodReady(p));
  for (const p of [...unready, ...(anyNewUnready ? [] : ready.slice(0, 1))]) state.kubelet.deletePod(p, undefined);
}
