// Every failing pod of a namespace (or all of them) with a one-line cause, worst first. Pods are paged 500
// at a time and healthy ones dropped at once; events are listed once per namespace with failing pods. A pod
// whose status and events prove no cause gets a second look with a short tail of its logs and its node:
// most causes (permission denied, connection refused, exec format error) are only written in the logs.
import type { ClusterReader } from '../contracts/read-port.js';
import type { CauseId } from '../contracts/causes.js';
import { objectKey, podStatusRow, type KubeEvent, type Pod } from '../k8s/index.js';
import { gatherLogs } from './gather-logs.js';
import { listAll } from './list-all.js';
import { listReadError } from './list-read-error.js';
import { isFailing, severityOf } from './pod-health.js';
import type { ScanRow } from '../contracts/scan-row.js';
import type { Evidence } from '../contracts/evidence.js';
import type { Message } from '../contracts/diagnosis.js';

/** The analysis, injected by the caller: evidence sits left of analysis in the layering. */
export type ExplainPod = (evidence: Evidence) => {
  readonly cause: CauseId | null;
  readonly summary: string;
  readonly said?: Message;
  readonly container: string | null;
  readonly exitCode: number | null;
  /** Anything short of `confirmed` earns the pod a look at its logs. */
  readonly confirmed?: boolean;
};

export interface ScanOptions {
  readonly namespace?: string;
  readonly onProgress?: (podsSeen: number) => void;
  readonly explain?: ExplainPod;
  readonly now?: number;
  /** How many unproven pods get their logs read (worst first); the rest keep their status-only cause. */
  readonly logLookups?: number;
  /**
   * The rows as soon as the status and events are read, before any log: a row whose cause waits for its logs
   * is `pending` (its status-only cause is not shown as a verdict). The returned rows are the final ones.
   */
  readonly onRows?: (rows: readonly ScanRow[]) => void;
}

const EVENT_READ_CONCURRENCY = 4;
const LOG_READ_CONCURRENCY = 12;
// Enough of the crashed run to find its decisive lines; a scan is a triage list, not the full diagnosis.
const SCAN_LOG_LIMITS = { tailLines: 80, limitBytes: 32 * 1024 } as const;

export async function scanPods(reader: ClusterReader, options: ScanOptions = {}): Promise<ScanRow[]> {
  const now = options.now ?? reader.now?.() ?? Date.now();
  const failing: Pod[] = [];
  let seen = 0;
  let token: string | undefined;
  do {
    const page = await reader.listPods(options.namespace, { limit: 500, ...(token ? { continue: token } : {}) }).catch((err: unknown) => {
      throw listReadError(err, options.namespace);
    });
    for (const pod of page.items) if (isFailing(pod, podStatusRow(pod, now), now)) failing.push(pod);
    seen += page.items.length;
    options.onProgress?.(seen);
    token = page.metadata?.continue || undefined;
  } while (token);

  const eventsByPod = await eventsOfFailingPods(reader, failing);
  const rows = failing.map((pod) => toRow(pod, baseEvidence(pod, eventsByPod.get(podKey(pod)) ?? [], now, reader.source), options.explain));
  const sorted = rows.sort(byWorst);
  const budget = options.logLookups ?? 300;
  if (options.onRows) {
    const waiting = new Set(options.explain ? needLogs(sorted, budget).map(({ row }) => row.pod) : []);
    options.onRows(sorted.map(({ evidence: _e, confirmed: _c, ...row }) => (waiting.has(row.pod) ? { ...row, pending: true } : row)));
  }
  if (options.explain) await refineWithLogs(reader, sorted, options.explain, budget);
  return sorted.sort(byWorst);
}

/** The rows whose cause is not proven by status and events alone, worst first, at most `budget`. */
const needLogs = (rows: readonly ScannedRow[], budget: number): { row: ScannedRow; index: number }[] =>
  rows.map((row, index) => ({ row, index })).filter(({ row }) => row.evidence && row.cause !== null && !row.confirmed).slice(0, budget);

const byWorst = (a: ScannedRow, b: ScannedRow): number => b.severity - a.severity || b.restarts - a.restarts || a.pod.localeCompare(b.pod);

type ScannedRow = ScanRow & { evidence?: Evidence; confirmed?: boolean };

