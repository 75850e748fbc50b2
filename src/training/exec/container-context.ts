// Builds the ContainerContext of one container from its Pod and the ConfigMaps and Secrets it references, as the
// kubelet would assemble them: env (value, valueFrom, envFrom, $(VAR) references), mounted files, user, entrypoint.
import { posix } from 'node:path';
import type { Container, EnvVar, KubeObject, Pod, Volume } from '../../k8s/objects.js';
import type { ContainerContext } from './types.js';

export interface ContextSources {
  /** Looks up an object in the pod's namespace; undefined when it does not exist. */
  readonly configMap: (name: string) => KubeObject | undefined;
  readonly secret: (name: string) => KubeObject | undefined;
  /** The command the container was created with, when it differs from what runs now (an override copy's source). */
  readonly originalCommand?: readonly string[];
  /** What running the original command prints and its exit code (the scenario's log and last exit code). */
  readonly entrypointLog?: string;
  readonly entrypointExitCode?: number;
  /** Overrides the guess from the image config or name. */
  readonly hasShell?: boolean;
  /** The image's config (as a registry serves it): fills in what the pod spec leaves to the image. */
  readonly image?: ImageDefaults;
}

/** The parts of an OCI image config the runtime applies when the container spec is silent. */
export interface ImageDefaults {
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly workingDir?: string;
  readonly user?: string;
  /** "NAME=value" entries. */
  readonly env?: readonly string[];
  /** Path of the image's shell, or null when it has none. */
  readonly shell?: string | null;
}

// Images that ship no shell; anything else is assumed to have at least sh.
const SHELLLESS = /distroless|(^|\/)scratch(:|$)|\/static(:|@|$)|chainguard\/static/i;

export function containerContextFor(pod: Pod, containerName: string, sources: ContextSources): ContainerContext | undefined {
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  const container = all.find((c) => c.name === containerName);
  if (!container) return undefined;
  const image = container.image ?? '';
  const img = sources.image;
  const env = { ...imageEnv(img), ...environment(pod, container, sources) };
  // command replaces ENTRYPOINT and drops CMD; args alone replace only CMD. $(VAR) expands with the container env.
  const argv = [...(container.command ?? img?.entrypoint ?? []), ...(container.args ?? (container.command ? [] : img?.cmd ?? []))];
  const running = argv.map((a) => expandReferences(a, env));
  const original = sources.originalCommand?.map((a) => expandReferences(a, env)) ?? running;
  const uid = container.securityContext?.runAsUser ?? pod.spec.securityContext?.runAsUser;
  const gid = container.securityContext?.runAsGroup ?? (pod.spec.securityContext?.['runAsGroup'] as number | undefined);
  const user = uid !== undefined ? (gid !== undefined ? `${uid}:${gid}` : String(uid)) : img?.user;
  const workingDir = container.workingDir ?? img?.workingDir;
  return {
    podName: pod.metadata.name,
    namespace: pod.metadata.namespace ?? 'default',
    container: container.name,
    image,
    env,
    files: mountedFiles(pod, container, sources),
    ...(workingDir ? { workingDir } : {}),
    ...(user ? { user } : {}),
    hasShell: sources.hasShell ?? (img?.shell !== undefined ? img.shell !== null : !SHELLLESS.test(image)),
    ...(original.length && !(sources.originalCommand === undefined && isKeepAlive(running)) ? { entrypoint: { command: original, log: sources.entrypointLog ?? '', exitCode: sources.entrypointExitCode ?? 0 } } : {}),
    ...(running.length ? { mainProcess: running } : {}),
  };
}

/** An override copy's stand-in command: without the source's command we cannot say what the entrypoint was. */
export function isKeepAlive(argv: readonly string[]): boolean {
  const line = argv.join(' ');
  return /^(\/bin\/)?sleep (infinity|\d{4,})$/.test(line) || /^(\/usr)?(\/bin\/)?tail -f \/dev\/null$/.test(line) || /^(\/bin\/)?(ba)?sh -c .*while (true|:).*sleep/.test(line);
}

function imageEnv(img: ImageDefaults | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of img?.env ?? []) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

