// PATCH and PUT for every kind served: the patch formats kubectl sends, the /status and /scale subresources,
// optimistic concurrency (a stale metadata.resourceVersion is a 409 Conflict), immutable identity fields, a
// generation that counts spec changes, and the apiserver's rule that a Pod's spec barely changes after creation.
import type { KubeObject, Pod } from '../k8s/index.js';
import { ApiError, badRequest, invalid, notFound, qualified } from './api-status.js';
import type { ClusterState } from './cluster-state.js';
import { applyPatch, canonicalJson, PatchError, pathString, readManagers, serverSideApply, startingManagers, trackUpdate, writeManagers, type Conflict, type Json, type PatchType, type Writer } from './patch/index.js';
import type { ResourceTarget } from './request-target.js';
import type { Entry } from './store.js';
import { entryJson } from './tables.js';
import { createObject, type Written } from './write-objects.js';
import { foldStringData } from './secret-data.js';
import { podSpecChangeAllowed } from './pod-spec-update.js';
import { reallocateServiceAddresses } from './service-addresses.js';

export const conflict = (resource: string, group: string, name: string): ApiError =>
  new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${qualified(resource, group)} "${name}": the object has been modified; please apply your changes to the latest version and try again`, {
    name,
    ...(group ? { group } : {}),
    kind: resource,
  });

/** The Status the apiserver answers an apply that would change fields other managers own. */
export function applyConflict(conflicts: readonly Conflict[]): ApiError {
  const who = ({ manager: m }: Conflict): string =>
    `"${m.manager}"${m.subresource ? ` with subresource "${m.subresource}"` : ''}${m.operation === 'Update' ? ` using ${m.apiVersion}` : ''}`;
  let message: string;
  if (conflicts.length === 1) message = `Apply failed with 1 conflict: conflict with ${who(conflicts[0]!)}: ${pathString(conflicts[0]!.path)}`;
  else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts) byManager.set(who(c), [...(byManager.get(who(c)) ?? []), pathString(c.path)]);
    const lines = [...byManager.keys()].sort().flatMap((m) => [`conflicts with ${m}:`, ...byManager.get(m)!.map((p) => `- ${p}`)]);
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new ApiError(409, 'Conflict', message, { causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with ${who(c)}`, field: pathString(c.path) })) });
}

/** Records who changed what in metadata.managedFields of `next` (a write that is not an apply). */
function withManagedFields(old: KubeObject | undefined, next: Obj, writer: Writer | undefined, subresource?: string): Obj {
  if (!writer) return next;
  const managers = startingManagers(old as unknown as Json, next as unknown as Json);
  trackUpdate(managers, old as unknown as Json, next as unknown as Json, writer, subresource);
  const managedFields = writeManagers(managers);
  const { managedFields: _sent, ...meta } = next.metadata;
  return { ...next, metadata: { ...meta, ...(managedFields.length ? { managedFields } : {}) } } as Obj;
}

function forbiddenField(kind: string, name: string, field: string, detail: string): ApiError {
  const message = `Forbidden: ${detail}`;
  return new ApiError(422, 'Invalid', `${kind} "${name}" is invalid: ${field}: ${message}`, { name, kind, causes: [{ reason: 'FieldValueForbidden', message, field }] });
}

type Obj = Record<string, unknown> & KubeObject;

const isPlainObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The autoscaling/v1 Scale view of a workload with spec.replicas. */
export function scaleOf(obj: KubeObject): Record<string, unknown> {
  const spec = (obj['spec'] ?? {}) as { replicas?: number; selector?: { matchLabels?: Record<string, string> } };
  const status = (obj['status'] ?? {}) as { replicas?: number };
  const selector = Object.entries(spec.selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  const { name, namespace, uid, resourceVersion, creationTimestamp } = obj.metadata;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: spec.replicas ?? 1 },
    status: { replicas: status.replicas ?? 0, selector },
  };
}

function checkVersion(target: ResourceTarget, entry: Entry, sent: unknown): void {
  if (sent !== undefined && sent !== '' && String(sent) !== String(entry.rv)) throw conflict(target.type.resource, target.type.group, entry.obj.metadata.name);
}

const specChanged = (a: KubeObject, b: KubeObject): boolean => canonicalJson(a['spec']) !== canonicalJson(b['spec']);

