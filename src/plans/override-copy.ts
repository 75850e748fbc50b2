// The override copy, as data: the pod's spec with the failing container kept alive, every probe removed,
// no labels, no owner, marked as ours. Pure: the caller brings the random suffix, the clock and what it read.
import type { Container, Pod, PodSpec, Probe } from '../k8s/index.js';
import { ENGLISH, type MessageKey, type MessageValues } from '../i18n/translate.js';

export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'kubectl-crashcourse';
export const SOURCE_POD_LABEL = 'kubectl-crashcourse/source-pod';
export const ANNOTATION_PREFIX = 'kubectl-crashcourse/';
/**
 * The product's former name. Copies made before the rename carry these labels; cleanup still finds them for
 * one release so that nobody is left with an orphan, and says that they carry the old name.
 */
export const LEGACY_MANAGED_BY_VALUE = 'kubectl-triage';
export const LEGACY_SOURCE_POD_LABEL = 'kubectl-triage/source-pod';

/** The label pairs a copy of ours may carry: the current name first, then the former one. */
export const COPY_LABELLINGS = [
  { managedBy: MANAGED_BY_VALUE, sourcePodLabel: SOURCE_POD_LABEL, legacy: false },
  { managedBy: LEGACY_MANAGED_BY_VALUE, sourcePodLabel: LEGACY_SOURCE_POD_LABEL, legacy: true },
] as const;

export const KEEP_ALIVE_SLEEP: readonly string[] = ['sleep', 'infinity'];
export const KEEP_ALIVE_SHELL_LOOP: readonly string[] = ['/bin/sh', '-c', 'while true; do sleep 3600; done'];
export const KEEP_ALIVE_TAIL: readonly string[] = ['tail', '-f', '/dev/null'];

export type PsaLevel = 'privileged' | 'baseline' | 'restricted' | 'unknown';
export type ProbeKind = 'liveness' | 'readiness' | 'startup';

/** A sentence the override says about what it read (why it pins, what to watch for), for any language. */
export interface OverrideMessage {
  readonly key: MessageKey;
  readonly values: MessageValues;
}

export interface OverrideCopyInput {
  readonly pod: Pod;
  readonly container: { readonly name: string; readonly init: boolean };
  readonly keepAlive: readonly string[];
  readonly sameNode: boolean;
  readonly keepInitContainers: boolean;
  /** Five characters [a-z0-9]. */
  readonly suffix: string;
  /** ISO time written into the annotations. */
  readonly now: string;
  /** claimName → access modes; a claim missing here could not be read. */
  readonly claims: Readonly<Record<string, readonly string[]>>;
}

export interface OverrideCopy {
  readonly pod: Pod;
  readonly name: string;
  readonly container: string;
  readonly command: readonly string[];
  readonly removedProbes: readonly { readonly container: string; readonly probe: ProbeKind }[];
  readonly removedHooks: boolean;
  /** `why` in English; `because` is the same reason as a catalog message, for the reader's language. */
  readonly pinnedTo?: { readonly node: string; readonly why: string; readonly because: OverrideMessage };
  readonly droppedInitContainers: readonly string[];
}

export function copyName(pod: string, suffix: string): string {
  // 63 is the DNS label limit kubectl and most controllers keep pod names to ("-crashcourse-" + 5 = 18 characters).
  const base = pod.slice(0, 45).replace(/[-.]+$/, '');
  return `${base}-crashcourse-${suffix}`;
}

/** Label values stop at 63 characters; a longer pod name keeps its start and a short hash of the whole. */
export function sourcePodLabelValue(pod: string): string {
  if (pod.length <= 63) return pod;
  let h = 0;
  for (const ch of pod) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return `${pod.slice(0, 54).replace(/[-_.]+$/, '')}-${h.toString(36).padStart(7, '0').slice(0, 7)}`;
}

export function overrideSelector(pod: string, legacy = false): string {
  const l = COPY_LABELLINGS[legacy ? 1 : 0];
  return `${MANAGED_BY_LABEL}=${l.managedBy},${l.sourcePodLabel}=${sourcePodLabelValue(pod)}`;
}

/** True only for pods we made for this source pod: both labels of one naming must match. */
export function isOurCopy(candidate: Pod, sourcePod: string): boolean {
  return copyLabelling(candidate, sourcePod) !== undefined;
}

/** Which of our namings labels this copy of sourcePod, if any. */
export function copyLabelling(candidate: Pod, sourcePod: string): (typeof COPY_LABELLINGS)[number] | undefined {
  const labels = candidate.metadata.labels ?? {};
  const value = sourcePodLabelValue(sourcePod);
  return COPY_LABELLINGS.find((l) => labels[MANAGED_BY_LABEL] === l.managedBy && labels[l.sourcePodLabel] === value);
}