function environment(pod: Pod, container: Container, sources: ContextSources): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    const ref = from.configMapRef ?? from.secretRef;
    const obj = ref && (from.configMapRef ? sources.configMap(ref.name) : sources.secret(ref.name));
    for (const [k, v] of Object.entries(dataOf(obj, from.secretRef !== undefined))) env[`${from.prefix ?? ''}${k}`] = v;
  }
  for (const v of container.env ?? []) {
    const value = v.valueFrom ? valueFrom(pod, container, v, sources) : expandReferences(v.value ?? '', env);
    if (value !== undefined) env[v.name] = value;
  }
  return env;
}

function valueFrom(pod: Pod, container: Container, v: EnvVar, sources: ContextSources): string | undefined {
  const from = v.valueFrom;
  if (from?.configMapKeyRef) return dataOf(sources.configMap(from.configMapKeyRef.name), false)[from.configMapKeyRef.key];
  if (from?.secretKeyRef) return dataOf(sources.secret(from.secretKeyRef.name), true)[from.secretKeyRef.key];
  if (from?.fieldRef) return fieldValue(pod, from.fieldRef.fieldPath);
  if (from?.resourceFieldRef) return container.resources?.limits?.[from.resourceFieldRef.resource.replace(/^limits\./, '')];
  return undefined;
}

function fieldValue(pod: Pod, path: string): string | undefined {
  const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (label) return (label[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[label[2] as string];
  const fields: Record<string, string | undefined> = {
    'metadata.name': pod.metadata.name,
    'metadata.namespace': pod.metadata.namespace ?? 'default',
    'metadata.uid': pod.metadata.uid,
    'spec.nodeName': pod.spec.nodeName,
    'spec.serviceAccountName': pod.spec.serviceAccountName ?? 'default',
    'status.podIP': pod.status?.podIP,
    'status.hostIP': pod.status?.hostIP,
  };
  return fields[path];
}

/** $(VAR) refers to a variable defined earlier; $$ escapes; unknown references stay as written. */
function expandReferences(value: string, env: Readonly<Record<string, string>>): string {
  return value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string | undefined) => (name === undefined ? '$' : env[name] ?? m));
}

function mountedFiles(pod: Pod, container: Container, sources: ContextSources): Record<string, string> {
  const files: Record<string, string> = {};
  for (const mount of container.volumeMounts ?? []) {
    const volume = pod.spec.volumes?.find((v) => v.name === mount.name);
    if (!volume) continue;
    const content = volumeFiles(volume, sources);
    for (const [path, text] of Object.entries(content)) {
      if (mount.subPath === undefined) files[posix.join(mount.mountPath, path)] = text;
      else if (path === mount.subPath) files[mount.mountPath] = text;
    }
  }
  return files;
}

type Projection = { readonly name?: string; readonly items?: readonly { key: string; path: string }[] };

function volumeFiles(volume: Volume, sources: ContextSources): Record<string, string> {
  if (volume.configMap) return project(sources.configMap(volume.configMap.name), volume.configMap, false);
  if (volume.secret) return project(sources.secret(volume.secret.secretName), volume.secret as Projection, true);
  const projected = (volume.projected?.['sources'] ?? []) as readonly Record<string, Projection | undefined>[];
  const files: Record<string, string> = {};
  for (const source of projected) {
    if (source['configMap']) Object.assign(files, project(sources.configMap(source['configMap'].name ?? ''), source['configMap'], false));
    if (source['secret']) Object.assign(files, project(sources.secret(source['secret'].name ?? ''), source['secret'], true));
  }
  return files;
}

function project(obj: KubeObject | undefined, spec: Projection, base64: boolean): Record<string, string> {
  const data = dataOf(obj, base64);
  if (!spec.items?.length) return data;
  return Object.fromEntries(spec.items.filter((i) => data[i.key] !== undefined).map((i) => [i.path, data[i.key] as string]));
}

function dataOf(obj: KubeObject | undefined, base64: boolean): Record<string, string> {
  const data = (obj?.['data'] ?? {}) as Record<string, string>;
  return base64 ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')])) : { ...data };
}
