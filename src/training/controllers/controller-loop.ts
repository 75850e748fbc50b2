// Runs the workload controllers on the store's change feed. A scenario's snapshot is left as recorded until
// something happens to it through the API: a Deployment whose spec was written (set, patch, apply, scale,
// rollout) is reconciled fully, a pod that goes away is replaced by its ReplicaSet, and otherwise status only
// follows the pods. Work is queued per object and run on the next tick, so a burst of changes costs one pass.
import type { KubeObject, Pod } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import type { Change } from '../store.js';
import { deadlineWake, reconcileDeployment, writeStatus } from './deployment-controller.js';
import { reconcileJob } from './job-controller.js';
import { controllerOf, isTerminating, ownedBy } from './owned.js';
import { availableAt, reconcileReplicaSet } from './replicaset-controller.js';
import { reconcileStatefulSet } from './statefulset-controller.js';
import { reconcileEndpoints } from './endpoints-controller.js';
import { reconcileEndpointSlice, slicesOf } from './endpointslice-controller.js';
import { reconcileDaemonSet } from './daemonset-controller.js';
import { templateHash } from './template-hash.js';
import { startCronJobs } from './cronjob-controller.js';
import { claimNames, isBound, reconcileClaim } from './volume-binder.js';

const key = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export interface Controllers {
  stop(): void;
  /** Runs `fn` (a reset) with the controllers deaf to its changes, and forgets what was touched in `namespaces`. */
  quietly(namespaces: ReadonlySet<string>, fn: () => void): void;
}

export interface ControllerOptions {
  /** The cluster's --speed: timed controllers (CronJob schedules) divide their waits by it. */
  readonly speed?: number;
  /** A static cluster: nothing fires on a schedule. */
  readonly frozen?: boolean;
}