/** Merges what the client may change into the stored object and writes it. */
function store(state: ClusterState, target: ResourceTarget, entry: Entry, next: Obj, dryRun: boolean, writer?: Writer): Written {
  const { type } = target;
  const old = entry.obj;
  let merged: Obj;
  if (target.subresource === 'status') merged = { ...(old as Obj), status: next['status'] };
  else if (target.subresource === 'scale') {
    const replicas = Number(((next['spec'] ?? {}) as { replicas?: unknown }).replicas);
    if (!Number.isInteger(replicas) || replicas < 0) throw invalid('Scale', 'autoscaling', old.metadata.name, 'spec.replicas', String(replicas), 'must be greater than or equal to 0');
    merged = { ...(old as Obj), spec: { ...((old['spec'] ?? {}) as object), replicas } };
  } else {
    const nextMeta = next.metadata ?? { name: old.metadata.name };
    merged = {
      ...next,
      apiVersion: old.apiVersion,
      kind: old.kind,
      metadata: {
        ...nextMeta,
        name: old.metadata.name,
        ...(old.metadata.namespace !== undefined ? { namespace: old.metadata.namespace } : {}),
        uid: old.metadata.uid,
        creationTimestamp: old.metadata.creationTimestamp,
        ...(old.metadata.deletionTimestamp ? { deletionTimestamp: old.metadata.deletionTimestamp } : {}),
      },
      ...(old['status'] !== undefined ? { status: old['status'] } : {}),
    } as Obj;
    if (nextMeta.name && nextMeta.name !== old.metadata.name) throw badRequest(`the name of the object (${String(nextMeta.name)}) does not match the name on the URL (${old.metadata.name})`);
    if (type.storage === 'pods') {
      const refused = podSpecChangeAllowed(old as Pod, merged as unknown as Pod);
      if (refused) throw forbiddenField('Pod', old.metadata.name, 'spec', refused);
    }
  }
  if (target.subresource !== 'status' && specChanged(old, merged) && type.storage !== 'pods') {
    merged = { ...merged, metadata: { ...merged.metadata, generation: (old.metadata.generation ?? 1) + 1 } };
  } else if (old.metadata.generation !== undefined) {
    merged = { ...merged, metadata: { ...merged.metadata, generation: old.metadata.generation } };
  }
  merged = foldStringData(type.storage, merged);
  if (type.storage === 'services' && target.subresource !== 'status') merged = reallocateServiceAddresses(state.store, old, merged as KubeObject) as Obj;
  if (target.subresource !== 'status') merged = withManagedFields(old, merged, writer, target.subresource);
  if (dryRun) return { code: 200, body: JSON.stringify(target.subresource === 'scale' ? scaleOf(merged) : merged) };
  const written = state.store.put(type.storage, merged);
  if (type.storage === 'pods') state.kubelet.podUpdated?.(old as Pod, written.obj as Pod);
  return { code: 200, body: target.subresource === 'scale' ? JSON.stringify(scaleOf(written.obj)) : entryJson(written) };
}

export function patchObject(state: ClusterState, target: ResourceTarget, patchType: PatchType, patch: Json, dryRun: boolean, writer?: Writer): Written {
  const apply = patchType === 'application/apply-patch+yaml' && writer !== undefined && !target.subresource;
  if (apply && !writer.explicit) {
    const message = 'Required value: is required for apply patch';
    throw new ApiError(422, 'Invalid', `PatchOptions.meta.k8s.io "" is invalid: fieldManager: ${message}`, { group: 'meta.k8s.io', kind: 'PatchOptions', causes: [{ reason: 'FieldValueRequired', message, field: 'fieldManager' }] });
  }
  const { type, namespace, name } = target;
  const entry = state.store.get(type.storage, namespace, name!);
  if (!entry) {
    // Server-side apply creates what does not exist yet.
    if (patchType === 'application/apply-patch+yaml' && !target.subresource) {
      return createObject(state, { ...target, name: undefined } as unknown as ResourceTarget, patch, dryRun, writer, apply);
    }
    throw notFound(type.resource, type.group, name!);
  }
  const current = (target.subresource === 'scale' ? scaleOf(entry.obj) : structuredClone(entry.obj)) as unknown as Json;
  let next: Json;
  try {
    if (apply) {
      if (!isPlainObject(patch)) throw badRequest('the body of an apply must be an object');
      const managers = readManagers(current);
      const result = serverSideApply(current as Record<string, Json>, patch, managers, writer);
      if (!result.ok) throw applyConflict(result.conflicts);
      const managedFields = writeManagers(managers) as unknown as Json;
      next = { ...result.object, metadata: { ...(result.object['metadata'] as Record<string, Json>), managedFields } };
    } else next = applyPatch(patchType, current, patch);
  } catch (e) {
    if (e instanceof PatchError) throw new ApiError(422, 'Invalid', e.message);
    throw e;
  }
  if (typeof next !== 'object' || next === null || Array.isArray(next)) throw badRequest('the patch did not produce an object');
  const sentVersion = ((patch as { metadata?: { resourceVersion?: unknown } } | null)?.metadata ?? {}).resourceVersion;
  checkVersion(target, entry, Array.isArray(patch) ? (next as unknown as Obj).metadata?.resourceVersion : sentVersion);
  return store(state, target, entry, next as unknown as Obj, dryRun, apply ? undefined : writer);
}

export function replaceObject(state: ClusterState, target: ResourceTarget, raw: unknown, dryRun: boolean, writer?: Writer): Written {
  const { type, namespace, name } = target;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badRequest('the body of the request must be an object');
  const entry = state.store.get(type.storage, namespace, name!);
  if (!entry) throw notFound(type.resource, type.group, name!);
  const body = raw as Obj;
  checkVersion(target, entry, body.metadata?.resourceVersion);
  return store(state, target, entry, body, dryRun, writer);
}
