// The noisy-sidecar red herring: a log shipper placed first in the pod (so a bare `kubectl logs POD` shows it)
// that runs fine and keeps logging alarming, irrelevant errors — its collector refuses connections, its buffer is
// full, a file is unreadable — while the real cause is in the main container. Its status (running, never
// restarted, ready) and READY 1/2 say it is not the one failing. Fits every pod whose app containers have run
// (phase Running, not held by an init container); the owner's template gets the sidecar too, so a fixed pod
// keeps it and the Deployment still owns the pod it shows.
import type { CauseId } from '../contracts/causes.js';
import type { Container, ContainerStatus, KubeObject, Pod } from '../k8s/index.js';
import { rfc3339, type HerringInput, type RedHerring } from './red-herring.js';

export const SIDECAR_NAME = 'log-shipper';
const IMAGE = 'fluent/fluent-bit:3.0.7';

const SIDECAR: Container = {
  name: SIDECAR_NAME,
  image: IMAGE,
  args: ['--config=/fluent-bit/etc/fluent-bit.conf'],
  resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '64Mi' } },
} as Container;

// Each line with the wrong guess it invites; a line that would echo the real answer is left out.
const NOISE: readonly { readonly suggests: CauseId; readonly line: string }[] = [
  { suggests: 'missing-dependency', line: '[error] [net] TCP connection failed: log-collector.logging.svc:24224 (Connection refused)' },
  { suggests: 'missing-dependency', line: '[error] [output:forward:forward.0] no upstream connections available' },
  { suggests: 'oom-killed', line: '[ warn] [input] tail.0 paused (mem buf overlimit)' },
  { suggests: 'permission-denied', line: '[error] [input:tail:tail.0] read error, check permissions: /var/log/containers/*.log' },
  { suggests: 'app-crash', line: "[ warn] [engine] failed to flush chunk '1-1733412000.118903442.flb', retry in 9 seconds: task_id=3, input=tail.0 > output=forward.0 (out_id=0)" },
];

function noiseLog(input: HerringInput, startedAt: number): string {
  const lines = NOISE.filter((n) => !input.accepted.includes(n.suggests)).map((n) => n.line);
  const stamp = (ms: number): string => `[${new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '').replace(/-/g, '/')}]`;
  const out = [`${stamp(startedAt)} [ info] [fluent bit] version=3.0.7, commit=73e72bdf9b, pid=1`, `${stamp(startedAt)} [ info] [storage] ver=1.5.2, type=memory, sync=normal, checksum=off, max_chunks_up=128`];
  const span = Math.max(60_000, input.recordedAt - startedAt);
  const count = 24;
  for (let i = 1; i <= count; i++) out.push(`${stamp(startedAt + (span * i) / count)} ${lines[i % lines.length]}`);
  return `${out.join('\n')}\n`;
}

const startOf = (pod: Pod, recordedAt: number): number => {
  const t = Date.parse(pod.status?.startTime ?? pod.metadata.creationTimestamp ?? '');
  return Number.isFinite(t) ? t : recordedAt - 30 * 60_000;
};

type Templated = KubeObject & { spec?: { template?: { spec?: { containers?: Container[] } }; jobTemplate?: { spec?: { template?: { spec?: { containers?: Container[] } } } } } };

/** The pod's owners up the chain (ReplicaSet → Deployment, Job → CronJob, …), as the scenario holds them. */
function ownersOf(pod: KubeObject, objects: readonly KubeObject[]): KubeObject[] {
  const out: KubeObject[] = [];
  let current: KubeObject | undefined = pod;
  while (current && out.length < 4) {
    const ref: { kind: string; name: string } | undefined = current.metadata.ownerReferences?.find((r) => r.controller !== false);
    const ns: string = current.metadata.namespace ?? 'default';
    current = ref ? objects.find((o) => o.kind === ref.kind && o.metadata.name === ref.name && (o.metadata.namespace ?? 'default') === ns) : undefined;
    if (current) out.push(current);
  }
  return out;
}

function withSidecar(owner: Templated): KubeObject | undefined {
  const spec = owner.spec?.template?.spec ?? owner.spec?.jobTemplate?.spec?.template?.spec;
  if (!spec?.containers) return undefined;
  const copy = structuredClone(owner) as Templated;
  const target = (copy.spec!.template?.spec ?? copy.spec!.jobTemplate!.spec!.template!.spec)!;
  target.containers = [SIDECAR, ...(target.containers ?? [])];
  return copy;
}

export const NOISY_SIDECAR: RedHerring = {
  kind: 'noisy-sidecar',
  unfit: ({ pod }) => {
    if (pod.status?.phase !== 'Running') return `the pod is ${pod.status?.phase ?? 'not running'}: a sidecar could not be running beside it`;
    if (pod.spec.containers.some((c) => c.name === SIDECAR_NAME)) return `the pod already has a container named ${SIDECAR_NAME}`;
    return null;
  },
  apply: (input) => {
    const started = startOf(input.pod, input.recordedAt);
    const pod = structuredClone(input.pod) as Pod & { spec: { containers: Container[] }; status: { containerStatuses?: ContainerStatus[] } };
    pod.spec.containers = [SIDECAR, ...pod.spec.containers];
    const status: ContainerStatus = {
      name: SIDECAR_NAME, image: `docker.io/${IMAGE}`, imageID: `docker.io/${IMAGE.split(':')[0]}@sha256:8f6e5d2b1c0a9e7d4f3b2a1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e`,
      containerID: 'containerd://4b8c1e7f2a9d3c6b5e0f1a2d3c4b5a69788776655443322110ffeeddccbbaa99', ready: true, restartCount: 0, started: true,
      state: { running: { startedAt: rfc3339(started) } },
    } as ContainerStatus;
    pod.status.containerStatuses = [status, ...(pod.status.containerStatuses ?? [])];
    const owners = ownersOf(input.pod, input.objects).map((o) => withSidecar(o as Templated)).filter((o): o is KubeObject => o !== undefined);
    return { replace: [pod, ...owners], add: [], logs: [{ container: SIDECAR_NAME, previous: false, text: noiseLog(input, started) }] };
  },
};