export function buildOverrideCopy(input: OverrideCopyInput): OverrideCopy {
  const { pod, container } = input;
  const spec = pod.spec;
  const name = copyName(pod.metadata.name, input.suffix);
  const removedProbes: { container: string; probe: ProbeKind }[] = [];
  const strip = (c: Container): Container => {
    const { livenessProbe, readinessProbe, startupProbe, ...rest } = c;
    const had: [Probe | undefined, ProbeKind][] = [[livenessProbe, 'liveness'], [readinessProbe, 'readiness'], [startupProbe, 'startup']];
    for (const [p, kind] of had) if (p) removedProbes.push({ container: c.name, probe: kind });
    return rest;
  };
  const keepAlive = (c: Container): Container => {
    const { command: _c, args: _a, lifecycle: _l, ...rest } = c;
    // A sidecar-style init container (restartPolicy Always) becomes a plain container in the copy.
    const { restartPolicy: _r, ...plain } = rest;
    return { ...(container.init ? plain : rest), command: [...input.keepAlive] };
  };

  const original = container.init ? spec.initContainers ?? [] : spec.containers;
  const target = original.find((c) => c.name === container.name);
  if (!target) throw new Error(`container ${container.name} is not in pod ${pod.metadata.name}`);

  let initContainers = spec.initContainers ?? [];
  let containers = spec.containers;
  const dropped: string[] = [];
  if (container.init) {
    // The failing init container would block the pod in Init forever: run it as the copy's only container,
    // after the init containers that ran before it (they may prepare its volumes).
    const idx = initContainers.findIndex((c) => c.name === container.name);
    dropped.push(...initContainers.slice(idx).map((c) => c.name));
    initContainers = initContainers.slice(0, idx);
    containers = [keepAlive(target)];
  } else {
    containers = containers.map((c) => (c.name === container.name ? keepAlive(c) : c));
  }
  if (!input.keepInitContainers) {
    dropped.push(...initContainers.map((c) => c.name));
    initContainers = [];
  }

  const pinnedTo = pinning(spec, input);
  const {
    nodeName: _node, ephemeralContainers: _eph, initContainers: _init, containers: _containers,
    ...restSpec
  } = spec;
  const newSpec: PodSpec = {
    ...restSpec,
    ...(initContainers.length ? { initContainers: initContainers.map(strip) } : {}),
    containers: containers.map(strip),
    // The keep-alive must not loop: if it exits, the copy shows the error instead of restarting.
    restartPolicy: 'Never',
    // sleep and tail run as PID 1 ignore SIGTERM, so each delete would otherwise wait the whole grace period.
    terminationGracePeriodSeconds: 1,
    ...(pinnedTo ? { nodeName: pinnedTo.node } : {}),
  };
  const copy: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: pod.metadata.namespace ?? 'default',
      labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [SOURCE_POD_LABEL]: sourcePodLabelValue(pod.metadata.name) },
      annotations: {
        [`${ANNOTATION_PREFIX}source-pod`]: pod.metadata.name,
        [`${ANNOTATION_PREFIX}container`]: container.name,
        [`${ANNOTATION_PREFIX}original-command`]: JSON.stringify({ command: target.command ?? null, args: target.args ?? null }),
        [`${ANNOTATION_PREFIX}created-at`]: input.now,
      },
    },
    spec: newSpec,
  };
  return {
    pod: copy,
    name,
    container: container.name,
    command: input.keepAlive,
    removedProbes,
    removedHooks: Boolean(target.lifecycle),
    ...(pinnedTo ? { pinnedTo } : {}),
    droppedInitContainers: dropped,
  };
}

function pinning(spec: PodSpec, input: OverrideCopyInput): { node: string; why: string; because: OverrideMessage } | undefined {
  const reason = pinReason(spec, input);
  return spec.nodeName && reason ? { node: spec.nodeName, why: ENGLISH(reason.key, reason.values), because: reason } : undefined;
}

function pinReason(spec: PodSpec, input: OverrideCopyInput): OverrideMessage | undefined {
  if (!spec.nodeName) return undefined;
  if (input.sameNode) return { key: 'override.pin.sameNode', values: {} };
  for (const v of spec.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (!claim) continue;
    const modes = input.claims[claim];
    // A claim we could not read may well be ReadWriteOnce; pinning is harmless, a copy stuck on another node is not.
    if (!modes) return { key: 'override.pin.claimUnreadable', values: { claim } };
    if (modes.includes('ReadWriteOncePod')) return { key: 'override.pin.readWriteOncePod', values: { claim } };
    if (modes.includes('ReadWriteOnce')) return { key: 'override.pin.readWriteOnce', values: { claim } };
  }
  return undefined;
}
