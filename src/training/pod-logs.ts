// GET pods/X/log: the apiserver's container checks and the kubelet's state checks with their exact messages,
// then the bytes with tailLines, limitBytes, sinceSeconds and timestamps applied as the kubelet applies them.
import type { ContainerStatus, Pod } from '../k8s/index.js';
import { badRequest } from './api-status.js';
import { MAX_BUFFERED, readSource, type LogBook, type LogSource } from './log-book.js';
import { lineTime, moveTimes } from './log-clock.js';

export interface LogQuery {
  readonly container?: string;
  readonly previous: boolean;
  readonly tailLines?: number;
  readonly limitBytes?: number;
  readonly sinceSeconds?: number;
  readonly timestamps: boolean;
}

const names = (cs: readonly { name: string }[] | undefined): string => (cs ?? []).map((c) => c.name).join(' ');

export function resolveContainer(pod: Pod, requested: string | undefined): string {
  const name = pod.metadata.name;
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  if (requested) {
    if (!all.some((c) => c.name === requested)) throw badRequest(`container ${requested} is not valid for pod ${name}`);
    return requested;
  }
  if (pod.spec.containers.length === 1) return pod.spec.containers[0]!.name;
  if (pod.spec.containers.length === 0) throw badRequest(`pod ${name} does not have a container`);
  let message = `a container name must be specified for pod ${name}, choose one of: [${names(pod.spec.containers)}]`;
  if (pod.spec.initContainers?.length) message += ` or one of the init containers: [${names(pod.spec.initContainers)}]`;
  throw badRequest(message);
}

function statusOf(pod: Pod, container: string): ContainerStatus | undefined {
  const s = pod.status;
  return [...(s?.containerStatuses ?? []), ...(s?.initContainerStatuses ?? []), ...(s?.ephemeralContainerStatuses ?? [])].find((c) => c.name === container);
}

interface Run {
  readonly source: LogSource | undefined;
  readonly startedAt?: string;
  readonly finishedAt?: string;
}

/** Which run's output the kubelet would return, or its refusal (kubelet validateContainerLogStatus). */
function pickRun(pod: Pod, container: string, previous: boolean, logs: LogBook): Run {
  const ns = pod.metadata.namespace ?? 'default';
  const book = logs.get(ns, pod.metadata.name, container);
  const quoted = `container "${container}" in pod "${pod.metadata.name}"`;
  if (!pod.spec.nodeName && pod.status?.phase === 'Pending' && !statusOf(pod, container)) {
    throw badRequest(`pod ${pod.metadata.name} does not have a host assigned`);
  }
  const cs = statusOf(pod, container);
  const last = cs?.lastState?.terminated;
  if (previous) {
    if (!last) throw badRequest(`previous terminated container "${container}" in pod "${pod.metadata.name}" not found`);
    return { source: book?.previous, ...(last.startedAt ? { startedAt: last.startedAt } : {}), ...(last.finishedAt ? { finishedAt: last.finishedAt } : {}) };
  }
  const state = cs?.state;
  if (state?.running) return { source: book?.current, ...(state.running.startedAt ? { startedAt: state.running.startedAt } : {}) };
  if (state?.terminated) {
    const t = state.terminated;
    return { source: book?.current ?? book?.previous, ...(t.startedAt ? { startedAt: t.startedAt } : {}), ...(t.finishedAt ? { finishedAt: t.finishedAt } : {}) };
  }
  if (last) {
    return { source: book?.current ?? book?.previous, ...(last.startedAt ? { startedAt: last.startedAt } : {}), ...(last.finishedAt ? { finishedAt: last.finishedAt } : {}) };
  }
  const reason = state?.waiting?.reason;
  if (reason === 'ErrImagePull') throw badRequest(`${quoted} is waiting to start: image can't be pulled`);
  if (reason === 'ImagePullBackOff') throw badRequest(`${quoted} is waiting to start: trying and failing to pull image`);
  if (reason) throw badRequest(`${quoted} is waiting to start: ${reason}`);
  if (!cs) throw badRequest(`${quoted} is waiting to start: ContainerCreating`);
  throw badRequest(`${quoted} is waiting to start - no logs yet`);
}

