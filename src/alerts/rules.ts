// The rule group as data. Expressions read kube-state-metrics' series only, so they work wherever it is
// scraped; each alert carries the command that diagnoses the pod it names (`runbook`) and, when given, a URL.
import { ENGLISH, type Translate } from '../i18n/translate.js';
import { formatDuration } from './duration.js';

export interface AlertRuleParams {
  /** Fire when a container restarted more than this many times within `windowMs`. */
  readonly restarts: number;
  readonly windowMs: number;
  /** How long CrashLoopBackOff or a pod that cannot start must last before it pages. */
  readonly sustainedMs: number;
  /** Base of runbook_url; the alert name is appended as a fragment. */
  readonly runbookUrl?: string;
}

export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

export interface RuleGroup {
  readonly name: string;
  readonly rules: readonly AlertRule[];
}

// Alertmanager templates fill these in from the series' own labels.
const POD = '{{ $labels.namespace }}/{{ $labels.pod }}';
const CONTAINER = '{{ $labels.container }}';
const DIAGNOSE = 'kubectl crashcourse diagnose -n {{ $labels.namespace }} {{ $labels.pod }}';
// Reasons a container waits with when it can never start on its own (image, config, command); ContainerCreating
// is left out because a slow pull or volume attach shows the same reason and resolves itself.
const NOT_STARTING = 'ErrImagePull|ImagePullBackOff|InvalidImageName|CreateContainerConfigError|CreateContainerError';

/** `t` words the annotations a person reads when the alert fires; names, labels and expressions stay. */
export function alertRules(p: AlertRuleParams, t: Translate = ENGLISH): RuleGroup[] {
  const window = formatDuration(p.windowMs);
  const sustained = formatDuration(p.sustainedMs);
  const annotate = (alert: string, summary: string, description: string): Record<string, string> => ({
    summary,
    description,
    runbook: t('out.alerts.runbook', { command: DIAGNOSE }),
    ...(p.runbookUrl ? { runbook_url: `${p.runbookUrl}#${alert.toLowerCase()}` } : {}),
  });
  // Alertmanager's templates go in as values: their braces would otherwise be read as ICU syntax.
  const v = { container: CONTAINER, pod: POD, command: DIAGNOSE, window, sustained, restarts: p.restarts,
    value: '{{ $value | printf "%.0f" }}', reason: '{{ $labels.reason }}' };
  const labels = (severity: string): Record<string, string> => ({ severity, source: 'kubectl-crashcourse' });
  return [{
    name: 'kubectl-crashcourse',
    rules: [
      {
        alert: 'CrashCourseContainerRestarting',
        // increase() extrapolates to the window's edges, so a counter sampled every 30 s may read 3.9 for 3 restarts;
        // "more than N" keeps that from paging on exactly N.
        expr: `increase(kube_pod_container_status_restarts_total[${window}]) > ${p.restarts}`,
        labels: labels('warning'),
        annotations: annotate('CrashCourseContainerRestarting',
          t('out.alerts.restarting.summary', v),
          t('out.alerts.restarting.description', v)),
      },
      {
        alert: 'CrashCourseCrashLoopBackOff',
        expr: 'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m]) >= 1',
        for: sustained,
        labels: labels('warning'),
        annotations: annotate('CrashCourseCrashLoopBackOff',
          t('out.alerts.crashLoop.summary', v),
          t('out.alerts.crashLoop.description', v)),
      },
      {
        alert: 'CrashCourseOOMKilled',
        // The last-terminated reason stays OOMKilled until the next exit; only a fresh restart makes it news.
        expr: `(kube_pod_container_status_restarts_total - kube_pod_container_status_restarts_total offset ${window} >= 1)` +
          ` and ignoring (reason) min_over_time(kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}[${window}]) == 1`,
        labels: { ...labels('warning'), cause: 'oom-killed' },
        annotations: annotate('CrashCourseOOMKilled',
          t('out.alerts.oomKilled.summary', v),
          t('out.alerts.oomKilled.description', v)),
      },
      {
        alert: 'CrashCoursePodNotStarting',
        expr: `max_over_time(kube_pod_container_status_waiting_reason{reason=~"${NOT_STARTING}"}[5m]) >= 1`,
        for: sustained,
        labels: labels('warning'),
        annotations: annotate('CrashCoursePodNotStarting',
          t('out.alerts.notStarting.summary', v),
          t('out.alerts.notStarting.description', v)),
      },
      {
        alert: 'CrashCoursePodPending',
        expr: 'max by (namespace, pod) (kube_pod_status_phase{phase="Pending"}) == 1',
        for: sustained,
        labels: labels('warning'),
        annotations: annotate('CrashCoursePodPending',
          t('out.alerts.pending.summary', v),
          t('out.alerts.pending.description', v)),
      },
    ],
  }];
}
