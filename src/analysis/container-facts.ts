// Small readings of one container that several analyzers share: its last termination, how long that run lived,
// and how to quote a status field.
import type { ContainerStateTerminated, Pod } from '../k8s/index.js';
import type { ContainerView } from './context.js';
import type { EvidenceLine } from '../contracts/diagnosis.js';

/** The termination that matters: the current one if the container is terminated now, else the last one. */
export function lastTermination(v: ContainerView | undefined): { term: ContainerStateTerminated; field: string } | undefined {
  const st = v?.status;
  if (!st) return undefined;
  const prefix = `${v.init ? 'initContainerStatuses' : 'containerStatuses'}[${v.name}]`;
  if (st.state?.terminated) return { term: st.state.terminated, field: `${prefix}.state.terminated` };
  if (st.lastState?.terminated) return { term: st.lastState.terminated, field: `${prefix}.lastState.terminated` };
  return undefined;
}

export const parseTime = (t: string | undefined): number | undefined => {
  const ms = t ? Date.parse(t) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

// A runtime that never started the process reports the zero time (1970-01-01T00:00:00Z) as startedAt: that is
// "never started", not a start, and a run length computed from it would be decades long.
const NEVER = Date.UTC(1971, 0, 1);

/** When the run started, if it did (the runtime's zero time means it never started). */
export const startedAtMs = (term: ContainerStateTerminated): number | undefined => {
  const a = parseTime(term.startedAt);
  return a !== undefined && a >= NEVER ? a : undefined;
};

/** Seconds the last run lived, when both ends are known and the process did start. */
export function lifetimeSeconds(term: ContainerStateTerminated): number | undefined {
  const a = startedAtMs(term);
  const b = parseTime(term.finishedAt);
  return a !== undefined && b !== undefined && b >= a ? Math.round((b - a) / 1000) : undefined;
}

export function quoteTermination(field: string, term: ContainerStateTerminated): EvidenceLine {
  const parts = [`reason=${term.reason ?? '(none)'}`, `exitCode=${term.exitCode}`];
  if (term.signal) parts.push(`signal=${term.signal}`);
  if (term.startedAt) parts.push(`startedAt=${term.startedAt}`);
  if (term.finishedAt) parts.push(`finishedAt=${term.finishedAt}`);
  const msg = term.message?.trim();
  return { source: 'status', where: field, text: `${field}: ${parts.join(' ')}${msg ? `\nmessage: ${msg.slice(0, 600)}` : ''}` };
}

export const statusLine = (where: string, text: string): EvidenceLine => ({ source: 'status', where, text: `${where}: ${text}` });
export const specLine = (where: string, text: string): EvidenceLine => ({ source: 'spec', where, text: `${where}: ${text}` });

export const restartPolicyOf = (pod: Pod, v: ContainerView): string =>
  v.nativeSidecar ? 'Always' : pod.spec.restartPolicy ?? 'Always';

export const fieldOf = (v: ContainerView): string => `${v.init ? 'initContainers' : 'containers'}[${v.name}]`;

/** The node paths of the pod's hostPath volumes and the container's mount paths. */
export const volumePaths = (pod: Pod, v: ContainerView): string[] => [
  ...(pod.spec.volumes ?? []).flatMap((x) => (x.hostPath?.path ? [x.hostPath.path] : [])),
  ...(v.spec?.volumeMounts ?? []).map((m) => m.mountPath),
];