async function refineWithLogs(reader: ClusterReader, rows: ScannedRow[], explain: ExplainPod, budget: number): Promise<void> {
  const todo = needLogs(rows, budget);
  const nodes = new Map<string, Promise<Evidence['node']>>();
  const nodeOf = (name: string | undefined): Promise<Evidence['node']> => {
    if (!name) return Promise.resolve(undefined);
    if (!nodes.has(name)) nodes.set(name, reader.getNode(name).catch(() => undefined));
    return nodes.get(name)!;
  };
  const worker = async (): Promise<void> => {
    for (let next = todo.shift(); next; next = todo.shift()) {
      const base = next.row.evidence!;
      const ns = base.pod.metadata.namespace ?? 'default';
      const [{ logs }, node] = await Promise.all([gatherLogs(reader, base.pod, SCAN_LOG_LIMITS, { namespace: ns }), nodeOf(base.pod.spec.nodeName)]);
      rows[next.index] = toRow(base.pod, { ...base, logs, ...(node ? { node } : {}) }, explain);
    }
  };
  await Promise.all(Array.from({ length: LOG_READ_CONCURRENCY }, worker));
  for (const row of rows) {
    delete row.evidence;
    delete row.confirmed;
  }
}

const podKey = (pod: Pod): string => objectKey(pod);

async function eventsOfFailingPods(reader: ClusterReader, pods: readonly Pod[]): Promise<Map<string, KubeEvent[]>> {
  const byNamespace = new Map<string, Set<string>>();
  for (const p of pods) {
    const ns = p.metadata.namespace ?? 'default';
    const names = byNamespace.get(ns) ?? new Set<string>();
    names.add(p.metadata.name);
    byNamespace.set(ns, names);
  }
  const out = new Map<string, KubeEvent[]>();
  const queue = [...byNamespace.entries()];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [ns, names] = next;
      try {
        const events = await listAll((o) => reader.listEvents(ns, o), { fieldSelector: 'involvedObject.kind=Pod' }, (e) => names.has(e.involvedObject.name ?? ''), 20_000);
        for (const e of events) {
          const key = `${ns}/${e.involvedObject.name}`;
          out.set(key, [...(out.get(key) ?? []), e]);
        }
      } catch {
        // Events are a refinement of the cause line; a namespace whose events we may not read still gets its rows.
      }
    }
  };
  await Promise.all(Array.from({ length: EVENT_READ_CONCURRENCY }, worker));
  return out;
}

function baseEvidence(pod: Pod, events: readonly KubeEvent[], now: number, source: string): Evidence {
  return {
    pod,
    events: events.filter((e) => !e.involvedObject.uid || !pod.metadata.uid || e.involvedObject.uid === pod.metadata.uid),
    logs: [],
    owners: [],
    nodeEvents: [],
    references: [],
    services: [],
    limitRanges: [],
    quotas: [],
    gaps: [],
    collectedAt: now,
    source,
  };
}

function toRow(pod: Pod, evidence: Evidence, explain: ExplainPod | undefined): ScannedRow {
  const row = podStatusRow(pod, evidence.collectedAt);
  const verdict = explain?.(evidence) ?? { cause: null, summary: row.status, container: null, exitCode: lastExitCode(pod) };
  return {
    pod: objectKey(pod),
    namespace: pod.metadata.namespace ?? 'default',
    name: pod.metadata.name,
    container: verdict.container,
    cause: verdict.cause,
    summary: verdict.summary,
    ...(verdict.said ? { said: verdict.said } : {}),
    restarts: row.restarts,
    status: row.status,
    ready: row.ready,
    exitCode: verdict.exitCode ?? lastExitCode(pod),
    age: row.age,
    severity: severityOf(row),
    ...imageAndNode(pod, verdict.container),
    evidence,
    ...(verdict.confirmed ? { confirmed: true } : {}),
  };
}

function imageAndNode(pod: Pod, container: string | null): { image?: string; node?: string } {
  const c = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((x) => x.name === container) ?? pod.spec.containers[0];
  return { ...(c?.image ? { image: c.image } : {}), ...(pod.spec.nodeName ? { node: pod.spec.nodeName } : {}) };
}

function lastExitCode(pod: Pod): number | null {
  for (const cs of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const t = cs.state?.terminated ?? cs.lastState?.terminated;
    if (t && t.exitCode !== 0) return t.exitCode;
  }
  return null;
}
