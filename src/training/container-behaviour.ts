// How each simulated container behaves, read from its scenario status (exit code, reason, how long a run lasts,
// a failing liveness probe), and for pods created through the API, matched to a scenario container by image +
// command + args; a keep-alive command stays up unless its executable is missing from the image.
import type { Container, ContainerStatus, KubeEvent } from '../k8s/index.js';
import type { Scenario, ScenarioImage } from '../scenario/index.js';
import type { LogSource } from './log-book.js';

export interface ProbeFailure {
  readonly message: string;
  readonly periodMs: number;
  readonly threshold: number;
}

export type Behaviour =
  | { readonly kind: 'crash'; readonly exitCode: number; readonly reason: string; readonly message?: string; readonly runMs: number; readonly neverRuns: boolean; readonly probe?: ProbeFailure; readonly log?: LogSource }
  | { readonly kind: 'healthy'; /** Simulated ms after start when a container with a readiness probe turns Ready. */ readonly readyAfterMs?: number; /** A readiness probe that never passes. */ readonly neverReady?: boolean }
  /** The kubelet cannot create the container yet (CreateContainerConfigError) and will try again. */
  | { readonly kind: 'blocked'; readonly reason: string; readonly message: string }
  /** Whatever the scenario shows stays as it is (image pull errors, Pending, completed jobs…). */
  | { readonly kind: 'frozen' };

const DEFAULT_RUN_MS = 3000;
const RUNNING_LOOP_RESTARTS = 3;

function runLength(startedAt: string | undefined, finishedAt: string | undefined): number {
  const ms = startedAt && finishedAt ? Date.parse(finishedAt) - Date.parse(startedAt) : NaN;
  if (!Number.isFinite(ms) || ms <= 0) return DEFAULT_RUN_MS;
  return Math.min(Math.max(ms, 1000), 9 * 60 * 1000);
}

/** The behaviour of a scenario container as its snapshot shows it. */
export function behaviourFromStatus(container: Container | undefined, cs: ContainerStatus, events: readonly KubeEvent[], log: LogSource | undefined): Behaviour {
  const waiting = cs.state?.waiting?.reason;
  const term = cs.state?.terminated ?? cs.lastState?.terminated;
  // Running again after a restart or two reads as a past incident (a node reboot); three or more as a loop
  // caught between crashes (an OOM kill every few minutes).
  const crashing =
    waiting === 'CrashLoopBackOff' ||
    (cs.state?.terminated && cs.state.terminated.exitCode !== 0) ||
    (cs.state?.running && cs.restartCount >= RUNNING_LOOP_RESTARTS && cs.lastState?.terminated);
  if (!crashing || !container) return { kind: 'frozen' };
  const unhealthy = events.find((e) => e.reason === 'Unhealthy' && /liveness|startup/i.test(e.message ?? '') && (!e.involvedObject.fieldPath || e.involvedObject.fieldPath.includes(`{${cs.name}}`)));
  const probeSpec = container.livenessProbe ?? container.startupProbe;
  const probe: ProbeFailure | undefined =
    probeSpec && unhealthy
      ? { message: unhealthy.message ?? 'Liveness probe failed: ', periodMs: (probeSpec.periodSeconds ?? 10) * 1000, threshold: probeSpec.failureThreshold ?? 3 }
      : undefined;
  const reason = term?.reason ?? 'Error';
  return {
    kind: 'crash',
    exitCode: term?.exitCode ?? 1,
    reason,
    ...(term?.message ? { message: term.message } : {}),
    runMs: reason === 'StartError' ? 0 : runLength(term?.startedAt, term?.finishedAt),
    neverRuns: reason === 'StartError' || reason === 'ContainerCannotRun',
    ...(probe ? { probe } : {}),
    ...(log ? { log } : {}),
  };
}

const key = (image: string | undefined, command: readonly string[] | undefined, args: readonly string[] | undefined): string =>
  JSON.stringify([image ?? '', command ?? null, args ?? null]);

const LONG_SLEEP_S = 3600;

