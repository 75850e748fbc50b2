// Deployment: one ReplicaSet per distinct pod template (named by its hash, numbered by revision). A
// RollingUpdate moves pods from the old ReplicaSets to the newest within the strategy's maxSurge and
// maxUnavailable (rolling-update.ts), so a fix that does not work leaves the old pods serving as far as
// maxUnavailable allows. Status follows the ReplicaSets, so `kubectl rollout status` and `rollout undo` read
// what they expect. Strategy Recreate scales the old ReplicaSets to zero first and starts the new pods only
// once every old pod is gone.
import { randomUUID } from 'node:crypto';
import type { KubeObject } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { ownedBy, ownerRef } from './owned.js';
import { reconcileReplicaSet } from './replicaset-controller.js';
import { fenceposts, newReplicaSetTarget, oldReplicaSetTargets, type ReplicaSetCounts, type RollingUpdateSpec } from './rolling-update.js';
import { templateHash, withoutHashLabel } from './template-hash.js';

const REVISION = 'deployment.kubernetes.io/revision';

interface DeploymentSpec {
  replicas?: number;
  template?: Record<string, unknown> & { metadata?: { labels?: Record<string, string> } };
  selector?: { matchLabels?: Record<string, string> };
  revisionHistoryLimit?: number;
  paused?: boolean;
  strategy?: { type?: string; rollingUpdate?: RollingUpdateSpec };
  minReadySeconds?: number;
  progressDeadlineSeconds?: number;
}

const revisionOf = (o: KubeObject): number => Number(o.metadata.annotations?.[REVISION] ?? 0) || 0;
const nowText = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const specOf = (o: KubeObject): { replicas?: number; template?: Record<string, unknown> } => (o['spec'] ?? {}) as { replicas?: number; template?: Record<string, unknown> };

function putSpec(state: ClusterState, rs: KubeObject, replicas: number, extra: Record<string, string> = {}): KubeObject {
  const current = state.store.get('replicasets', rs.metadata.namespace, rs.metadata.name)?.obj ?? rs;
  const annotations = { ...(current.metadata.annotations ?? {}), ...extra };
  if (specOf(current).replicas === replicas && canonicalJson(annotations) === canonicalJson(current.metadata.annotations ?? {})) return current;
  const generation = specOf(current).replicas === replicas ? current.metadata.generation : (current.metadata.generation ?? 1) + 1;
  return state.store.put('replicasets', {
    ...current,
    metadata: { ...current.metadata, annotations, ...(generation !== undefined ? { generation } : {}) },
    spec: { ...specOf(current), replicas },
  }).obj;
}

