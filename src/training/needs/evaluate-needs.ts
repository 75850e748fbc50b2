// Pure: a container's spec and the world against what its image needs. Every unmet need says why, in the
// words the program (or the kubelet) would use, so the failure a trainee sees follows from the spec they wrote.
import { parseJvmSize, parseQuantity } from '../../analysis/quantity.js';
import type { Container, Pod, Probe } from '../../k8s/index.js';
import type { ScenarioImage } from '../../scenario/index.js';
import { execProbePasses } from './exec-probe.js';
import { fileProvided, writable } from './mounts.js';
import type { Needs } from './needs-schema.js';
import type { World } from './world.js';

export type NeedKind = 'memory' | 'startup' | 'liveness' | 'env' | 'files' | 'writablePaths' | 'services' | 'rejectsArgs' | 'requiresArgs' | 'architectures' | 'fsGroup' | 'commands' | 'hook' | 'pullSecret' | 'labels' | 'podBound' | 'config';

export interface Unmet {
  readonly need: NeedKind;
  /** What the program or kubelet reports. */
  readonly detail: string;
  /** For probe kills: seconds the kubelet lets it run. */
  readonly killAfterSeconds?: number;
}

/** Seconds of failing liveness the kubelet tolerates from start: the startup probe's budget, else liveness's. */
export function livenessAllowance(container: Container): number {
  const budget = (p: Probe): number => (p.initialDelaySeconds ?? 0) + (p.failureThreshold ?? 3) * (p.periodSeconds ?? 10);
  if (container.startupProbe) return budget(container.startupProbe);
  if (container.livenessProbe) return budget(container.livenessProbe);
  return Infinity;
}

/** -Xmx from the JVM's option variables or the arguments, plus the overhead; else the fixed figure. */
export function memoryNeed(container: Container, needs: Needs): number | undefined {
  if (needs.jvmOverhead === undefined) return needs.memory;
  const texts = [...(container.env ?? []).filter((e) => /^(JAVA_TOOL_OPTIONS|JAVA_OPTS|JDK_JAVA_OPTIONS)$/.test(e.name)).map((e) => e.value ?? ''), ...(container.command ?? []), ...(container.args ?? [])];
  let heap: number | undefined;
  for (const t of texts) for (const m of t.matchAll(/-Xmx(\S+)/g)) heap = parseJvmSize(m[1]!) ?? heap;
  return heap === undefined ? needs.memory : heap + needs.jvmOverhead;
}

export function argvOf(container: Container, image: ScenarioImage | undefined): string[] {
  return [...(container.command ?? image?.entrypoint ?? []), ...(container.args ?? (container.command ? [] : image?.cmd ?? []))];
}

function envNames(pod: Pod, container: Container, world: World): Set<string> {
  const names = new Set((container.env ?? []).map((e) => e.name));
  for (const src of container.envFrom ?? []) {
    const s = src as { prefix?: string; configMapRef?: { name?: string }; secretRef?: { name?: string } };
    const ns = pod.metadata.namespace ?? 'default';
    const keys = s.configMapRef ? world.keys('ConfigMap', ns, s.configMapRef.name ?? '') : s.secretRef ? world.keys('Secret', ns, s.secretRef.name ?? '') : undefined;
    for (const k of keys ?? []) names.add(`${s.prefix ?? ''}${k}`);
  }
  return names;
}