/** `sleep infinity`, `tail -f /dev/null`, `sh -c "while true; do sleep 5; done"` … */
export function isKeepAlive(argv: readonly string[]): boolean {
  const [exe, ...rest] = argv;
  if (!exe) return false;
  const base = exe.split('/').pop()!;
  if (base === 'sleep') return rest[0] === 'infinity' || rest[0] === 'inf' || Number(rest[0]) >= LONG_SLEEP_S;
  if (base === 'tail') return rest.includes('-f') && rest.includes('/dev/null');
  if (['sh', 'bash', 'ash', 'dash', 'zsh'].includes(base)) {
    const i = rest.findIndex((a) => a === '-c' || /^-[a-z]*c$/.test(a));
    const script = i >= 0 ? rest[i + 1] ?? '' : '';
    if (/^\s*(exec\s+)?(sleep\s+(infinity|inf)|tail\s+-f\s+\/dev\/null)\s*;?\s*$/.test(script)) return true;
    const sleep = /^\s*(exec\s+)?sleep\s+(\d+)\s*$/.exec(script);
    if (sleep) return Number(sleep[2]) >= LONG_SLEEP_S;
    return /while\s+(true|:|\[\s*1\s*\])\s*;?\s*do\b[\s\S]*\bsleep\b[\s\S]*\bdone/.test(script);
  }
  return false;
}

const startError = (exe: string): Behaviour => ({
  kind: 'crash',
  exitCode: 128,
  reason: 'StartError',
  message: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown`,
  runMs: 0,
  neverRuns: true,
});

function imageHas(image: ScenarioImage, exe: string): boolean {
  const base = exe.split('/').pop()!;
  if (['sh', 'bash', 'ash', 'dash'].includes(base) && image.shell) return true;
  const bins = image.binaries ?? [];
  return bins.some((b) => b === exe || b.split('/').pop() === base);
}

export class BehaviourCatalog {
  private readonly byCommand = new Map<string, Behaviour>();
  private readonly probeByImage = new Map<string, Behaviour>();
  private readonly images = new Map<string, ScenarioImage>();
  private readonly originByImage = new Map<string, { readonly command: readonly string[]; readonly behaviour: Behaviour }>();

  constructor(scenarios: readonly Scenario[]) {
    for (const s of scenarios) for (const [ref, img] of Object.entries(s.meta.images ?? {})) this.images.set(ref, img);
  }

  learn(container: Container, behaviour: Behaviour): void {
    if (behaviour.kind !== 'crash') return;
    this.byCommand.set(key(container.image, container.command, container.args), behaviour);
    if (behaviour.probe && container.image) this.probeByImage.set(container.image, behaviour);
    const command = [...(container.command ?? []), ...(container.args ?? [])];
    if (container.image && !this.originByImage.has(container.image)) this.originByImage.set(container.image, { command, behaviour });
  }

  /** The crashing scenario container an image came from: what a debug copy's original command was and did. */
  origin(image: string | undefined): { readonly command: readonly string[]; readonly behaviour: Behaviour } | undefined {
    return image ? this.originByImage.get(image) : undefined;
  }

  image(ref: string | undefined): ScenarioImage | undefined {
    return ref ? this.images.get(ref) : undefined;
  }

  /** A container created through the API (a debug copy, a `kubectl run`). */
  forCreated(container: Container): Behaviour {
    const same = this.byCommand.get(key(container.image, container.command, container.args));
    if (same) return same;
    const image = container.image ? this.images.get(container.image) : undefined;
    const argv = [...(container.command ?? image?.entrypoint ?? []), ...(container.args ?? (container.command ? [] : image?.cmd ?? []))];
    // The image's own ENTRYPOINT is in the image by definition (often a script, not a listed binary).
    const ownEntrypoint = !container.command && Boolean(image?.entrypoint?.length);
    if (image && argv[0] && !ownEntrypoint && !imageHas(image, argv[0])) return startError(argv[0]);
    if (isKeepAlive(argv)) {
      const probe = container.livenessProbe && container.image ? this.probeByImage.get(container.image) : undefined;
      return probe ?? { kind: 'healthy' };
    }
    return { kind: 'healthy' };
  }
}
