// The ClusterReader over scenario directories and cluster-info dumps, with the API's semantics (selectors,
// paging, 404s, the kubelet's log rules), so `diagnose --from DIR` reaches the same result as online.
// Clock: the snapshot's recordedAt.
import type { Container, KubeEvent, KubeList, KubeNode, KubeObject, Pod } from '../k8s/index.js';
import { loadScenarios, readScenarioLog, type Scenario, type ScenarioLog } from '../scenario/index.js';
import { resourceName, type ApiKind } from './api-paths.js';
import { ClusterError } from '../contracts/cluster-errors.js';
import type { ClusterReader, ListOptions, LogOptions, LogRead, ReadableKind } from '../contracts/read-port.js';
import { redactSecret } from './redact-secret.js';
import { matchesFields, matchesLabels, parseLabelSelector } from './selectors.js';
import { toCoreEvent } from './core-event.js';

export interface OfflineReader extends ClusterReader {
  readonly scenarios: readonly Scenario[];
}

export async function openOfflineReader(dir: string): Promise<OfflineReader> {
  const scenarios = await loadScenarios([dir]);
  return new ScenarioReader(scenarios, `offline:${dir}`);
}

const nsOf = (o: KubeObject): string => o.metadata.namespace ?? 'default';

export class ScenarioReader implements OfflineReader {
  private readonly byKind = new Map<string, KubeObject[]>();
  private readonly logs = new Map<string, ScenarioLog>();
  private readonly clock: number;

  constructor(
    readonly scenarios: readonly Scenario[],
    readonly source: string,
  ) {
    for (const s of scenarios) {
      for (const o of s.objects) {
        const kind = o.kind ?? '';
        const obj = kind === 'Event' ? toCoreEvent(o) : o;
        const list = this.byKind.get(kind) ?? [];
        list.push(obj);
        this.byKind.set(kind, list);
      }
      for (const l of s.logs) this.logs.set(logKey(l.namespace, l.pod, l.container, l.previous), l);
    }
    this.clock = Math.max(0, ...scenarios.map((s) => s.recordedAt));
  }

  now(): number {
    return this.clock || Date.now();
  }

  private find(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.byKind.get(kind)?.find((o) => o.metadata.name === name && (namespace === undefined || nsOf(o) === namespace));
  }

  private list<T extends KubeObject>(kind: string, namespace: string | undefined, options?: ListOptions): KubeList<T> {
    const labels = parseLabelSelector(options?.labelSelector);
    const all = (this.byKind.get(kind) ?? []).filter(
      (o) => (namespace === undefined || nsOf(o) === namespace) && matchesLabels(o.metadata.labels, labels) && matchesFields(o, options?.fieldSelector),
    ) as T[];
    const offset = options?.continue ? Number(Buffer.from(options.continue, 'base64url').toString('utf8')) || 0 : 0;
    const limit = options?.limit && options.limit > 0 ? options.limit : all.length;
    const items = all.slice(offset, offset + limit);
    const next = offset + limit < all.length ? Buffer.from(String(offset + limit)).toString('base64url') : undefined;
    return { kind: `${kind}List`, apiVersion: 'v1', metadata: next ? { continue: next, remainingItemCount: all.length - offset - limit } : {}, items };
  }

  async getPod(namespace: string, name: string): Promise<Pod> {
    const pod = this.find('Pod', namespace, name);
    if (!pod) throw notFound('Pod', name);
    return pod as Pod;
  }

  async listPods(namespace: string | undefined, options?: ListOptions): Promise<KubeList<Pod>> {
    return this.list<Pod>('Pod', namespace, options);
  }

  async listEvents(namespace: string | undefined, options?: ListOptions): Promise<KubeList<KubeEvent>> {
    return this.list<KubeEvent>('Event', namespace, options);
  }

  async readLog(namespace: string, podName: string, options: LogOptions): Promise<LogRead> {
    const pod = await this.getPod(namespace, podName);
    const { container, previous } = options;
    const spec = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...((pod.spec.ephemeralContainers ?? []) as Container[])];
    if (!spec.some((c) => c.name === container)) {
      throw new ClusterError('bad-request', `container ${container} is not valid for pod ${podName}`, 400);
    }
    const want = { ...(options.tailLines !== undefined ? { tailLines: options.tailLines } : {}), ...(options.limitBytes !== undefined ? { limitBytes: options.limitBytes } : {}) };
    const file = this.logs.get(logKey(namespace, podName, container, previous));
    if (file) return readScenarioLog(file, want);
    const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === container);
    if (previous) {
      throw new ClusterError('bad-request', `previous terminated container "${container}" in pod "${podName}" not found`, 400);
    }
    // The kubelet serves the last run while a crashed container waits to be restarted.
    const prior = this.logs.get(logKey(namespace, podName, container, true));
    if (prior && !status?.state?.running) return readScenarioLog(prior, want);
    const waiting = status?.state?.waiting;
    if (!status || (waiting && !status.lastState?.terminated)) {
      throw new ClusterError('bad-request', `container "${container}" in pod "${podName}" is waiting to start: ${waiting?.reason ?? 'ContainerCreating'}`, 400);
    }
    return { bytes: Buffer.alloc(0), truncated: false };
  }

  async getObject(kind: ReadableKind, namespace: string | undefined, name: string): Promise<KubeObject> {
    const obj = this.find(kind, kind === 'Node' || kind === 'Namespace' ? undefined : namespace, name);
    if (!obj) throw notFound(kind, name);
    return kind === 'Secret' ? redactSecret(obj) : obj;
  }

  async listObjects(kind: 'Service' | 'LimitRange' | 'ResourceQuota' | 'Namespace' | 'Node', namespace: string | undefined, options?: ListOptions): Promise<KubeList<KubeObject>> {
    return this.list<KubeObject>(kind, kind === 'Node' || kind === 'Namespace' ? undefined : namespace, options);
  }

  async getNode(name: string): Promise<KubeNode> {
    return (await this.getObject('Node', undefined, name)) as KubeNode;
  }

  async getPodMetrics(namespace: string, name: string): Promise<{ containers: { name: string; usage: Record<string, string> }[] } | undefined> {
    const m = this.find('PodMetrics', namespace, name) as { containers?: { name: string; usage?: Record<string, string> }[] } | undefined;
    return m ? { containers: (m.containers ?? []).map((c) => ({ name: c.name, usage: c.usage ?? {} })) } : undefined;
  }
}

const logKey = (ns: string, pod: string, container: string, previous: boolean): string => `${ns}/${pod}/${container}/${previous ? 'p' : 'c'}`;

function notFound(kind: ApiKind, name: string): ClusterError {
  return new ClusterError('not-found', `${resourceName(kind)} "${name}" not found`, 404);
}