export function startControllers(state: ClusterState, options: ControllerOptions = {}): Controllers {
  const touched = new Set<string>();
  const queue = new Map<string, () => void>();
  let scheduled = false;
  let stopped = false;
  let deaf = false;
  const enqueue = (id: string, work: () => void): void => {
    if (stopped || deaf) return;
    queue.set(id, work);
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const batch = [...queue.values()];
      queue.clear();
      for (const w of batch) if (!stopped) w();
    });
  };
  const get = (storage: string, ns: string | undefined, name: string): KubeObject | undefined => state.store.get(storage, ns, name)?.obj;
  const speed = options.speed ?? 1;

  // minReadySeconds and progressDeadlineSeconds change a Deployment's status when nothing else happens: the
  // controller looks at it again when the next pod becomes available or its rollout's deadline passes.
  const wakes = new Map<string, NodeJS.Timeout>();
  const wakeLater = (d: KubeObject): void => {
    const id = key(d);
    clearTimeout(wakes.get(id));
    wakes.delete(id);
    if (options.frozen || stopped) return;
    const now = Date.now();
    const waits: number[] = [];
    const deadline = deadlineWake(d, speed);
    if (deadline !== undefined) waits.push(deadline);
    for (const rs of ownedBy(state.store, 'replicasets', d)) {
      const minReady = (rs['spec'] as { minReadySeconds?: number } | undefined)?.minReadySeconds ?? 0;
      if (minReady <= 0) continue;
      for (const p of ownedBy(state.store, 'pods', rs)) {
        const at = availableAt(p as Pod, minReady, speed);
        if (at !== undefined && at > now) waits.push(at - now);
      }
    }
    if (!waits.length) return;
    const timer = setTimeout(() => {
      wakes.delete(id);
      deployment(d.metadata.namespace, d.metadata.name);
    }, Math.min(...waits) + 50);
    timer.unref();
    wakes.set(id, timer);
  };

  const deployment = (ns: string | undefined, name: string): void =>
    enqueue(`deploy/${ns}/${name}`, () => {
      const d = get('deployments', ns, name);
      if (!d) return;
      if (touched.has(key(d))) {
        reconcileDeployment(state, d, speed);
        const after = get('deployments', ns, name);
        if (after) wakeLater(after);
      } else {
        const sets = ownedBy(state.store, 'replicasets', d);
        const hash = templateHash((d['spec'] as { template?: unknown } | undefined)?.template);
        const newest = sets.find((s) => s.metadata.labels?.['pod-template-hash'] === hash) ?? [...sets].sort((a, b) => Number(b.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0) - Number(a.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0))[0];
        writeStatus(state, d, newest, speed, false);
      }
    });

  const replicaSet = (ns: string | undefined, name: string, scalePods: boolean): void =>
    enqueue(`rs/${ns}/${name}/${scalePods}`, () => {
      const rs = get('replicasets', ns, name);
      if (!rs) return;
      reconcileReplicaSet(state, rs, scalePods, speed);
      const owner = controllerOf(rs);
      if (owner?.kind === 'Deployment') deployment(ns, owner.name);
    });

  const onDeployment = (c: Change): void => {
    if (c.type === 'DELETED') {
      for (const rs of ownedBy(state.store, 'replicasets', c.entry.obj)) state.store.remove('replicasets', rs.metadata.namespace, rs.metadata.name);
      return;
    }
    const specChanged = c.type === 'ADDED' || canonicalJson(c.old?.['spec']) !== canonicalJson(c.entry.obj['spec']);
    if (specChanged) touched.add(key(c.entry.obj));
    if (specChanged) deployment(c.entry.obj.metadata.namespace, c.entry.obj.metadata.name);
  };

  const onReplicaSet = (c: Change): void => {
    const rs = c.entry.obj;
    if (c.type === 'DELETED') {
      for (const p of ownedBy(state.store, 'pods', rs)) state.kubelet.deletePod(p as Pod, undefined);
      return;
    }
    const specChanged = c.type === 'ADDED' || canonicalJson(c.old?.['spec']) !== canonicalJson(rs['spec']);
    if (specChanged && controllerOf(rs)?.kind !== 'Deployment') replicaSet(rs.metadata.namespace, rs.metadata.name, true);
  };

  const services = (ns: string | undefined): void =>
    enqueue(`svc/${ns}`, () => {
      for (const e of state.store.all('services')) {
        if (e.obj.metadata.namespace !== ns) continue;
        reconcileEndpoints(state, e.obj);
        reconcileEndpointSlice(state, e.obj);
      }
    });
  // A snapshot records Endpoints but no EndpointSlices: they are derived once from its pods (the recorded
  // Endpoints are left as they are) at start and after a reset.
  const slicesIn = (namespaces?: ReadonlySet<string>): void => {
    for (const e of [...state.store.all('services')]) if (!namespaces || namespaces.has(e.obj.metadata.namespace ?? 'default')) reconcileEndpointSlice(state, e.obj);
  };
  slicesIn();
  const onService = (c: Change): void => {
    const svc = c.entry.obj;
    const ns = svc.metadata.namespace ?? 'default';
    if (c.type !== 'DELETED') return services(svc.metadata.namespace);
    state.store.remove('endpoints', ns, svc.metadata.name);
    for (const slice of slicesOf(state, ns, svc.metadata.name)) state.store.remove('endpointslices', ns, slice.metadata.name);
  };

  const onPod = (c: Change): void => {
    const pod = c.entry.obj;
    // Endpoints move with readiness, so only a change in who is ready (or who exists) touches them.
    const readyNow = JSON.stringify(pod['status'] && (pod['status'] as { conditions?: unknown }).conditions);
    const readyBefore = JSON.stringify(c.old?.['status'] && (c.old['status'] as { conditions?: unknown }).conditions);
    if (c.type !== 'MODIFIED' || readyNow !== readyBefore || Boolean(pod.metadata.deletionTimestamp) !== Boolean(c.old?.metadata.deletionTimestamp)) services(pod.metadata.namespace);
    // A WaitForFirstConsumer claim provisions once a pod uses it.
    if (c.type === 'ADDED') for (const name of claimNames(pod as Pod)) claim(pod.metadata.namespace, name);
    const owner = controllerOf(pod);
    if (!owner) return;
    const gone = c.type === 'DELETED' || (isTerminating(pod) && !(c.old && isTerminating(c.old)));
    if (owner.kind === 'ReplicaSet') replicaSet(pod.metadata.namespace, owner.name, gone);
    if (owner.kind === 'StatefulSet') statefulSet(pod.metadata.namespace, owner.name, c.type === 'DELETED');
    if (owner.kind === 'DaemonSet') daemonSet(pod.metadata.namespace, owner.name, gone);
    if (owner.kind === 'Job') enqueue(`job/${pod.metadata.namespace}/${owner.name}`, () => {
      const job = get('jobs', pod.metadata.namespace, owner.name);
      if (job) reconcileJob(state, job);
    });
  };

  const statefulSet = (ns: string | undefined, name: string, scalePods: boolean): void =>
    enqueue(`sts/${ns}/${name}/${scalePods}`, () => {
      const sts = get('statefulsets', ns, name);
      if (sts) reconcileStatefulSet(state, sts, scalePods);
    });

  const onStatefulSet = (c: Change): void => {
    if (c.type === 'DELETED') {
      for (const p of ownedBy(state.store, 'pods', c.entry.obj)) state.kubelet.deletePod(p as Pod, undefined);
      return;
    }
    if (c.type === 'ADDED' || canonicalJson(c.old?.['spec']) !== canonicalJson(c.entry.obj['spec'])) statefulSet(c.entry.obj.metadata.namespace, c.entry.obj.metadata.name, true);
  };

  // Once a DaemonSet's template is written, its pods follow it from then on (the snapshot's pods included).
  const rolled = new Set<string>();
  const daemonSet = (ns: string | undefined, name: string, scalePods: boolean): void =>
    enqueue(`ds/${ns}/${name}/${scalePods}`, () => {
      const ds = get('daemonsets', ns, name);
      if (ds) reconcileDaemonSet(state, ds, scalePods, rolled.has(key(ds)));
    });

  const onDaemonSet = (c: Change): void => {
    if (c.type === 'DELETED') {
      for (const p of ownedBy(state.store, 'pods', c.entry.obj)) state.kubelet.deletePod(p as Pod, undefined);
      return;
    }
    const template = (o: KubeObject | undefined): string => canonicalJson((o?.['spec'] as { template?: unknown } | undefined)?.template);
    if (c.type === 'MODIFIED' && template(c.old) !== template(c.entry.obj)) rolled.add(key(c.entry.obj));
    if (c.type === 'ADDED' || canonicalJson(c.old?.['spec']) !== canonicalJson(c.entry.obj['spec'])) daemonSet(c.entry.obj.metadata.namespace, c.entry.obj.metadata.name, true);
  };

  const cronJobs = startCronJobs(state, options.speed ?? 1);
  const armAll = (namespaces?: ReadonlySet<string>): void => {
    if (options.frozen) return;
    for (const e of state.store.all('cronjobs')) if (!namespaces || namespaces.has(e.obj.metadata.namespace ?? '')) cronJobs.changed(e.obj);
  };
  armAll();
  const onCronJob = (c: Change): void => {
    if (c.type === 'DELETED') return cronJobs.removed(c.entry.obj);
    if (!options.frozen && (c.type === 'ADDED' || canonicalJson(c.old?.['spec']) !== canonicalJson(c.entry.obj['spec']))) cronJobs.changed(c.entry.obj);
  };

  const claim = (ns: string | undefined, name: string): void =>
    enqueue(`pvc/${ns}/${name}`, () => {
      const pvc = get('persistentvolumeclaims', ns, name);
      if (pvc) reconcileClaim(state, pvc);
    });
  // The scheduler tries pods it could not place again when what it waited for may have changed.
  const retryPending = (): void =>
    enqueue('retry-pending/', () => {
      for (const e of [...state.store.all('pods')]) {
        const p = e.obj as Pod;
        const unschedulable = (p.status?.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.status === 'False');
        if (!p.spec.nodeName && unschedulable && !isTerminating(p)) state.kubelet.podCreated(p);
      }
    });
  const onClaim = (c: Change): void => {
    const pvc = c.entry.obj;
    if (c.type !== 'DELETED' && !isBound(pvc)) claim(pvc.metadata.namespace, pvc.metadata.name);
    if (c.type === 'DELETED' || isBound(pvc) !== Boolean(c.old && isBound(c.old))) retryPending();
  };
  const onStorageClass = (c: Change): void => {
    if (c.type === 'DELETED') return;
    for (const e of state.store.all('persistentvolumeclaims')) if (!isBound(e.obj)) claim(e.obj.metadata.namespace, e.obj.metadata.name);
  };

  const onJob = (c: Change): void => {
    const owner = controllerOf(c.entry.obj);
    if (owner?.kind === 'CronJob') enqueue(`cj/${c.entry.obj.metadata.namespace}/${owner.name}`, () => {
      const cj = get('cronjobs', c.entry.obj.metadata.namespace, owner.name);
      if (cj) cronJobs.jobChanged(cj);
    });
    if (c.type === 'DELETED') {
      for (const p of ownedBy(state.store, 'pods', c.entry.obj)) state.kubelet.deletePod(p as Pod, 0);
      return;
    }
    // A new Job starts; a written spec (suspend, resume) is acted on.
    if (c.type === 'ADDED' || canonicalJson(c.old?.['spec']) !== canonicalJson(c.entry.obj['spec'])) enqueue(`job/${key(c.entry.obj)}`, () => {
      const job = get('jobs', c.entry.obj.metadata.namespace, c.entry.obj.metadata.name);
      if (job) reconcileJob(state, job);
    });
  };

  const unless = (handler: (c: Change) => void) => (c: Change): void => {
    if (!deaf) handler(c);
  };
  const unsubscribe = [
    state.store.subscribe('deployments', unless(onDeployment)),
    state.store.subscribe('replicasets', unless(onReplicaSet)),
    state.store.subscribe('pods', unless(onPod)),
    state.store.subscribe('jobs', unless(onJob)),
    state.store.subscribe('cronjobs', unless(onCronJob)),
    state.store.subscribe('persistentvolumeclaims', unless(onClaim)),
    state.store.subscribe('storageclasses', unless(onStorageClass)),
    state.store.subscribe('nodes', unless(retryPending)),
    state.store.subscribe('statefulsets', unless(onStatefulSet)),
    state.store.subscribe('daemonsets', unless(onDaemonSet)),
    state.store.subscribe('services', unless(onService)),
  ];
  return {
    stop() {
      stopped = true;
      cronJobs.stop();
      for (const t of wakes.values()) clearTimeout(t);
      for (const u of unsubscribe) u();
    },
    quietly(namespaces, fn) {
      deaf = true;
      try {
        fn();
      } finally {
        deaf = false;
      }
      for (const set of [touched, rolled]) for (const k of [...set]) if (namespaces.has(k.split('/')[0]!)) set.delete(k);
      for (const id of [...queue.keys()]) if (namespaces.has(id.split('/')[1] ?? '')) queue.delete(id);
      cronJobs.forget(namespaces);
      armAll(namespaces);
      slicesIn(namespaces);
    },
  };
}
