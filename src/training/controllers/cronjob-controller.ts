// CronJob: creates a Job from its jobTemplate each time the schedule fires, honouring suspend and the
// concurrency policy (Forbid skips while a Job runs, Replace deletes it), keeps the history limits, and reports
// lastScheduleTime, lastSuccessfulTime and the active Jobs. Time runs at the cluster's --speed: the schedule's
// own clock advances from one firing to the next, and the wait between them is divided by the speed, so a
// `*/5 * * * *` job runs every 3 real seconds at --speed 100 and its Jobs are named for the scheduled minute.
import { randomUUID } from 'node:crypto';
import type { KubeObject } from '../../k8s/index.js';
import type { ClusterState } from '../cluster-state.js';
import { canonicalJson } from '../patch/index.js';
import { controllerEvent } from './controller-events.js';
import { nextFire, parseCron } from './cron-schedule.js';
import { ownedBy, ownerRef } from './owned.js';

interface CronSpec {
  schedule?: string;
  suspend?: boolean;
  concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
  successfulJobsHistoryLimit?: number;
  failedJobsHistoryLimit?: number;
  jobTemplate?: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: Record<string, unknown> };
}

const stamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const key = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

function finished(job: KubeObject): 'Complete' | 'Failed' | undefined {
  const conditions = ((job['status'] ?? {}) as { conditions?: { type: string; status: string }[] }).conditions ?? [];
  return conditions.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')?.type as 'Complete' | 'Failed' | undefined;
}

export interface CronJobs {
  /** The CronJob was created or its spec changed: (re)arm its timer. */
  changed(cj: KubeObject): void;
  removed(cj: KubeObject): void;
  /** A Job it owns changed: refresh its status and trim the history. */
  jobChanged(cj: KubeObject): void;
  /** Forgets timers in these namespaces (a reset re-adds their CronJobs). */
  forget(namespaces: ReadonlySet<string>): void;
  stop(): void;
}

export function startCronJobs(state: ClusterState, speed: number): CronJobs {
  const timers = new Map<string, NodeJS.Timeout>();
  /** The schedule's clock per CronJob: the last time it fired, in the cluster's simulated time. */
  const cursor = new Map<string, number>();
  let stopped = false;

  const disarm = (k: string): void => {
    clearTimeout(timers.get(k));
    timers.delete(k);
  };

  const arm = (cj: KubeObject): void => {
    const k = key(cj);
    disarm(k);
    const spec = (cj['spec'] ?? {}) as CronSpec;
    if (stopped || spec.suspend || !spec.schedule) return;
    let schedule;
    try {
      schedule = parseCron(spec.schedule);
    } catch (e) {
      controllerEvent(state.store, cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(spec.schedule)} : ${(e as Error).message}`, 'cronjob-controller');
      return;
    }
    const from = Math.max(cursor.get(k) ?? 0, Date.now());
    const at = nextFire(schedule, from);
    if (at === undefined) return;
    const t = setTimeout(() => {
      timers.delete(k);
      cursor.set(k, at);
      const current = state.store.get('cronjobs', cj.metadata.namespace, cj.metadata.name)?.obj;
      if (!current || current.metadata.uid !== cj.metadata.uid) return;
      fire(current, at);
      arm(current);
    }, Math.max(0, (at - from) / speed));
    timers.set(k, t);
  };

  const fire = (cj: KubeObject, at: number): void => {
    const spec = (cj['spec'] ?? {}) as CronSpec;
    const active = ownedBy(state.store, 'jobs', cj).filter((j) => !finished(j) && !j.metadata.deletionTimestamp);
    if (active.length && spec.concurrencyPolicy === 'Forbid') return;
    if (spec.concurrencyPolicy === 'Replace') {
      for (const j of active) {
        state.store.remove('jobs', j.metadata.namespace, j.metadata.name);
        controllerEvent(state.store, cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`, 'cronjob-controller');
      }
    }
    const name = `${cj.metadata.name}-${Math.floor(at / 60_000)}`;
    if (state.store.get('jobs', cj.metadata.namespace, name)) return;
    const template = spec.jobTemplate ?? {};
    const job: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name,
        namespace: cj.metadata.namespace ?? 'default',
        uid: randomUUID(),
        creationTimestamp: stamp(Date.now()),
        generation: 1,
        ...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
        annotations: { ...(template.metadata?.annotations ?? {}), 'batch.kubernetes.io/cronjob-scheduled-timestamp': new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z') },
        ownerReferences: [ownerRef(cj)],
      },
      spec: structuredClone(template.spec ?? {}),
    };
    state.store.put('jobs', job);
    controllerEvent(state.store, cj, 'Normal', 'SuccessfulCreate', `Created job ${name}`, 'cronjob-controller');
    writeStatus(cj, stamp(at));
  };

  const writeStatus = (cj: KubeObject, lastScheduleTime?: string): void => {
    const current = state.store.get('cronjobs', cj.metadata.namespace, cj.metadata.name)?.obj;
    if (!current) return;
    const spec = (current['spec'] ?? {}) as CronSpec;
    const jobs = ownedBy(state.store, 'jobs', current);
    // Oldest first; finished Jobs beyond the history limits go.
    jobs.sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''));
    for (const [kind, limit] of [['Complete', spec.successfulJobsHistoryLimit ?? 3], ['Failed', spec.failedJobsHistoryLimit ?? 1]] as const) {
      const done = jobs.filter((j) => finished(j) === kind);
      for (const j of done.slice(0, Math.max(0, done.length - limit))) state.store.remove('jobs', j.metadata.namespace, j.metadata.name);
    }
    const old = (current['status'] ?? {}) as Record<string, unknown>;
    const active = ownedBy(state.store, 'jobs', current).filter((j) => !finished(j));
    const succeeded = jobs.filter((j) => finished(j) === 'Complete').map((j) => ((j['status'] ?? {}) as { completionTime?: string }).completionTime ?? '').sort();
    const next: Record<string, unknown> = {
      ...old,
      ...(lastScheduleTime ? { lastScheduleTime } : {}),
      ...(succeeded.length && succeeded.at(-1)! > String(old['lastSuccessfulTime'] ?? '') ? { lastSuccessfulTime: succeeded.at(-1) } : {}),
    };
    delete next['active'];
    if (active.length) next['active'] = active.map((j) => ({ apiVersion: 'batch/v1', kind: 'Job', name: j.metadata.name, namespace: j.metadata.namespace, uid: j.metadata.uid }));
    if (canonicalJson(next) !== canonicalJson(old)) state.store.put('cronjobs', { ...current, status: next });
  };

  return {
    changed: arm,
    removed(cj) {
      disarm(key(cj));
      cursor.delete(key(cj));
      for (const j of ownedBy(state.store, 'jobs', cj)) state.store.remove('jobs', j.metadata.namespace, j.metadata.name);
    },
    jobChanged: (cj) => writeStatus(cj),
    forget(namespaces) {
      for (const k of [...timers.keys()]) if (namespaces.has(k.split('/')[0]!)) disarm(k);
      for (const k of [...cursor.keys()]) if (namespaces.has(k.split('/')[0]!)) cursor.delete(k);
    },
    stop() {
      stopped = true;
      for (const k of [...timers.keys()]) disarm(k);
    },
  };
}
