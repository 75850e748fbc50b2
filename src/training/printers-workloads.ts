// Table columns for the workload kinds (Deployments, ReplicaSets, ReplicationControllers, StatefulSets,
// DaemonSets, Jobs, CronJobs) as the apiserver's printers (pkg/printers/internalversion) define them. The
// apiserver always renders the wide cells (priority 1); kubectl drops them unless `-o wide`.
import { ageSince, humanDuration, type KubeObject } from '../k8s/index.js';
import { formatLabelSelector, formatLabels, selectorString } from './label-format.js';
import { col, NAME, type Printer } from './table-columns.js';

type Obj = KubeObject & { spec?: any; status?: any };

const age = (o: KubeObject, now: number): string => ageSince(o.metadata.creationTimestamp, now);
const podSpec = (o: Obj): any => o.spec?.template?.spec ?? o.spec?.jobTemplate?.spec?.template?.spec ?? {};
const list = (o: Obj, field: 'name' | 'image'): string => ((podSpec(o).containers ?? []) as Record<string, string | undefined>[]).map((c) => c[field] ?? '').join(',');
const count = (v: unknown): number => (typeof v === 'number' ? v : 0);
/** spec.replicas as the apiserver defaults it (1 when unset). */
const desired = (o: Obj): number => (typeof o.spec?.replicas === 'number' ? o.spec.replicas : 1);

const WIDE = [col('Containers', 1), col('Images', 1), col('Selector', 1)];
const wideCells = (o: Obj): string[] => [list(o, 'name'), list(o, 'image'), formatLabelSelector(o.spec?.selector)];

function jobStatus(o: Obj): string {
  const conds = (o.status?.conditions ?? []) as { type: string; status: string }[];
  // The first condition of a type decides, as hasJobCondition reads it.
  const has = (t: string): boolean => conds.find((c) => c.type === t)?.status === 'True';
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (o.metadata.deletionTimestamp) return 'Terminating';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function completions(o: Obj): string {
  const succeeded = count(o.status?.succeeded);
  if (typeof o.spec?.completions === 'number') return `${succeeded}/${o.spec.completions}`;
  const parallelism = count(o.spec?.parallelism);
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(o: Obj, now: number): string {
  const start = Date.parse(o.status?.startTime ?? '');
  if (!Number.isFinite(start)) return '';
  const end = Date.parse(o.status?.completionTime ?? '');
  return humanDuration((Number.isFinite(end) ? end : now) - start);
}

const replicated: Printer = {
  columns: [NAME, col('Desired', 0, 'integer'), col('Current', 0, 'integer'), col('Ready', 0, 'integer'), col('Age'), ...WIDE],
  cells: (o: Obj, now) => [o.metadata.name, desired(o), count(o.status?.replicas), count(o.status?.readyReplicas), age(o, now), ...wideCells(o)],
};

export const WORKLOAD_PRINTERS: Readonly<Record<string, Printer>> = {
  deployments: {
    columns: [NAME, col('Ready'), col('Up-to-date'), col('Available'), col('Age'), ...WIDE],
    cells: (o: Obj, now) => [o.metadata.name, `${count(o.status?.readyReplicas)}/${desired(o)}`, count(o.status?.updatedReplicas), count(o.status?.availableReplicas), age(o, now), list(o, 'name'), list(o, 'image'), selectorString(o.spec?.selector)],
  },
  replicasets: replicated,
  replicationcontrollers: {
    ...replicated,
    // An RC's selector is a plain label map.
    cells: (o: Obj, now) => [...replicated.cells(o, now).slice(0, 7), formatLabels(o.spec?.selector)],
  },
  statefulsets: {
    columns: [NAME, col('Ready'), col('Age'), col('Containers', 1), col('Images', 1)],
    cells: (o: Obj, now) => [o.metadata.name, `${count(o.status?.readyReplicas)}/${desired(o)}`, age(o, now), list(o, 'name'), list(o, 'image')],
  },
  daemonsets: {
    columns: [NAME, col('Desired', 0, 'integer'), col('Current', 0, 'integer'), col('Ready', 0, 'integer'), col('Up-to-date', 0, 'integer'), col('Available', 0, 'integer'), col('Node Selector'), col('Age'), ...WIDE],
    cells: (o: Obj, now) => {
      const st = o.status ?? {};
      return [o.metadata.name, count(st.desiredNumberScheduled), count(st.currentNumberScheduled), count(st.numberReady), count(st.updatedNumberScheduled), count(st.numberAvailable), formatLabels(podSpec(o).nodeSelector), age(o, now), ...wideCells(o)];
    },
  },
  jobs: {
    columns: [NAME, col('Status'), col('Completions'), col('Duration'), col('Age'), ...WIDE],
    cells: (o: Obj, now) => [o.metadata.name, jobStatus(o), completions(o), jobDuration(o, now), age(o, now), ...wideCells(o)],
  },
  cronjobs: {
    columns: [NAME, col('Schedule'), col('Timezone'), col('Suspend', 0, 'boolean'), col('Active', 0, 'integer'), col('Last Schedule'), col('Age'), ...WIDE],
    cells: (o: Obj, now) => [
      o.metadata.name,
      o.spec?.schedule ?? '',
      o.spec?.timeZone ?? '<none>',
      // printBoolPtr writes True/False; the apiserver defaults an absent suspend to false.
      o.spec?.suspend === true ? 'True' : 'False',
      (o.status?.active ?? []).length,
      o.status?.lastScheduleTime ? ageSince(o.status.lastScheduleTime, now) : '<none>',
      age(o, now),
      list(o, 'name'),
      list(o, 'image'),
      formatLabelSelector(o.spec?.jobTemplate?.spec?.selector),
    ],
  },
};
