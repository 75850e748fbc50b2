// Low-cardinality by design: a diagnosis is labelled by namespace, owning workload and cause (not by pod, whose
// name changes with every restart of a ReplicaSet), so the series count follows workloads, not pods.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface WatchMetrics {
  readonly registry: Registry;
  readonly diagnoses: Counter<'namespace' | 'owner_kind' | 'owner_name' | 'cause'>;
  readonly latency: Histogram<never>;
  readonly apiErrors: Counter<'operation'>;
  readonly skippedLogReads: Counter<never>;
  readonly suppressed: Counter<never>;
  readonly queue: Gauge<never>;
}

export function createWatchMetrics(options: { readonly processMetrics?: boolean } = {}): WatchMetrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'crashcourse_' });
  return {
    registry,
    diagnoses: new Counter({
      name: 'crashcourse_diagnoses_total',
      help: 'Diagnoses published, one per workload and cause (repeats within the re-emit interval are not counted).',
      labelNames: ['namespace', 'owner_kind', 'owner_name', 'cause'] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'crashcourse_diagnosis_duration_seconds',
      help: 'From the watch event that showed the failure to the published diagnosis.',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers: [registry],
    }),
    apiErrors: new Counter({
      name: 'crashcourse_api_errors_total',
      help: 'Failed Kubernetes API calls (and webhook posts), by operation.',
      labelNames: ['operation'] as const,
      registers: [registry],
    }),
    skippedLogReads: new Counter({
      name: 'crashcourse_skipped_log_reads_total',
      help: 'Log reads not made, because of the rate limit or because log reads are off (--no-logs).',
      registers: [registry],
    }),
    suppressed: new Counter({
      name: 'crashcourse_duplicate_diagnoses_total',
      help: 'Diagnoses not published because the same workload and cause was published within the re-emit interval.',
      registers: [registry],
    }),
    queue: new Gauge({
      name: 'crashcourse_watch_queue',
      help: 'Failing pods waiting for or in diagnosis.',
      registers: [registry],
    }),
  };
}
