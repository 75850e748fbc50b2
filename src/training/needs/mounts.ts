// Which volume a path inside a container falls under, and whether a file there exists: a ConfigMap or Secret
// volume holds its keys (or the items it maps), an emptyDir starts empty, other volumes are taken as provided.
import type { Container, Pod, Volume } from '../../k8s/index.js';
import type { World } from './world.js';

interface Mount {
  readonly mountPath: string;
  readonly name: string;
  readonly readOnly?: boolean;
  readonly subPath?: string;
}

export interface Covering {
  readonly mount: Mount;
  readonly volume: Volume | undefined;
  /** The path inside the volume ("" for the mount point itself). */
  readonly rest: string;
}

export function covering(pod: Pod, container: Container, path: string): Covering | undefined {
  const mounts = ((container.volumeMounts ?? []) as Mount[]).filter((m) => path === m.mountPath || path.startsWith(`${m.mountPath.replace(/\/$/, '')}/`));
  const best = mounts.sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
  if (!best) return undefined;
  const volume = (pod.spec.volumes ?? []).find((v) => v.name === best.name);
  const rest = path === best.mountPath ? '' : path.slice(best.mountPath.replace(/\/$/, '').length + 1);
  return { mount: best, volume, rest };
}

function sourceOf(volume: Volume): { kind: 'ConfigMap' | 'Secret'; name: string; items?: readonly { key: string; path: string }[] } | undefined {
  if (volume.configMap) return { kind: 'ConfigMap', name: volume.configMap.name, ...(volume.configMap.items ? { items: volume.configMap.items } : {}) };
  const secret = volume.secret as { secretName: string; items?: readonly { key: string; path: string }[] } | undefined;
  if (secret) return { kind: 'Secret', name: secret.secretName, ...(secret.items ? { items: secret.items } : {}) };
  return undefined;
}

/** Whether the file at `path` exists in the container, as far as its volumes decide. Undefined: not under a volume. */
export function fileProvided(pod: Pod, container: Container, path: string, world: World): boolean | undefined {
  const c = covering(pod, container, path);
  if (!c) return undefined;
  if (!c.volume) return false;
  if (c.volume.emptyDir) return c.rest === '';
  const source = sourceOf(c.volume);
  if (!source) return true;
  const keys = world.keys(source.kind, pod.metadata.namespace ?? 'default', source.name);
  if (!keys) return false;
  const inVolume = c.mount.subPath ? (c.rest ? `${c.mount.subPath}/${c.rest}` : c.mount.subPath) : c.rest;
  if (inVolume === '') return true;
  const files = source.items ? source.items.filter((i) => keys.includes(i.key)).map((i) => i.path) : keys;
  return files.includes(inVolume);
}

/** A path the container can write: the root is writable, or a writable non-ConfigMap/Secret volume covers it. */
export function writable(pod: Pod, container: Container, path: string): boolean {
  const c = covering(pod, container, path);
  const readOnlyRoot = Boolean(container.securityContext?.readOnlyRootFilesystem);
  if (!c) return !readOnlyRoot;
  if (c.mount.readOnly || !c.volume) return false;
  return !sourceOf(c.volume) && !c.volume.projected;
}
