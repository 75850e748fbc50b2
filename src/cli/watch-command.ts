// `watch`: diagnose pods as they start failing and publish each workload's cause once (Event, JSON line,
// webhook), with /metrics, /healthz and /readyz; optionally one active replica through a Lease, and an
// Alertmanager receiver. Runs until SIGTERM/SIGINT, then finishes the diagnoses in flight and exits 0.
import { hostname } from 'node:os';
import { parseDuration } from '../alerts/index.js';
import { openConnection, type Connection } from '../cluster/connection.js';
import { LiveReader, requestTimeoutMs } from '../cluster/index.js';
import { userError } from '../i18n/user-error.js';
import { createTranslator } from '../i18n/translate.js';
import type { Locale } from '../i18n/locale.js';
import { createWatchMetrics, startMetricsServer, type Route } from '../metrics/index.js';
import { checkNamespaceName, resolveTarget } from '../target/index.js';
import { alertmanagerRoute } from '../watch/alertmanager.js';
import { inClusterConnection } from '../watch/in-cluster.js';
import { runLeaderElection } from '../watch/leader.js';
import { livePodSource } from '../watch/live-pod-source.js';
import { TokenBucket } from '../watch/log-budget.js';
import { runWatcher, type Watcher } from '../watch/index.js';

export interface WatchOptions {
  readonly namespace?: string;
  readonly context?: string;
  readonly kubeconfig?: string;
  readonly inCluster: boolean;
  readonly selector?: string;
  readonly reemit: string;
  readonly logReads: number;
  readonly logs: boolean;
  readonly webhook?: string;
  readonly dryRun: boolean;
  readonly metricsAddress: string;
  readonly alertmanager: boolean;
  readonly leaderElect: boolean;
  readonly leaseNamespace?: string;
  readonly leaseName: string;
  /** The language of argument errors and status lines (the JSON lines and Events stay English). */
  readonly locale?: Locale;
}

/** For tests and embedding: stop without a signal, see where metrics listen, capture the JSON lines. */
export interface WatchControl {
  readonly signal?: AbortSignal;
  readonly write?: (line: string) => void;
  readonly onListening?: (url: string) => void;
  readonly listWatch?: { readonly minBackoffMs?: number };
  readonly warn?: (line: string) => void;
  /** This replica's name in the Lease (default: $POD_NAME, else the host name). */
  readonly identity?: string;
}

export async function runWatch(options: WatchOptions, control: WatchControl = {}): Promise<number> {
  const t = createTranslator(options.locale ?? 'en');
  const reemitMs = parseDuration(options.reemit);
  if (reemitMs === undefined) throw userError('out.watch.reemit', { value: options.reemit }, 2);
  if (options.namespace) checkNamespaceName(options.namespace);
  if (options.inCluster && (options.context || options.kubeconfig)) throw userError('out.watch.inCluster', {}, 2);
  const webhook = options.webhook === undefined ? undefined : parseWebhook(options.webhook);
  const [host, port] = parseAddress(options.metricsAddress);

  const { conn, source: where, homeNamespace, target } = await connect(options);
  const reader = new LiveReader(conn, where, requestTimeoutMs());
  const metrics = createWatchMetrics();
  const write = control.write ?? ((line: string) => void process.stdout.write(line));
  const warn = control.warn ?? ((line: string): void => void process.stderr.write(`${line}\n`));
  const identity = control.identity ?? (process.env['POD_NAME'] || hostname());

  let watcher: Watcher | undefined;
  let standby = options.leaderElect;
  const start = (): void => {
    standby = false;
    watcher = runWatcher({
      source: livePodSource(conn, reader, { ...(options.namespace ? { namespace: options.namespace } : {}), ...(options.selector ? { labelSelector: options.selector } : {}) }),
      reader, target, metrics, reemitMs, warn, t,
      sinks: { write, timeoutMs: 10_000, ...(options.dryRun ? {} : { events: { conn, instance: identity } }), ...(webhook ? { webhook } : {}) },
      logs: options.logs ? { kind: 'limited', bucket: new TokenBucket(options.logReads, Math.max(1, options.logReads * 4)) } : { kind: 'off' },
      ...(control.listWatch ? { listWatch: control.listWatch } : {}),
      ...(options.dryRun ? {} : { rememberPublished: options.namespace ? { namespace: options.namespace } : {} }),
    });
  };
  const routes: Record<string, Route> = options.alertmanager ? { '/alertmanager': alertmanagerRoute(() => watcher) } : {};
  const server = await startMetricsServer(metrics.registry, host, port, () => standby || (watcher?.ready() ?? false), routes);
  control.onListening?.(server.url);
  warn(`kubectl-crashcourse watch: ${t('out.watch.listening', { url: server.url })}`);

  const stopped = new AbortController();
  const onSignal = (): void => stopped.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  control.signal?.addEventListener('abort', onSignal, { once: true });

  const election = options.leaderElect
    ? runLeaderElection({
        conn, identity, namespace: options.leaseNamespace ?? homeNamespace, name: options.leaseName, signal: stopped.signal,
        onError: (err) => {
          metrics.apiErrors.inc({ operation: 'lease' });
          warn(`kubectl-crashcourse watch: ${t('out.watch.leaseError', { message: err instanceof Error ? err.message : String(err) })}`);
        },
        onLeading: () => {
          warn(`kubectl-crashcourse watch: ${t('out.watch.leaseHeld', { identity })}`);
          start();
        },
        onStopped: () => {
          warn(`kubectl-crashcourse watch: ${t('out.watch.leaseLost', { identity })}`);
          void watcher?.stop();
          watcher = undefined;
          standby = true;
        },
      })
    : (start(), Promise.resolve());

  await new Promise<void>((resolve) => (stopped.signal.aborted ? resolve() : stopped.signal.addEventListener('abort', () => resolve(), { once: true })));
  process.off('SIGTERM', onSignal);
  process.off('SIGINT', onSignal);
  await watcher?.stop();
  await election;
  await server.close();
  conn.agent.destroy();
  return 0;
}

async function connect(options: WatchOptions): Promise<{ conn: Connection; source: string; homeNamespace: string; target: { context?: string; kubeconfig?: string } }> {
  if (options.inCluster) {
    const ic = inClusterConnection();
    return { conn: ic.conn, source: 'in-cluster', homeNamespace: ic.namespace, target: {} };
  }
  const resolved = resolveTarget({
    ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
    ...(options.context ? { context: options.context } : {}),
  });
  const conn = await openConnection(resolved);
  return { conn, source: resolved.contextName, homeNamespace: resolved.namespace, target: { context: resolved.contextName, ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) } };
}

function parseWebhook(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw userError('out.watch.webhook', { value: text }, 2);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw userError('out.watch.webhook', { value: text }, 2);
  return url;
}

function parseAddress(text: string): [string, number] {
  const m = /^(?:\[([0-9a-fA-F:]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text);
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw userError('out.watch.metricsAddress', { value: text }, 2);
  return [m[1] ?? m[2]!, port];
}