const nanoTime = (ms: number): string => new Date(Math.floor(ms)).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');

/**
 * Where the text's own timestamps go for the run being shown: moved as the scenario's clock was, plus however
 * much later this run started than the one that wrote it; squeezed into the run when it was shorter (a rerun
 * under --speed). `ref` dates the partial times (klog's, pino's) in the text as written.
 */
function textClock(source: LogSource, run: Run, now: number): { to: (ms: number) => number; ref: number; start: number } {
  const started = run.startedAt ? Date.parse(run.startedAt) : NaN;
  const known = Number.isFinite(started) && started > 0;
  const start = known ? started : now;
  const clock = source.clock;
  if (!clock) return { to: (ms) => ms, ref: start, start };
  const origin = known && clock.runStart !== undefined ? clock.runStart : undefined;
  // Whole seconds, as the statuses were moved (their times carry no fraction).
  const moved = Math.floor(clock.shiftMs / 1000) * 1000;
  const shift = moved + (origin !== undefined ? started - origin : 0);
  const finished = run.finishedAt ? Date.parse(run.finishedAt) : NaN;
  const span = origin !== undefined && clock.runEnd !== undefined ? clock.runEnd - origin : NaN;
  const scale = Number.isFinite(finished) && span > 0 ? Math.min(1, Math.max(0, finished - started) / span) : 1;
  const to = scale === 1 ? (ms: number) => ms + shift : (ms: number) => started + (ms + moved - origin!) * scale;
  return { to, ref: start - shift, start };
}

/**
 * Each line stamped when it was written: at the time it carries itself when it has one (a stack trace's lines
 * share their header's), else spread evenly across the run, always within the run's start and finish.
 */
function stampAndFilter(buf: Buffer, run: Run, now: number, ref: number, sinceSeconds: number | undefined, timestamps: boolean): Buffer {
  const start = run.startedAt && Date.parse(run.startedAt) > 0 ? Date.parse(run.startedAt) : now;
  const end = run.finishedAt ? Math.max(start, Date.parse(run.finishedAt)) : Math.max(start, now);
  // finishedAt is whole seconds; a line written in that last second may carry its fraction.
  const latest = run.finishedAt ? end + 999 : end;
  const lines: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0a) {
      lines.push(buf.subarray(from, i + 1));
      from = i + 1;
    }
  }
  if (from < buf.length) lines.push(buf.subarray(from));
  const own = lines.map((line) => lineTime(line, ref));
  const dated = own.some((t) => t !== undefined);
  let last = start;
  const stamps = lines.map((_line, i) => {
    if (!dated) return lines.length > 1 ? start + ((end - start) * i) / (lines.length - 1) : end;
    last = Math.min(latest, Math.max(last, own[i] ?? last));
    return last;
  });
  const since = sinceSeconds === undefined ? -Infinity : now - sinceSeconds * 1000;
  const out: Buffer[] = [];
  lines.forEach((line, i) => {
    const t = stamps[i]!;
    if (t < since) return;
    if (timestamps) out.push(Buffer.from(`${nanoTime(t)} `));
    out.push(line);
  });
  return Buffer.concat(out);
}

export async function podLog(pod: Pod, query: LogQuery, logs: LogBook, now: number): Promise<{ container: string; bytes: Buffer; running: boolean }> {
  const container = resolveContainer(pod, query.container);
  const run = pickRun(pod, container, query.previous, logs);
  const running = !query.previous && Boolean(statusOf(pod, container)?.state?.running);
  if (!run.source) return { container, bytes: Buffer.alloc(0), running };
  const cap = query.limitBytes !== undefined && query.sinceSeconds === undefined && !query.timestamps ? query.limitBytes : MAX_BUFFERED;
  const clock = textClock(run.source, run, now);
  let bytes = await readSource(run.source, query.tailLines, cap);
  if (run.source.clock) bytes = moveTimes(bytes, clock.to, clock.ref);
  if (query.sinceSeconds !== undefined || query.timestamps) bytes = stampAndFilter(bytes, run, now, clock.start, query.sinceSeconds, query.timestamps);
  if (query.limitBytes !== undefined) bytes = bytes.subarray(0, query.limitBytes);
  return { container, bytes, running };
}
