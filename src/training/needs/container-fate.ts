// What the simulated kubelet decides for a container each time it starts one: the kubelet's own config check
// first, then the image's declared needs against the spec and the world. Met needs run healthy; an unmet one
// fails as the scenario recorded it (same exit code and log) or, for a probe or memory limit the trainee
// changed, as that spec now dictates. Images without needs keep the behaviour they had.
import type { Container, Pod } from '../../k8s/index.js';
import type { ScenarioImage } from '../../scenario/index.js';
import { isKeepAlive, type Behaviour } from '../container-behaviour.js';
import { configError } from './config-refs.js';
import { execProbePasses } from './exec-probe.js';
import { argvOf, unmetNeeds, type Unmet } from './evaluate-needs.js';
import type { NeedsIndex } from './needs-schema.js';
import type { World } from './world.js';

export interface FateContext {
  readonly needs: NeedsIndex;
  readonly world: World;
  image(ref: string | undefined): ScenarioImage | undefined;
  /** The crash a scenario recorded for this image, if any. */
  recorded(image: string | undefined): Behaviour | undefined;
  /** Whether the pod is one a scenario recorded (not created through the API). */
  isRecorded(pod: Pod): boolean;
}

const DEFAULT_EXIT: Readonly<Record<string, number>> = { rejectsArgs: 2, architectures: 1, commands: 128 };

function failure(unmet: Unmet, container: Container, recorded: Behaviour | undefined): Behaviour {
  const learned = recorded?.kind === 'crash' ? recorded : undefined;
  const log = { data: Buffer.from(`${unmet.detail}\n`) };
  if (unmet.need === 'startup' || unmet.need === 'liveness') {
    const probe = container.startupProbe && unmet.need === 'startup' ? container.startupProbe : container.livenessProbe;
    const seconds = Math.max(1, unmet.killAfterSeconds ?? 30);
    const message = unmet.need === 'liveness' ? unmet.detail : `${container.startupProbe && unmet.need === 'startup' ? 'Startup' : 'Liveness'} probe failed: Get "http://10.244.0.1:${probe?.httpGet?.port ?? 8080}${probe?.httpGet?.path ?? '/'}": dial tcp 10.244.0.1:${probe?.httpGet?.port ?? 8080}: connect: connection refused`;
    return {
      kind: 'crash', exitCode: 137, reason: 'Error', runMs: seconds * 1000, neverRuns: false,
      probe: { message, periodMs: (probe?.periodSeconds ?? 10) * 1000, threshold: probe?.failureThreshold ?? 3 },
      ...(learned?.log ? { log: learned.log } : {}),
    };
  }
  if (unmet.need === 'memory') {
    return learned?.reason === 'OOMKilled' ? learned : { kind: 'crash', exitCode: 137, reason: 'OOMKilled', runMs: 20_000, neverRuns: false };
  }
  if (unmet.need === 'pullSecret') return { kind: 'blocked', reason: 'ImagePullBackOff', message: unmet.detail };
  if (unmet.need === 'commands') {
    return { kind: 'crash', exitCode: 128, reason: 'StartError', message: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${unmet.detail}: unknown`, runMs: 0, neverRuns: true };
  }
  if (learned && !learned.probe && learned.reason !== 'OOMKilled') return learned;
  return { kind: 'crash', exitCode: DEFAULT_EXIT[unmet.need] ?? 1, reason: 'Error', runMs: 2000, neverRuns: false, log };
}

export function decideFate(ctx: FateContext, pod: Pod, container: Container, otherwise: Behaviour): Behaviour {
  const ns = pod.metadata.namespace ?? 'default';
  const blocked = configError(container, ns, ctx.world);
  if (blocked) return { kind: 'blocked', reason: 'CreateContainerConfigError', message: blocked };
  // A copy kept alive with `sleep infinity` does not run the program, so the program's needs do not apply.
  const keptAlive = isKeepAlive(argvOf(container, ctx.image(container.image)));
  const needs = keptAlive ? undefined : ctx.needs.for(ns, container.image);
  if (!needs) return probeDecides(ctx, pod, container, otherwise.kind === 'blocked' ? { kind: 'healthy' } : otherwise);
  const image = ctx.image(container.image);
  const unmet = unmetNeeds(pod, container, needs, image, ctx.world);
  if (needs.podBound && ctx.isRecorded(pod)) unmet.unshift({ need: 'podBound', detail: 'the recorded pod keeps its failure' });
  if (unmet.length) return failure(unmet[0]!, container, ctx.recorded(container.image) ?? otherwise);
  const readiness = container.readinessProbe;
  if (!readiness) return { kind: 'healthy' };
  const neverReady = readiness.exec?.command ? !execProbePasses(pod, container, readiness.exec.command, needs.imageFiles ?? [], ctx.world) : false;
  const readyAfterMs = Math.max((readiness.initialDelaySeconds ?? 0) + 1, needs.startupSeconds ?? 0) * 1000;
  return { kind: 'healthy', readyAfterMs, ...(neverReady ? { neverReady } : {}) };
}

/**
 * Without declared needs an exec liveness probe still decides: one that cannot pass kills a healthy program,
 * and a recorded probe kill stops once the probe passes or is gone.
 */
function probeDecides(ctx: FateContext, pod: Pod, container: Container, otherwise: Behaviour): Behaviour {
  const live = container.livenessProbe;
  if (otherwise.kind === 'crash' && otherwise.probe) {
    if (!live) return { kind: 'healthy' };
    if (live.exec?.command && execProbePasses(pod, container, live.exec.command, [], ctx.world)) return { kind: 'healthy' };
  }
  if (otherwise.kind === 'healthy' && live?.exec?.command && !execProbePasses(pod, container, live.exec.command, [], ctx.world)) {
    return failure({ need: 'liveness', detail: `Liveness probe failed: ${live.exec.command.join(' ')}`, killAfterSeconds: (live.initialDelaySeconds ?? 0) + (live.failureThreshold ?? 3) * (live.periodSeconds ?? 10) }, container, undefined);
  }
  return otherwise;
}
