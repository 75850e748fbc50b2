// The watcher: the list+watch loop feeds pods in; each pod that starts failing is queued once (per UID, until
// the re-emit interval passes), diagnosed by a few workers with the ordinary evidence and analysis, and
// published unless the same workload and cause was published within the interval. State is a few strings per
// failing pod; healthy pods leave nothing behind, so memory follows failures, not cluster size.
import { diagnose } from '../report/diagnose.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import { ENGLISH, type MessageKey, type MessageValues, type Translate } from '../i18n/translate.js';
import { localMessage } from '../i18n/user-error.js';
import type { MessageRef } from '../errors.js';
import type { ClusterReader } from '../contracts/read-port.js';
import { gatherEvidence } from '../evidence/index.js';
import type { Pod } from '../k8s/index.js';
import type { WatchMetrics } from '../metrics/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { publish, type Sinks } from './effects/publish.js';
import { readPublished } from './published-events.js';
import { listWatch, type ListWatchOptions } from './list-watch.js';
import { withLogPolicy, type LogPolicy } from './log-budget.js';
import type { PodSource } from './pod-source.js';
import { RecentKeys } from './recent-keys.js';
import { resultOf, resultText, type WatchResult } from './result.js';
import { failureOf } from './trigger.js';
import { workloadKey, workloadOf } from './workload.js';

export interface WatcherOptions {
  readonly source: PodSource;
  readonly reader: ClusterReader;
  /** --context/--kubeconfig carried by the commands a diagnosis names. */
  readonly target: Omit<KubectlTarget, 'namespace'>;
  readonly sinks: Sinks;
  readonly metrics: WatchMetrics;
  readonly logs: LogPolicy;
  /** A workload and cause is published again after this long, if it still fails. */
  readonly reemitMs: number;
  readonly concurrency?: number;
  readonly maxTracked?: number;
  readonly now?: () => number;
  readonly warn?: (line: string) => void;
  readonly listWatch?: ListWatchOptions;
  /** Read the Diagnosed Events already there (in this namespace, or all) before watching: see published-events.ts. */
  readonly rememberPublished?: { readonly namespace?: string };
  /** The language of what people read: the Events, the webhook's text and the warnings (default English). */
  readonly t?: Translate;
}