/** `speed`: the cluster's --speed, by which minReadySeconds and progressDeadlineSeconds pass faster. */
export function reconcileDeployment(state: ClusterState, deploy: KubeObject, speed = 1): void {
  const spec = (deploy['spec'] ?? {}) as DeploymentSpec;
  const want = spec.replicas ?? 1;
  const template = spec.template ?? {};
  const all = ownedBy(state.store, 'replicasets', deploy);
  // A scenario's ReplicaSets may name their owner with a uid of their own; `rollout undo` needs them to match.
  for (const rs of all) {
    const refs = rs.metadata.ownerReferences ?? [];
    if (refs.some((r) => r.kind === 'Deployment' && r.uid !== deploy.metadata.uid)) {
      state.store.put('replicasets', { ...rs, metadata: { ...rs.metadata, ownerReferences: [ownerRef(deploy)] } });
    }
  }
  const target = canonicalJson(withoutHashLabel(template));
  let newest = all.find((rs) => canonicalJson(withoutHashLabel(specOf(rs).template)) === target);
  const maxRevision = Math.max(0, ...all.map(revisionOf));
  if (spec.paused) return;
  const rolling = spec.strategy?.type !== 'Recreate';
  const { surge, unavailable } = rolling ? fenceposts(spec.strategy?.rollingUpdate, want) : { surge: 0, unavailable: want };
  if (!newest) {
    const hash = templateHash(template);
    const labels = { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash };
    const name = `${deploy.metadata.name}-${hash}`;
    newest = state.store.put('replicasets', {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name,
        namespace: deploy.metadata.namespace ?? 'default',
        uid: randomUUID(),
        creationTimestamp: nowText(),
        generation: 1,
        labels,
        annotations: { [REVISION]: String(maxRevision + 1), 'deployment.kubernetes.io/desired-replicas': String(want), 'deployment.kubernetes.io/max-replicas': String(want + surge) },
        ownerReferences: [ownerRef(deploy)],
      },
      spec: {
        replicas: 0,
        ...(spec.minReadySeconds ? { minReadySeconds: spec.minReadySeconds } : {}),
        selector: { matchLabels: { ...(spec.selector?.matchLabels ?? {}), 'pod-template-hash': hash } },
        template: { ...template, metadata: { ...(template.metadata ?? {}), labels } },
      },
      status: { replicas: 0 },
    }).obj;
  } else if (revisionOf(newest) < maxRevision) {
    newest = putSpec(state, newest, specOf(newest).replicas ?? 0, { [REVISION]: String(maxRevision + 1) });
  }
  if (spec.strategy?.type === 'Recreate') {
    const olds = all.filter((rs) => rs.metadata.name !== newest!.metadata.name);
    for (const rs of olds) if ((specOf(rs).replicas ?? 0) > 0) reconcileReplicaSet(state, putSpec(state, rs, 0), true, speed);
    if (olds.some((rs) => ownedBy(state.store, 'pods', rs).length)) return writeStatus(state, deploy, newest, speed);
  }
  const fresh = (rs: KubeObject): KubeObject => state.store.get('replicasets', rs.metadata.namespace, rs.metadata.name)?.obj ?? rs;
  // The old ReplicaSets' availability as their pods have it now, not as a snapshot recorded it.
  for (const rs of all) if (rs.metadata.name !== newest.metadata.name) reconcileReplicaSet(state, fresh(rs), false, speed);
  const olds = all.filter((rs) => rs.metadata.name !== newest!.metadata.name).map(fresh);
  const counts = (rs: KubeObject): ReplicaSetCounts => ({
    name: rs.metadata.name,
    replicas: specOf(rs).replicas ?? 0,
    available: Number((rs['status'] as { availableReplicas?: number } | undefined)?.availableReplicas ?? 0),
    created: rs.metadata.creationTimestamp ?? '',
  });
  const newTarget = rolling ? newReplicaSetTarget(want, surge, [...olds, newest].map(counts), counts(newest)) : want;
  newest = putSpec(state, newest, newTarget);
  reconcileReplicaSet(state, newest, true, speed);
  if (rolling) {
    const targets = oldReplicaSetTargets(want, unavailable, olds.map(counts), counts(fresh(newest)));
    for (const rs of olds) {
      const target = targets.get(rs.metadata.name);
      if (target !== undefined && target !== specOf(rs).replicas) reconcileReplicaSet(state, putSpec(state, rs, target), true, speed);
    }
  }
  pruneHistory(state, deploy, spec.revisionHistoryLimit ?? 10, newest.metadata.name);
  writeStatus(state, deploy, fresh(newest), speed);
}

function pruneHistory(state: ClusterState, deploy: KubeObject, limit: number, keep: string): void {
  const idle = ownedBy(state.store, 'replicasets', deploy)
    .filter((rs) => rs.metadata.name !== keep && (specOf(rs).replicas ?? 0) === 0 && !ownedBy(state.store, 'pods', rs).length)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) state.store.remove('replicasets', rs.metadata.namespace, rs.metadata.name);
}

