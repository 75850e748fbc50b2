// The pod as `kubectl describe pod` lays it out (the parts that matter for triage), as plain lines to scroll.
import type { Evidence } from '../../contracts/evidence.js';
import type { Container, ContainerState, ContainerStatus } from '../../k8s/index.js';
import { podStatusRow } from '../../k8s/index.js';
import { eventRows } from './events.js';
import { probeLine } from './probe-line.js';

export interface DescribeLine {
  readonly text: string;
  readonly heading?: boolean;
  readonly warning?: boolean;
}

function stateLines(label: string, state: ContainerState | undefined): string[] {
  if (!state) return [];
  if (state.running) return [`    ${label}: Running`, `      Started: ${state.running.startedAt ?? '?'}`];
  if (state.waiting) return [`    ${label}: Waiting`, `      Reason: ${state.waiting.reason ?? ''}`, ...(state.waiting.message ? [`      Message: ${state.waiting.message}`] : [])];
  const t = state.terminated;
  if (!t) return [];
  return [
    `    ${label}: Terminated`,
    `      Reason: ${t.reason ?? ''}`,
    `      Exit Code: ${t.exitCode}`,
    ...(t.signal ? [`      Signal: ${t.signal}`] : []),
    ...(t.message ? [`      Message: ${t.message}`] : []),
    `      Started: ${t.startedAt ?? '?'}`,
    `      Finished: ${t.finishedAt ?? '?'}`,
  ];
}

function containerLines(c: Container, s: ContainerStatus | undefined): string[] {
  const res = c.resources ?? {};
  const kv = (m: Readonly<Record<string, string>> | undefined) => Object.entries(m ?? {}).map(([k, v]) => `      ${k}: ${v}`);
  return [
    `  ${c.name}:`,
    `    Image: ${c.image ?? ''}`,
    ...(c.command ? [`    Command: ${c.command.join(' ')}`] : []),
    ...(c.args ? [`    Args: ${c.args.join(' ')}`] : []),
    ...(c.ports ?? []).map((p) => `    Port: ${p.containerPort}/${p.protocol ?? 'TCP'}`),
    ...stateLines('State', s?.state),
    ...stateLines('Last State', s?.lastState),
    `    Ready: ${s?.ready ?? false}`,
    `    Restart Count: ${s?.restartCount ?? 0}`,
    ...(res.limits ? ['    Limits:', ...kv(res.limits)] : []),
    ...(res.requests ? ['    Requests:', ...kv(res.requests)] : []),
    ...(c.livenessProbe ? [`    Liveness: ${probeLine(c.livenessProbe)}`] : []),
    ...(c.readinessProbe ? [`    Readiness: ${probeLine(c.readinessProbe)}`] : []),
    ...(c.startupProbe ? [`    Startup: ${probeLine(c.startupProbe)}`] : []),
    ...((c.env ?? []).length > 0 ? ['    Environment:'] : []),
    ...(c.env ?? []).map((e) => `      ${e.name}: ${e.value ?? (e.valueFrom?.secretKeyRef ? `<secret ${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}>` : e.valueFrom?.configMapKeyRef ? `<configmap ${e.valueFrom.configMapKeyRef.name}/${e.valueFrom.configMapKeyRef.key}>` : '<from field>')}`),
    ...(c.volumeMounts ?? []).map((m) => `    Mount: ${m.mountPath} from ${m.name}${m.subPath ? ` (subPath ${m.subPath})` : ''}${m.readOnly ? ' (ro)' : ''}`),
  ];
}

export function describeLines(evidence: Evidence): DescribeLine[] {
  const pod = evidence.pod;
  const row = podStatusRow(pod, evidence.collectedAt);
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const find = (name: string) => statuses.find((s) => s.name === name);
  const plain = (text: string): DescribeLine => ({ text });
  const head = (text: string): DescribeLine => ({ text, heading: true });
  const out: DescribeLine[] = [
    plain(`Name:         ${pod.metadata.name}`),
    plain(`Namespace:    ${pod.metadata.namespace ?? 'default'}`),
    plain(`Node:         ${pod.spec.nodeName ?? '<none>'}${pod.status?.hostIP ? `/${pod.status.hostIP}` : ''}`),
    plain(`Status:       ${row.status} (phase ${pod.status?.phase ?? '?'})`),
    plain(`IP:           ${pod.status?.podIP ?? '<none>'}`),
    plain(`Controlled By: ${pod.metadata.ownerReferences?.map((o) => `${o.kind}/${o.name}`).join(', ') ?? '<none>'}`),
    plain(`QoS Class:    ${pod.status?.qosClass ?? '?'}`),
  ];
  if ((pod.spec.initContainers ?? []).length > 0) {
    out.push(head('Init Containers:'));
    for (const c of pod.spec.initContainers ?? []) out.push(...containerLines(c, find(c.name)).map(plain));
  }
  out.push(head('Containers:'));
  for (const c of pod.spec.containers) out.push(...containerLines(c, find(c.name)).map(plain));
  out.push(head('Conditions:'));
  for (const c of pod.status?.conditions ?? []) out.push(plain(`  ${c.type.padEnd(26)}${c.status}${c.reason ? ` (${c.reason})` : ''}`));
  out.push(head('Events:'));
  const events = eventRows(evidence.events, evidence.collectedAt);
  if (events.length === 0) out.push(plain('  <none>'));
  for (const e of events) out.push({ text: `  ${e.type.padEnd(8)}${e.reason.padEnd(18)}${e.lastSeen.padEnd(8)}${e.count > 1 ? `(x${e.count}) ` : ''}${e.message}`, warning: e.warning });
  return out;
}
