// Discovery as kubectl asks for it: aggregated v2 or v2beta1 (chosen from the client's Accept list, since 1.27
// only understands v2beta1), else the legacy APIVersions / APIGroupList / APIResourceList documents.
import { apiGroups, RESOURCE_TYPES, type ResourceType } from './resources.js';

export interface DiscoveryDoc {
  readonly contentType: string;
  readonly body: string;
}

/** The aggregated discovery version the client prefers, in its own order, or undefined for legacy. */
export function aggregatedVersion(accept: string | undefined): 'v2' | 'v2beta1' | undefined {
  for (const part of (accept ?? '').split(',')) {
    if (!/g=apidiscovery\.k8s\.io/.test(part) || !/as=APIGroupDiscoveryList/.test(part)) continue;
    const v = /;\s*v=([a-z0-9]+)/.exec(part)?.[1];
    if (v === 'v2' || v === 'v2beta1') return v;
  }
  return undefined;
}

const verbsOf = (t: ResourceType): string[] => [...t.verbs].sort();

function aggregatedResource(t: ResourceType): Record<string, unknown> {
  return {
    resource: t.resource,
    responseKind: { group: t.group, version: t.version, kind: t.kind },
    scope: t.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: t.singular,
    verbs: verbsOf(t),
    ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
    ...(t.categories.length ? { categories: t.categories } : {}),
    ...(t.subresources.length
      ? {
          subresources: t.subresources.map((s) => ({
            subresource: s,
            responseKind: { group: t.group, version: t.version, kind: s === 'log' ? 'Pod' : t.kind },
            verbs: s === 'log' ? ['get'] : s === 'exec' || s === 'attach' || s === 'portforward' ? ['create', 'get'] : s === 'eviction' || s === 'binding' ? ['create'] : ['get', 'patch', 'update'],
          })),
        }
      : {}),
  };
}

function aggregatedGroup(group: string): Record<string, unknown> {
  const types = RESOURCE_TYPES.filter((t) => t.group === group);
  return {
    metadata: group ? { name: group } : {},
    versions: [{ version: types[0]?.version ?? 'v1', freshness: 'Current', resources: types.map(aggregatedResource) }],
  };
}

export function aggregatedDiscovery(version: 'v2' | 'v2beta1', core: boolean): DiscoveryDoc {
  const items = core ? [aggregatedGroup('')] : apiGroups().map(aggregatedGroup);
  return {
    contentType: `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`,
    body: JSON.stringify({ kind: 'APIGroupDiscoveryList', apiVersion: `apidiscovery.k8s.io/${version}`, metadata: {}, items }),
  };
}

const json = (o: unknown): DiscoveryDoc => ({ contentType: 'application/json', body: JSON.stringify(o) });
const ADDRESS = [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }];

export const legacyApiVersions = (): DiscoveryDoc => json({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: ADDRESS });

function groupDoc(group: string): Record<string, unknown> {
  const version = RESOURCE_TYPES.find((t) => t.group === group)?.version ?? 'v1';
  const gv = { groupVersion: `${group}/${version}`, version };
  return { name: group, versions: [gv], preferredVersion: gv };
}

export const legacyGroupList = (): DiscoveryDoc => json({ kind: 'APIGroupList', apiVersion: 'v1', groups: apiGroups().map(groupDoc) });

export function legacyGroup(group: string): DiscoveryDoc | undefined {
  if (!apiGroups().includes(group)) return undefined;
  return json({ kind: 'APIGroup', apiVersion: 'v1', ...groupDoc(group) });
}

export function legacyResourceList(group: string, version: string): DiscoveryDoc | undefined {
  const types = RESOURCE_TYPES.filter((t) => t.group === group && t.version === version);
  if (!types.length) return undefined;
  const resources = types.flatMap((t) => [
    {
      name: t.resource,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: verbsOf(t),
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories.length ? { categories: t.categories } : {}),
    },
    ...t.subresources.map((s) => ({ name: `${t.resource}/${s}`, singularName: '', namespaced: t.namespaced, kind: s === 'log' ? 'Pod' : t.kind, verbs: s === 'log' ? ['get'] : ['create', 'get'] })),
  ]);
  return json({ kind: 'APIResourceList', apiVersion: 'v1', groupVersion: group ? `${group}/${version}` : version, resources });
}

/** The Kubernetes minors the kubectl dispatcher has a kubectl for; the server may report any of them. */
export const SERVER_MINORS = [27, 28, 29, 30, 31, 32, 33] as const;

export const versionInfo = (minor = 32): DiscoveryDoc =>
  json({
    major: '1',
    minor: String(minor),
    gitVersion: minor === 32 ? 'v1.32.4' : `v1.${minor}.0`,
    gitCommit: '59526cd4867447956156ae3a602fcbac5a4f9d8a',
    gitTreeState: 'clean',
    buildDate: '2025-04-22T16:03:51Z',
    goVersion: 'go1.23.6',
    compiler: 'gc',
    platform: 'linux/amd64',
  });
