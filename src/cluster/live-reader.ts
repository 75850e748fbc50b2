// The ClusterReader over a real API server (or the training cluster): bounded GETs, secrets redacted at the
// boundary, metrics optional. Clock: the wall clock.
import type { KubeEvent, KubeList, KubeNode, KubeObject, Pod } from '../k8s/index.js';
import { resolveTarget, type TargetFlags } from '../target/index.js';
import { apiGet, apiGetJson, requestTimeoutMs } from './api-request.js';
import { collectionPath, objectPath } from './api-paths.js';
import { openConnection, type Connection } from './connection.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import { clusterError } from '../i18n/user-error.js';
import { trimTail, widenedRequest } from './log-tail.js';
import { withRetry } from './retry.js';
import type { ClusterReader, ListOptions, LogOptions, LogRead, ReadableKind } from '../contracts/read-port.js';
import { redactSecret } from './redact-secret.js';
import { watchPods, type PodWatchEvent, type PodWatchSelection } from './watch-pods.js';
import { sanitizeDeep } from '../text/sanitize.js';
import { eventSchema, listSchema, metricsSchema, objectSchema, podSchema, shapeProblem } from '../k8s/object-schema.js';
import type { ZodType } from 'zod';

export interface LiveReaderHandle {
  readonly reader: ClusterReader;
  readonly namespace: string;
  readonly context: string;
  /** The first kubeconfig file in effect. */
  readonly kubeconfigPath?: string;
  readonly server: string;
}

export async function openLiveReader(target: TargetFlags): Promise<LiveReaderHandle> {
  const resolved = resolveTarget(target);
  const conn = await openConnection(resolved);
  return {
    reader: new LiveReader(conn, resolved.contextName, requestTimeoutMs()),
    namespace: resolved.namespace,
    context: resolved.contextName,
    ...(resolved.files[0] ? { kubeconfigPath: resolved.files[0] } : {}),
    server: conn.server.origin,
  };
}

const MAX_LOG_STREAM_BYTES = 256 << 20;

type ListQuery = Record<string, string | number | undefined>;

export class LiveReader implements ClusterReader {
  constructor(
    private readonly conn: Connection,
    readonly source: string,
    private readonly timeoutMs: number,
  ) {}

  now(): number {
    return Date.now();
  }

  /**
   * API answers are outside text: every string is cleaned here, so no screen or report sees a raw escape, and
   * the shape the analysers rely on is checked, so a wrong answer is named with its field.
   */
  private async get<T>(path: string, schema: ZodType | undefined, query?: ListQuery): Promise<T> {
    const started = Date.now();
    const value = sanitizeDeep(
      await withRetry(() => apiGetJson<unknown>(this.conn, path, { timeoutMs: Math.max(1, started + this.timeoutMs - Date.now()), limitMs: this.timeoutMs, ...(query ? { query } : {}) }), { deadlineAt: started + this.timeoutMs }),
    );
    const problem = schema ? shapeProblem(schema, value) : undefined;
    if (problem) throw clusterError('server', 'evidence.read.malformed', { path, problem });
    return value as T;
  }

  private list<T>(path: string, item: ZodType, options: ListOptions | undefined): Promise<KubeList<T>> {
    return this.get<KubeList<T>>(path, listSchema(item), listQuery(options)).then((l) => ({ ...l, metadata: l.metadata ?? {}, items: l.items ?? [] }));
  }

  getPod(namespace: string, name: string): Promise<Pod> {
    return this.get<Pod>(objectPath('Pod', namespace, name), podSchema);
  }

  listPods(namespace: string | undefined, options?: ListOptions): Promise<KubeList<Pod>> {
    return this.list<Pod>(collectionPath('Pod', namespace), podSchema, options);
  }

  listEvents(namespace: string | undefined, options?: ListOptions): Promise<KubeList<KubeEvent>> {
    return this.list<KubeEvent>(collectionPath('Event', namespace), eventSchema, options);
  }