export interface Watcher {
  ready(): boolean;
  /** Diagnose one named pod now (an alert named it); publishes like the watch does. */
  diagnoseNamed(namespace: string, name: string): Promise<WatchResult | undefined>;
  /** Stop watching and wait for diagnoses in flight (at most `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

interface Job {
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly detectedAt: number;
}

// Enough of the crashed run for the decisive lines; the full story is one `diagnose` away.
const LOG_LIMITS = { tailLines: 200, limitBytes: 64 * 1024 } as const;

export function runWatcher(o: WatcherOptions): Watcher {
  const now = o.now ?? Date.now;
  const write = o.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  const t = o.t ?? ENGLISH;
  // The cluster's or a library's message stays as it came (in the reader's language when it carries a key).
  const warn = (key: MessageKey, values: MessageValues, err: unknown): void =>
    write(`kubectl-crashcourse watch: ${t(key, { ...values, error: oneLine(err, t) })}`);
  const max = o.maxTracked ?? 50_000;
  const diagnosedPods = new RecentKeys(o.reemitMs, max);
  const published = new RecentKeys(o.reemitMs, max);
  const reader = withLogPolicy(o.reader, o.logs, () => o.metrics.skippedLogReads.inc());
  const pending = new Map<string, Job>();
  const inFlight = new Set<Promise<void>>();
  const busy = new Set<string>();
  const abort = new AbortController();
  let synced = false;

  const diagnoseJob = async (job: Job, trigger: WatchResult['trigger']): Promise<WatchResult | undefined> => {
    const target: KubectlTarget = { ...o.target, namespace: job.namespace };
    let evidence;
    try {
      evidence = await gatherEvidence(reader, job.namespace, job.name, { ...LOG_LIMITS, target });
    } catch (err) {
      if (err instanceof ClusterError && err.kind === 'not-found') return undefined;
      o.metrics.apiErrors.inc({ operation: 'read' });
      warn('scenario.watch.cannotReadPod', { pod: `${job.namespace}/${job.name}` }, err);
      return undefined;
    }
    // By the time we read it, it may be on its way out (a rollout) or running fine again.
    if (trigger === 'watch' && failureOf(evidence.pod, now()) === undefined) return undefined;
    const d = diagnose({ evidence, target });
    diagnosedPods.mark(evidence.pod.metadata.uid ?? job.uid, now());
    if (d.cause === null) return undefined;
    const workload = workloadOf(evidence.pod);
    const result = resultOf(d, evidence.pod.metadata.uid ?? '', workload, trigger, now());
    const key = `${workloadKey(workload)}/${d.cause}`;
    if (published.has(key, now())) {
      o.metrics.suppressed.inc();
      return result;
    }
    published.mark(key, now());
    for (const f of await publish(result, o.sinks, now(), resultText(d, t))) {
      o.metrics.apiErrors.inc({ operation: f.sink });
      warn('scenario.watch.publishFailed', { sink: f.sink, pod: `${result.namespace}/${result.pod}` }, f.error);
    }
    o.metrics.diagnoses.inc({ namespace: workload.namespace, owner_kind: workload.kind, owner_name: workload.name, cause: d.cause });
    o.metrics.latency.observe(Math.max(0, now() - job.detectedAt) / 1000);
    return result;
  };

  const pump = (): void => {
    o.metrics.queue.set(pending.size + busy.size);
    while (!abort.signal.aborted && busy.size < (o.concurrency ?? 4) && pending.size > 0) {
      const [k, job] = pending.entries().next().value as [string, Job];
      pending.delete(k);
      busy.add(k);
      const p = diagnoseJob(job, 'watch').then(() => undefined, (err: unknown) => warn('scenario.watch.internal', { pod: k }, err)).finally(() => {
        busy.delete(k);
        inFlight.delete(p);
        pump();
      });
      inFlight.add(p);
    }
  };

  const podKey = (p: Pod): string => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;
  const remembered = o.rememberPublished
    ? readPublished(o.reader, o.rememberPublished.namespace).then(
        (seen) => {
          for (const p of seen) if (now() - p.at < o.reemitMs) published.mark(p.key, p.at);
        },
        (err: unknown) => {
          o.metrics.apiErrors.inc({ operation: 'events' });
          warn('scenario.watch.earlierEvents', {}, err);
        },
      )
    : Promise.resolve();
  const loop = remembered.then(() => listWatch(o.source, {
    pod(pod) {
      const t = now();
      const uid = pod.metadata.uid ?? podKey(pod);
      const k = podKey(pod);
      if (failureOf(pod, t) === undefined || diagnosedPods.has(uid, t) || busy.has(k) || pending.has(k)) return;
      if (pending.size >= max) return;
      pending.set(k, { namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name, uid, detectedAt: t });
      pump();
    },
    deleted(pod) {
      pending.delete(podKey(pod));
      o.metrics.queue.set(pending.size + busy.size);
    },
    synced(present) {
      for (const k of [...pending.keys()]) if (!present.has(k)) pending.delete(k);
      o.metrics.queue.set(pending.size + busy.size);
      synced = true;
    },
    error(operation, err) {
      o.metrics.apiErrors.inc({ operation });
      warn('scenario.watch.retrying', { operation }, err);
    },
  }, abort.signal, o.listWatch));

  return {
    ready: () => synced,
    diagnoseNamed: (namespace, name) => diagnoseJob({ namespace, name, uid: `${namespace}/${name}`, detectedAt: now() }, 'alert'),
    async stop(graceMs = 10_000) {
      abort.abort();
      pending.clear();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all([loop, ...inFlight]),
        new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    },
  };
}

const oneLine = (err: unknown, t: Translate): string =>
  (err instanceof Error ? localMessage(err as Error & { ref?: MessageRef }, t) : String(err)).replace(/\s*\n\s*/g, '; ');