/** `judgeDeadline`: false for a snapshot's Deployment nothing has written yet, whose recorded condition stands. */
export function writeStatus(state: ClusterState, deploy: KubeObject, newest: KubeObject | undefined, speed = 1, judgeDeadline = true): void {
  const current = state.store.get('deployments', deploy.metadata.namespace, deploy.metadata.name)?.obj;
  if (!current) return;
  const sets = ownedBy(state.store, 'replicasets', current);
  const st = (o: KubeObject): { replicas?: number; readyReplicas?: number; availableReplicas?: number } => (o['status'] ?? {}) as never;
  const sum = (f: (o: KubeObject) => number): number => sets.reduce((n, o) => n + f(o), 0);
  const want = specOf(current).replicas ?? 1;
  const replicas = sum((o) => st(o).replicas ?? 0);
  const ready = sum((o) => st(o).readyReplicas ?? 0);
  const available = sum((o) => st(o).availableReplicas ?? 0);
  const updated = newest ? st(state.store.get('replicasets', newest.metadata.namespace, newest.metadata.name)?.obj ?? newest).replicas ?? 0 : 0;
  const complete = updated === want && replicas === want && available >= want;
  // Available once replicas - maxUnavailable pods are (MinimumReplicasAvailable), as the controller judges it.
  const strategy = ((current['spec'] ?? {}) as DeploymentSpec).strategy;
  const minAvailable = strategy?.type === 'Recreate' ? want : want - fenceposts(strategy?.rollingUpdate, want).unavailable;
  const old = (current['status'] ?? {}) as { conditions?: { type: string; status: string; reason?: string; lastTransitionTime?: string }[] };
  const condition = (type: string, status: string, reason: string, message: string) => {
    const prev = old.conditions?.find((c) => c.type === type);
    const now = nowText();
    const same = prev && prev.status === status && prev.reason === reason;
    return { type, status, reason, message, lastUpdateTime: same ? (prev as { lastUpdateTime?: string }).lastUpdateTime ?? now : now, lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime ?? now : now };
  };
  const name = newest?.metadata.name ?? '';
  const oldCounts = old as { replicas?: number; updatedReplicas?: number; readyReplicas?: number; availableReplicas?: number; observedGeneration?: number };
  // DeploymentProgressing (deployment/util): more updated, ready or available pods, or fewer old ones; and a
  // new spec, for which the controller writes a fresh condition when it makes the new ReplicaSet.
  const progressed =
    oldCounts.observedGeneration !== (current.metadata.generation ?? 1) ||
    updated > (oldCounts.updatedReplicas ?? 0) || replicas - updated < (oldCounts.replicas ?? 0) - (oldCounts.updatedReplicas ?? 0) ||
    ready > (oldCounts.readyReplicas ?? 0) || available > (oldCounts.availableReplicas ?? 0);
  const status: Record<string, unknown> = {
    observedGeneration: current.metadata.generation ?? 1,
    replicas,
    updatedReplicas: updated,
    ...(ready ? { readyReplicas: ready } : {}),
    ...(available ? { availableReplicas: available } : {}),
    ...(replicas - available > 0 ? { unavailableReplicas: replicas - available } : {}),
    conditions: [
      available >= minAvailable ? condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.') : condition('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.'),
      complete
        ? condition('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${name}" has successfully progressed.`)
        : !judgeDeadline || progressing(old.conditions?.find((c) => c.type === 'Progressing'), progressed, deadlineSeconds(current), speed)
          ? condition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${name}" is progressing.`)
          : condition('Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${name}" has timed out progressing.`),
    ],
  };
  const progressCondition = (status['conditions'] as { type: string; lastUpdateTime: string }[])[1]!;
  if (progressed) progressCondition.lastUpdateTime = nowText();
  const revision = newest ? revisionOf(state.store.get('replicasets', newest.metadata.namespace, newest.metadata.name)?.obj ?? newest) : 0;
  const annotations = { ...(current.metadata.annotations ?? {}), ...(revision ? { [REVISION]: String(revision) } : {}) };
  const strip = (s: unknown): string => canonicalJson(JSON.parse(JSON.stringify(s ?? {}), (k, v) => (k === 'lastUpdateTime' || k === 'lastTransitionTime' ? undefined : v)));
  if (strip(status) === strip(current['status']) && canonicalJson(annotations) === canonicalJson(current.metadata.annotations ?? {})) return;
  state.store.put('deployments', { ...current, metadata: { ...current.metadata, annotations }, status });
}

/** spec.progressDeadlineSeconds, 600 when unset as the apiserver defaults it. */
export const deadlineSeconds = (d: KubeObject): number => ((d['spec'] ?? {}) as DeploymentSpec).progressDeadlineSeconds ?? 600;

/**
 * Whether an unfinished rollout is still within its progress deadline: a rollout that moved (a count or the
 * generation changed) is; one that already timed out stays timed out until it moves again; otherwise the
 * deadline (simulated seconds) runs from the Progressing condition's last update.
 */
function progressing(prev: { status: string; reason?: string; lastUpdateTime?: string } | undefined, progressed: boolean, deadline: number, speed: number): boolean {
  if (progressed || !prev) return true;
  if (prev.reason === 'ProgressDeadlineExceeded') return false;
  const since = Date.parse(prev.lastUpdateTime ?? '');
  // Whole seconds, as the apiserver keeps them: the update is taken at the end of its second, never early.
  return Number.isNaN(since) || Date.now() - (since + 999) < (deadline * 1000) / speed;
}

/** Wall ms until the deadline of an unfinished rollout passes, for the controller to look again then. */
export function deadlineWake(d: KubeObject, speed: number): number | undefined {
  const prev = ((d['status'] ?? {}) as { conditions?: { type: string; reason?: string; lastUpdateTime?: string }[] }).conditions?.find((c) => c.type === 'Progressing');
  if (prev?.reason !== 'ReplicaSetUpdated') return undefined;
  const since = Date.parse(prev.lastUpdateTime ?? '');
  return Number.isNaN(since) ? undefined : Math.max(0, since + 999 + (deadlineSeconds(d) * 1000) / speed - Date.now());
}
