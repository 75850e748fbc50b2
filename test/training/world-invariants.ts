// What makes one scenario's world coherent, as a list of problems (empty = coherent): its nodes are one fleet
// of one provider (name, providerID, labels and kubelet agree), its scheduler messages count its nodes and each
// clause is explained by them, its events name its pods' nodes, and its event counts and times agree with the
// containers' restart counts and the kubelet's back-off. Pure: the test feeds it what the cluster serves.
import { parseQuantity } from '../../src/analysis/quantity.js';
import type { ContainerStatus, KubeEvent, KubeObject, Pod } from '../../src/k8s/index.js';

export interface NodeObj extends KubeObject {
  readonly spec?: { providerID?: string; unschedulable?: boolean; taints?: readonly { key: string; value?: string; effect: string }[] };
  readonly status?: { allocatable?: Record<string, string>; addresses?: readonly { type: string; address: string }[]; nodeInfo?: { kubeletVersion?: string } };
}

export interface WorldView {
  readonly name: string;
  readonly nodes: readonly NodeObj[];
  readonly pods: readonly Pod[];
  readonly events: readonly KubeEvent[];
  readonly now: number;
  /** scenario.yaml says the scenario is about a mixed fleet. */
  readonly mixedFleet?: boolean;
}

/** Every provider a node's name, providerID, labels and kubelet version point at. */
export function providerSignals(node: NodeObj): Set<string> {
  const out = new Set<string>();
  const name = node.metadata.name;
  if (/^ip-\d+-\d+-\d+-\d+\.[a-z0-9-]+\.compute\.internal$/.test(name) || /^i-[0-9a-f]+$/.test(name)) out.add('aws');
  if (name.startsWith('gke-')) out.add('gcp');
  if (name.startsWith('aks-')) out.add('azure');
  const id = node.spec?.providerID ?? '';
  if (id.startsWith('aws://')) out.add('aws');
  if (id.startsWith('gce://')) out.add('gcp');
  if (id.startsWith('azure://')) out.add('azure');
  if (id.startsWith('k3s://')) out.add('k3s');
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('eks.amazonaws.com/') || k.startsWith('alpha.eksctl.io/') || k.startsWith('karpenter.k8s.aws/')) out.add('aws');
    if (k.startsWith('cloud.google.com/')) out.add('gcp');
    if (k.startsWith('kubernetes.azure.com/')) out.add('azure');
    if (k === 'node.kubernetes.io/instance-type') {
      if (v === 'k3s') out.add('k3s');
      else if (/^[a-z]\d[a-z]*\.\w+$/.test(v)) out.add('aws');
      else if (/^[a-z]\d-[a-z]+-\d+$/.test(v)) out.add('gcp');
      else if (/^Standard_/.test(v)) out.add('azure');
    }
  }
  const kubelet = node.status?.nodeInfo?.kubeletVersion ?? '';
  if (kubelet.includes('-eks-')) out.add('aws');
  if (kubelet.includes('-gke.')) out.add('gcp');
  if (kubelet.includes('+k3s')) out.add('k3s');
  return out;
}

/** The region a node's name or labels name, if any. */
function regionOf(node: NodeObj): string | undefined {
  const labels = node.metadata.labels ?? {};
  const fromName = /^ip-[\d-]+\.([a-z0-9-]+)\.compute\.internal$/.exec(node.metadata.name)?.[1];
  return labels['topology.kubernetes.io/region'] ?? fromName ?? labels['topology.kubernetes.io/zone']?.replace(/-?[a-z0-9]$/, '');
}

const PROVIDER_ID: Record<string, string> = { aws: 'aws://', gcp: 'gce://', azure: 'azure://' };
/** Labels whose keys say which cloud and where: every node of a world carries the same set. */
const PLACE_LABEL = /^(topology\.kubernetes\.io\/|node\.kubernetes\.io\/instance-type$|failure-domain\.|eks\.amazonaws\.com\/|cloud\.google\.com\/|kubernetes\.azure\.com\/)/;

