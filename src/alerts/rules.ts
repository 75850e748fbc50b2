// The rule group as data. Expressions read kube-state-metrics' series only, so they work wherever it is
// scraped; each alert carries the command that diagnoses the pod it names (`runbook`) and, when given, a URL.
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

export function alertRules(p: AlertRuleParams): RuleGroup[] {
  const window = formatDuration(p.windowMs);
  const sustained = formatDuration(p.sustainedMs);
  const annotate = (alert: string, summary: string, description: string): Record<string, string> => ({
    summary,
    description,
    runbook: `Run: ${DIAGNOSE}`,
    ...(p.runbookUrl ? { runbook_url: `${p.runbookUrl}#${alert.toLowerCase()}` } : {}),
  });
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
          `Container ${CONTAINER} of ${POD} restarted more than ${p.restarts} times in ${window}`,
          `{{ $value | printf "%.0f" }} restarts in the last ${window}. ${DIAGNOSE} names the cause from its status, events and logs.`),
      },
      {
        alert: 'CrashCourseCrashLoopBackOff',
        expr: 'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m]) >= 1',
        for: sustained,
        labels: labels('warning'),
        annotations: annotate('CrashCourseCrashLoopBackOff',
          `Container ${CONTAINER} of ${POD} has been in CrashLoopBackOff for ${sustained}`,
          `The kubelet keeps restarting it after a growing back-off. ${DIAGNOSE} names the cause.`),
      },
      {
        alert: 'CrashCourseOOMKilled',
        // The last-terminated reason stays OOMKilled until the next exit; only a fresh restart makes it news.
        expr: `(kube_pod_container_status_restarts_total - kube_pod_container_status_restarts_total offset ${window} >= 1)` +
          ` and ignoring (reason) min_over_time(kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}[${window}]) == 1`,
        labels: { ...labels('warning'), cause: 'oom-killed' },
        annotations: annotate('CrashCourseOOMKilled',
          `Container ${CONTAINER} of ${POD} was OOM-killed in the last ${window}`,
          `It went over its memory limit (or the node ran out of memory). ${DIAGNOSE} shows the limit it went over.`),
      },
      {
        alert: 'CrashCoursePodNotStarting',
        expr: `max_over_time(kube_pod_container_status_waiting_reason{reason=~"${NOT_STARTING}"}[5m]) >= 1`,
        for: sustained,
        labels: labels('warning'),
        annotations: annotate('CrashCoursePodNotStarting',
          `Container ${CONTAINER} of ${POD} cannot start: {{ $labels.reason }} for ${sustained}`,
          `The container was never started: its image or its configuration is wrong. ${DIAGNOSE} names what is missing.`),
      },
      {
        alert: 'CrashCoursePodPending',
        expr: 'max by (namespace, pod) (kube_pod_status_phase{phase="Pending"}) == 1',
        for: sustained,
        labels: labels('warning'),
        annotations: annotate('CrashCoursePodPending',
          `Pod ${POD} has been Pending for ${sustained}`,
          `No node took it, or a volume it needs is not there. ${DIAGNOSE} says which.`),
      },
    ],
  }];
}
