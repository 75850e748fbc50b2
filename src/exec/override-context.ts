// Everything the override reads before it builds the copy: the pod (required), then best-effort the
// namespace's Pod Security level, the PVCs' access modes, the node's platform, pull secrets and the image config.
import { userError } from '../i18n/user-error.js';
import type { KubeNode, Pod } from '../k8s/index.js';
import { credentialsFor, effectiveEntrypoint, fetchImageConfig, nodePlatform, parseImageReference, registryMirrorFor, type Credentials, type Entrypoint } from '../image/index.js';
import { pickContainer, psaLevel } from '../plans/override-choices.js';
import type { OverrideMessage, PsaLevel } from '../plans/override-copy.js';
import { podsPath, statusMessage, type KubeApi } from './kube-api.js';

export interface OverrideContext {
  readonly pod: Pod;
  readonly namespace: string;
  readonly container: { readonly name: string; readonly init: boolean };
  readonly psa: PsaLevel;
  readonly claims: Readonly<Record<string, readonly string[]>>;
  readonly entrypoint: Entrypoint;
  readonly image?: string;
  /** Things the user should know before looking inside (an image built for another architecture…), as messages. */
  readonly warnings: readonly OverrideMessage[];
}

/** "ns/name" or "name" (namespace from -n or the context). */
export function splitPodArg(arg: string | undefined, namespace: string): { namespace: string; name: string } {
  if (!arg) throw userError('fail.exec.whichPod', {}, 2);
  const parts = arg.split('/');
  if (parts.length === 2 && parts[0] && parts[1]) return { namespace: parts[0], name: parts[1] };
  if (parts.length === 1 && parts[0]) return { namespace, name: parts[0] };
  throw userError('fail.exec.notAPod', { arg }, 2);
}

export async function readSourcePod(api: KubeApi, namespace: string, name: string): Promise<Pod> {
  const res = await api.request('GET', podsPath(namespace, name));
  if (res.status === 404) throw userError('fail.exec.podNotFound', { name, namespace, context: api.context });
  if (res.status === 403) throw userError('fail.exec.podForbidden', { namespace, why: statusMessage(res) });
  if (res.status === 401) throw userError('fail.exec.unauthorized', { context: api.context, why: statusMessage(res) });
  if (res.status >= 300) throw userError('fail.exec.podUnreadable', { namespace, name, why: statusMessage(res) });
  return res.body as Pod;
}

export async function gatherOverrideContext(api: KubeApi, pod: Pod, wantedContainer: string | undefined, lookupTimeoutMs = 8000): Promise<OverrideContext> {
  const namespace = pod.metadata.namespace ?? api.namespace;
  const container = pickContainer(pod, wantedContainer);
  const spec = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].find((c) => c.name === container.name)!;
  const get = async (path: string): Promise<unknown> => {
    try {
      const res = await api.request('GET', path);
      return res.status < 300 ? res.body : undefined;
    } catch {
      return undefined;
    }
  };
  const nsObj = (await get(`/api/v1/namespaces/${encodeURIComponent(namespace)}`)) as { metadata?: { labels?: Record<string, string> } } | undefined;
  const claims: Record<string, readonly string[]> = {};
  for (const v of pod.spec.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (!claim) continue;
    const pvc = (await get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/persistentvolumeclaims/${encodeURIComponent(claim)}`)) as { spec?: { accessModes?: string[] } } | undefined;
    if (pvc?.spec?.accessModes) claims[claim] = pvc.spec.accessModes;
  }

  let entrypoint: Entrypoint;
  const warnings: OverrideMessage[] = [];
  if (spec.command?.length || !spec.image) {
    entrypoint = effectiveEntrypoint(spec, undefined);
  } else {
    const node = pod.spec.nodeName ? ((await get(`/api/v1/nodes/${encodeURIComponent(pod.spec.nodeName)}`)) as KubeNode | undefined) : undefined;
    const credentials = await pullCredentials(get, namespace, pod, spec.image);
    const platform = nodePlatform(node?.status?.nodeInfo);
    const result = await fetchImageConfig(spec.image, {
      platform,
      timeoutMs: lookupTimeoutMs,
      ...(credentials ? { credentials } : {}),
      ...registryMirrorFor({ context: api.context, server: api.server }),
    });
    entrypoint = effectiveEntrypoint(spec, result.ok ? { config: result.config } : { reason: result.reason });
    if (result.ok && node && result.config.architecture && result.config.architecture !== platform.architecture) {
      warnings.push({ key: 'override.warn.architecture', values: { image: spec.image, imageArch: result.config.architecture, node: pod.spec.nodeName ?? '', nodeArch: platform.architecture } });
    }
  }
  return {
    pod,
    namespace,
    container,
    psa: psaLevel(nsObj?.metadata?.labels, nsObj !== undefined),
    claims,
    entrypoint,
    ...(spec.image ? { image: spec.image } : {}),
    warnings,
  };
}

/** The first imagePullSecret that has credentials for the image's registry, when we may read it. */
async function pullCredentials(get: (path: string) => Promise<unknown>, namespace: string, pod: Pod, image: string): Promise<Credentials | undefined> {
  let registry: string;
  try {
    registry = parseImageReference(image).registry;
  } catch {
    return undefined;
  }
  for (const s of pod.spec.imagePullSecrets ?? []) {
    const secret = (await get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets/${encodeURIComponent(s.name)}`)) as { data?: Record<string, string> } | undefined;
    const doc = secret?.data?.['.dockerconfigjson'];
    if (!doc) continue;
    const creds = credentialsFor(Buffer.from(doc, 'base64').toString('utf8'), registry);
    if (creds) return creds;
  }
  return undefined;
}