/** A cloud's node always has its providerID, region, zone and instance type; its fleet shares its label keys. */
function cloudNodeProblems(nodes: readonly NodeObj[]): string[] {
  const problems: string[] = [];
  for (const n of nodes) {
    const cloud = [...providerSignals(n)].find((p) => PROVIDER_ID[p]);
    if (!cloud) continue;
    if (!n.spec?.providerID?.startsWith(PROVIDER_ID[cloud]!)) problems.push(`node ${n.metadata.name} (${cloud}) has no ${PROVIDER_ID[cloud]} providerID`);
    for (const label of ['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'node.kubernetes.io/instance-type']) {
      if (!n.metadata.labels?.[label]) problems.push(`node ${n.metadata.name} (${cloud}) has no ${label} label`);
    }
  }
  const cidrs = new Map<string, string>();
  for (const n of nodes) {
    const cidr = (n.spec as { podCIDR?: string } | undefined)?.podCIDR;
    if (cidr && cidrs.has(cidr)) problems.push(`nodes ${cidrs.get(cidr)} and ${n.metadata.name} share podCIDR ${cidr}`);
    if (cidr) cidrs.set(cidr, n.metadata.name);
  }
  const keys = (n: NodeObj): string => Object.keys(n.metadata.labels ?? {}).filter((k) => PLACE_LABEL.test(k)).sort().join(',');
  const sets = new Set(nodes.map(keys));
  if (sets.size > 1) problems.push(`nodes label their place differently: ${nodes.map((n) => `${n.metadata.name} [${keys(n)}]`).join('; ')}`);
  return problems;
}

export function fleetProblems(world: WorldView): string[] {
  const problems: string[] = [];
  const providers = new Map<string, string>();
  const regions = new Set<string>();
  for (const n of world.nodes) {
    const signals = providerSignals(n);
    if (signals.size > 1) problems.push(`node ${n.metadata.name} looks like ${[...signals].sort().join(' and ')} at once`);
    providers.set([...signals][0] ?? 'on-premises', n.metadata.name);
    const region = regionOf(n);
    if (region) regions.add(region);
    const zone = n.metadata.labels?.['topology.kubernetes.io/zone'];
    if (zone && region && !zone.startsWith(region)) problems.push(`node ${n.metadata.name}: zone ${zone} is not in region ${region}`);
  }
  problems.push(...cloudNodeProblems(world.nodes));
  if (!world.mixedFleet && providers.size > 1) problems.push(`nodes of ${[...providers].map(([p, n]) => `${p} (${n})`).sort().join(', ')} in one cluster`);
  if (!world.mixedFleet && regions.size > 1) problems.push(`nodes in regions ${[...regions].sort().join(', ')} in one cluster`);
  return problems;
}

const requests = (pod: Pod, r: 'memory' | 'cpu'): number =>
  pod.spec.containers.reduce((sum, c) => sum + (parseQuantity((c.resources?.requests as Record<string, string> | undefined)?.[r] ?? (c.resources?.limits as Record<string, string> | undefined)?.[r]) ?? 0), 0);

/** How many of the world's nodes fail the scheduler filter a FailedScheduling clause names; undefined = unknown clause. */
function nodesFailing(clause: string, pod: Pod, world: WorldView): number | undefined {
  const running = world.pods.filter((p) => p !== pod && p.spec.nodeName && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  const free = (n: NodeObj, r: 'memory' | 'cpu'): number => (parseQuantity(n.status?.allocatable?.[r]) ?? Infinity) - running.filter((p) => p.spec.nodeName === n.metadata.name).reduce((s, p) => s + requests(p, r), 0);
  const insufficient = /^Insufficient (memory|cpu)$/.exec(clause)?.[1] as 'memory' | 'cpu' | undefined;
  if (insufficient) return world.nodes.filter((n) => requests(pod, insufficient) > free(n, insufficient)).length;
  if (clause === "node(s) didn't match Pod's node affinity/selector") return world.nodes.filter((n) => !Object.entries(pod.spec.nodeSelector ?? {}).every(([k, v]) => n.metadata.labels?.[k] === v)).length;
  if (clause === 'node(s) were unschedulable') return world.nodes.filter((n) => n.spec?.unschedulable).length;
  const taint = /^node\(s\) had untolerated taint \{([^:]+): ?(.*)\}$/.exec(clause);
  if (taint) return world.nodes.filter((n) => (n.spec?.taints ?? []).some((t) => t.key === taint[1] && (t.value ?? '') === taint[2])).length;
  if (/^(Preemption is not helpful for scheduling|No preemption victims found for incoming pod)$/.test(clause)) return world.nodes.length;
  return undefined;
}

/** Clauses that hold for the whole cluster at once (no count). */
const UNCOUNTED = [/^pod has unbound immediate PersistentVolumeClaims$/, /^persistentvolumeclaim "[^"]+" not found$/];

export function schedulingProblems(world: WorldView): string[] {
  const problems: string[] = [];
  for (const ev of world.events) {
    if (ev.reason !== 'FailedScheduling') continue;
    const pod = world.pods.find((p) => p.metadata.name === ev.involvedObject.name);
    const where = `FailedScheduling of ${ev.involvedObject.name}`;
    if (!pod) { problems.push(`${where}: no such pod`); continue; }
    for (const part of (ev.message ?? '').split(/(?<=\.) (?=preemption: )/)) {
      const m = /^(?:preemption: )?0\/(\d+) nodes are available: (.*)\.$/.exec(part);
      if (!m) { problems.push(`${where}: cannot read "${part}"`); continue; }
      if (Number(m[1]) !== world.nodes.length) problems.push(`${where}: says 0/${m[1]} nodes, the world has ${world.nodes.length}`);
      for (const clause of m[2]!.split(', ')) {
        if (UNCOUNTED.some((re) => re.test(clause))) continue;
        const c = /^(\d+) (.+)$/.exec(clause);
        const failing = c ? nodesFailing(c[2]!, pod, world) : undefined;
        if (failing === undefined) problems.push(`${where}: no check explains "${clause}"`);
        else if (failing !== Number(c![1])) problems.push(`${where}: "${clause}" but ${failing} node(s) match`);
      }
    }
    if (pod.spec.nodeName) problems.push(`${where}: the pod is bound to ${pod.spec.nodeName}`);
  }
  return problems;
}

export function placementProblems(world: WorldView): string[] {
  const problems: string[] = [];
  const names = new Set(world.nodes.map((n) => n.metadata.name));
  for (const p of world.pods) {
    if (p.spec.nodeName && !names.has(p.spec.nodeName)) problems.push(`pod ${p.metadata.name} runs on ${p.spec.nodeName}, not a node of this world`);
    const node = world.nodes.find((n) => n.metadata.name === p.spec.nodeName);
    const ip = node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
    const hostIP = (p.status as { hostIP?: string } | undefined)?.hostIP;
    if (ip && hostIP && hostIP !== ip) problems.push(`pod ${p.metadata.name}: hostIP ${hostIP}, its node ${node!.metadata.name} has ${ip}`);
  }
  for (const ev of world.events) {
    const about = ev.involvedObject;
    if (about.kind === 'Node' && !names.has(about.name ?? '')) problems.push(`event ${ev.reason} about node ${about.name}, not a node of this world`);
    const pod = about.kind === 'Pod' ? world.pods.find((p) => p.metadata.uid === about.uid || p.metadata.name === about.name) : undefined;
    const host = ev.source?.host;
    if (pod && host && ev.source?.component === 'kubelet' && host !== pod.spec.nodeName) problems.push(`kubelet event ${ev.reason} of ${pod.metadata.name} from ${host}, the pod runs on ${pod.spec.nodeName ?? 'no node'}`);
    const assigned = / to (\S+)$/.exec(ev.reason === 'Scheduled' ? ev.message ?? '' : '')?.[1];
    if (pod && assigned && assigned !== pod.spec.nodeName) problems.push(`${pod.metadata.name} was assigned to ${assigned} but runs on ${pod.spec.nodeName}`);
  }
  return problems;
}

const backoff = (i: number): number => Math.min(10_000 * 2 ** i, 300_000);
const ms = (t: string | undefined): number => (t ? Date.parse(t) : NaN);

function goSeconds(text: string): number | undefined {
  const m = /^(?:(\d+)m)?(\d+)s$/.exec(text);
  return m ? (Number(m[1] ?? 0) * 60 + Number(m[2])) * 1000 : undefined;
}

export function eventClockProblems(world: WorldView): string[] {
  const problems: string[] = [];
  for (const ev of world.events) {
    const first = ms(ev.firstTimestamp ?? undefined);
    const last = ms(ev.lastTimestamp ?? undefined);
    const label = `event ${ev.involvedObject.name} ${ev.reason}`;
    if (first > last) problems.push(`${label}: first ${ev.firstTimestamp} after last ${ev.lastTimestamp}`);
    if (last > world.now + 1000) problems.push(`${label}: last ${ev.lastTimestamp} is in the future`);
    if ((ev.count ?? 1) === 1 && first !== last) problems.push(`${label}: count 1 but first and last differ`);
    const pod = ev.involvedObject.kind === 'Pod' ? world.pods.find((p) => p.metadata.uid === ev.involvedObject.uid) : undefined;
    if (pod && first < ms(pod.metadata.creationTimestamp) - 1000) problems.push(`${label}: first ${ev.firstTimestamp} before the pod was created (${pod.metadata.creationTimestamp})`);
  }
  for (const pod of world.pods) {
    const statuses: [string, ContainerStatus][] = [
      ...(pod.status?.initContainerStatuses ?? []).map((c) => [`spec.initContainers{${c.name}}`, c] as [string, ContainerStatus]),
      ...(pod.status?.containerStatuses ?? []).map((c) => [`spec.containers{${c.name}}`, c] as [string, ContainerStatus]),
    ];
    for (const [fieldPath, cs] of statuses) problems.push(...restartProblems(world, pod, fieldPath, cs));
  }
  return problems;
}

/** A container's start events against its restart count, the back-off between them, and its latest run. */
function restartProblems(world: WorldView, pod: Pod, fieldPath: string, cs: ContainerStatus): string[] {
  const problems: string[] = [];
  const label = `${pod.metadata.name}/${cs.name}`;
  const mine = world.events.filter((e) => e.involvedObject.uid === pod.metadata.uid && e.involvedObject.fieldPath === fieldPath);
  const started = mine.find((e) => e.reason === 'Started') ?? mine.find((e) => e.reason === 'Created');
  const restarts = cs.restartCount;
  if (started) {
    const count = started.count ?? 1;
    const first = ms(started.firstTimestamp ?? undefined);
    const last = ms(started.lastTimestamp ?? undefined);
    // Events live an hour: a history that starts with the pod must count every start.
    const whole = first - ms(pod.metadata.creationTimestamp) < 60_000;
    if (count > restarts + 1 || (whole && count !== restarts + 1)) problems.push(`${label}: ${count} ${started.reason} events for ${restarts} restarts`);
    let least = 0;
    for (let i = 0; i < count - 1; i++) least += backoff(i);
    if (last - first < least - 2000 * count) problems.push(`${label}: ${count} starts in ${(last - first) / 1000}s, the back-off needs at least ${least / 1000}s`);
    const run = cs.state?.running?.startedAt ?? cs.state?.terminated?.startedAt ?? cs.lastState?.terminated?.startedAt;
    if (started.reason === 'Started' && run && Math.abs(ms(run) - last) > 3000) problems.push(`${label}: last started at ${started.lastTimestamp} (event) but ${run} (status)`);
  }
  const waiting = cs.state?.waiting;
  if (waiting?.reason === 'CrashLoopBackOff') {
    const said = goSeconds(/^back-off (\S+) /.exec(waiting.message ?? '')?.[1] ?? '');
    const expected = backoff(restarts);
    if (said !== undefined && said !== expected) problems.push(`${label}: back-off ${said / 1000}s after ${restarts} restarts, the kubelet waits ${expected / 1000}s`);
    const finished = ms(cs.lastState?.terminated?.finishedAt);
    if (finished && world.now > finished + expected + 15_000) problems.push(`${label}: still in back-off ${(world.now - finished) / 1000}s after its last exit, past the ${expected / 1000}s wait`);
  }
  return problems;
}

export function worldProblems(world: WorldView): string[] {
  return [...fleetProblems(world), ...schedulingProblems(world), ...placementProblems(world), ...eventClockProblems(world)].map((p) => `${world.name}: ${p}`);
}