export function unmetNeeds(pod: Pod, container: Container, needs: Needs, image: ScenarioImage | undefined, world: World): Unmet[] {
  const out: Unmet[] = [];
  const ns = pod.metadata.namespace ?? 'default';
  const argv = argvOf(container, image);
  const limit = parseQuantity(container.resources?.limits?.memory as string | undefined);
  const memory = memoryNeed(container, needs);
  if (memory !== undefined && limit !== undefined && limit < memory) out.push({ need: 'memory', detail: 'OOMKilled' });
  const allowance = livenessAllowance(container);
  if (needs.startupSeconds !== undefined && allowance < needs.startupSeconds) {
    out.push({ need: 'startup', detail: `the program needs ${needs.startupSeconds}s to start; liveness allows ${allowance}s`, killAfterSeconds: allowance });
  }
  const live = container.livenessProbe?.exec?.command;
  if (live && !execProbePasses(pod, container, live, needs.imageFiles ?? [], world)) {
    const p = container.livenessProbe!;
    out.push({ need: 'liveness', detail: `Liveness probe failed: ${live.join(' ')}`, killAfterSeconds: (p.initialDelaySeconds ?? 0) + (p.failureThreshold ?? 3) * (p.periodSeconds ?? 10) });
  }
  const names = envNames(pod, container, world);
  for (const name of needs.env ?? []) if (!names.has(name)) out.push({ need: 'env', detail: `environment variable ${name} is not set` });
  for (const path of needs.files ?? []) if (fileProvided(pod, container, path, world) !== true) out.push({ need: 'files', detail: `open ${path}: no such file or directory` });
  for (const path of needs.writablePaths ?? []) if (!writable(pod, container, path)) out.push({ need: 'writablePaths', detail: `mkdir ${path}: read-only file system` });
  for (const svc of needs.services ?? []) {
    const ready = world.readyEndpoints(ns, svc);
    if (!ready) out.push({ need: 'services', detail: ready === undefined ? `getaddrinfo ENOTFOUND ${svc}` : `connect ECONNREFUSED ${svc}` });
  }
  for (const bad of needs.rejectsArgs ?? []) {
    if (argv.some((a) => a === bad || a.startsWith(`${bad}=`))) out.push({ need: 'rejectsArgs', detail: `flag provided but not defined: ${bad}` });
  }
  for (const need of needs.requiresArgs ?? []) {
    // `--flag=value` must appear as written; a bare `--flag` accepts any value.
    const met = argv.some((a) => a === need || (!need.includes('=') && a.startsWith(`${need}=`)));
    if (!met) out.push({ need: 'requiresArgs', detail: `started without ${need}` });
  }
  const arch = world.nodeArchitecture(pod.spec.nodeName);
  if (needs.architectures && arch && !needs.architectures.includes(arch)) out.push({ need: 'architectures', detail: `exec ${argv[0] ?? ''}: exec format error` });
  if (needs.fsGroup !== undefined) {
    const uid = container.securityContext?.runAsUser ?? pod.spec.securityContext?.runAsUser;
    const fsGroup = (pod.spec.securityContext as { fsGroup?: number } | undefined)?.fsGroup;
    if (uid !== 0 && fsGroup !== needs.fsGroup) out.push({ need: 'fsGroup', detail: `permission denied (uid ${uid ?? image?.user ?? '?'}, fsGroup ${fsGroup ?? 'unset'})` });
  }
  for (const [hook, handler] of Object.entries((container.lifecycle ?? {}) as Record<string, { exec?: { command?: readonly string[] } } | undefined>)) {
    const line = (handler?.exec?.command ?? []).join(' ');
    const missing = (needs.missingFiles ?? []).find((f) => line.includes(f));
    if (missing) out.push({ need: 'hook', detail: `${hook} hook: ${missing}: not found` });
  }
  if (needs.pullSecret) {
    const secrets = (pod.spec.imagePullSecrets ?? []).filter((s) => world.keys('Secret', ns, s.name) !== undefined);
    if (!secrets.length) out.push({ need: 'pullSecret', detail: `Back-off pulling image "${container.image ?? ''}"` });
  }
  const bad = needs.failsOnConfig;
  if (bad && (world.configValues(ns, bad.configMap) ?? []).some((v) => v.includes(bad.contains))) out.push({ need: 'config', detail: `ConfigMap ${bad.configMap} still holds: ${bad.contains}` });
  const labels = Object.entries(needs.killedWhenLabelled ?? {}).filter(([k, v]) => pod.metadata.labels?.[k] === v);
  if (labels.length) out.push({ need: 'labels', detail: `terminated by a SIGTERM from outside (pod labelled ${labels.map(([k, v]) => `${k}=${v}`).join(',')})` });
  for (const cmd of needs.commands ?? []) {
    if (argv.includes(cmd) && !(image?.binaries ?? []).some((b) => b === cmd || b.split('/').pop() === cmd.split('/').pop())) {
      out.push({ need: 'commands', detail: `exec: "${cmd}": executable file not found in $PATH` });
    }
  }
  return out;
}