  async readLog(namespace: string, pod: string, options: LogOptions): Promise<LogRead> {
    const ask = widenedRequest(options);
    const keep = options.limitBytes ?? 1 << 20;
    // The kubelet's limitBytes keeps the head of the tail range, so one huge line among the last ones pushed the
    // newest lines (often the cause) out. We stream the range and keep its newest `keep` bytes; the server-side
    // limit is only a far bound on what crosses the network.
    const res = await apiGet(this.conn, `${objectPath('Pod', namespace, pod)}/log`, {
      query: { container: options.container, previous: options.previous, tailLines: ask.tailLines, limitBytes: Math.min(MAX_LOG_STREAM_BYTES, Math.max(keep * 16, 16 << 20)) },
      accept: '*/*',
      maxBytes: keep,
      truncate: true,
      keep: 'tail',
      timeoutMs: this.timeoutMs,
    });
    const trimmed = trimTail(res.body, { ...(options.tailLines !== undefined ? { tailLines: options.tailLines } : {}) }, res.truncated);
    // Lines were cut off whole inside the window: every wanted line is complete, and only the extra one went.
    const linesCut = trimmed.bytes.length < res.body.length;
    const cutBytes = (res.dropped ?? 0) > 0 && !linesCut ? res.dropped! : 0;
    return { ...trimmed, ...(cutBytes > 0 ? { cutBytes } : {}) };
  }

  async getObject(kind: ReadableKind, namespace: string | undefined, name: string): Promise<KubeObject> {
    const obj = await this.get<KubeObject>(objectPath(kind, namespace, name), objectSchema);
    return kind === 'Secret' ? redactSecret(obj) : obj;
  }

  listObjects(kind: 'Service' | 'LimitRange' | 'ResourceQuota' | 'Namespace' | 'Node', namespace: string | undefined, options?: ListOptions): Promise<KubeList<KubeObject>> {
    return this.list<KubeObject>(collectionPath(kind, namespace), objectSchema, options);
  }

  getNode(name: string): Promise<KubeNode> {
    return this.get<KubeNode>(objectPath('Node', undefined, name), objectSchema);
  }

  watchPods(selection: PodWatchSelection, resourceVersion: string, onEvent: (e: PodWatchEvent) => void, signal: AbortSignal): Promise<void> {
    return watchPods(this.conn, selection, resourceVersion, (event) => {
      if (event.type === 'ERROR') return onEvent(sanitizeDeep(event));
      const pod = sanitizeDeep(event.object);
      const problem = event.type === 'BOOKMARK' ? undefined : shapeProblem(podSchema, pod);
      // A malformed pod is reported like a server error: the caller resumes from the last good version.
      if (problem) onEvent({ type: 'ERROR', object: { code: 500, message: `a watched pod is malformed: ${problem}` } });
      else onEvent({ type: event.type, object: pod });
    }, signal);
  }

  async getPodMetrics(namespace: string, name: string): Promise<{ containers: { name: string; usage: Record<string, string> }[] } | undefined> {
    try {
      const m = await this.get<{ containers?: { name: string; usage?: Record<string, string> }[] }>(
        `/apis/metrics.k8s.io/v1beta1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}`,
        metricsSchema,
      );
      return { containers: (m.containers ?? []).map((c) => ({ name: c.name, usage: c.usage ?? {} })) };
    } catch (err) {
      // 404: metrics-server is not installed (or has no sample for this pod yet); 503: installed but down.
      if (err instanceof ClusterError && (err.kind === 'not-found' || err.status === 503)) return undefined;
      throw err;
    }
  }
}

function listQuery(options: ListOptions | undefined): ListQuery {
  return {
    labelSelector: options?.labelSelector,
    fieldSelector: options?.fieldSelector,
    limit: options?.limit,
    continue: options?.continue,
  };
}
