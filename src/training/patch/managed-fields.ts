// metadata.managedFields: which manager owns which fields, and how a write that is not an apply (create, PUT,
// patch, `kubectl edit`/`set`/`scale`) changes it: the writer takes every field it added or changed, fields
// that vanished leave every owner. Identity and status fields are never tracked, as the apiserver strips them.
import { canonicalJson } from './canonical-json.js';
import { fromFieldsV1, toFieldsV1, valueAt, walk, type FieldPath } from './field-set.js';
import type { FieldType } from './field-types.js';
import { isObject, type Json } from './json-merge-patch.js';

export type Operation = 'Apply' | 'Update';

export interface Manager {
  readonly manager: string;
  readonly operation: Operation;
  readonly apiVersion: string;
  readonly time: string;
  readonly subresource?: string;
  readonly fields: Set<FieldPath>;
}

/** Who writes: the fieldManager query parameter, else the User-Agent's program name, as the apiserver does. */
export interface Writer {
  readonly manager: string;
  readonly force: boolean;
  readonly types: FieldType;
  readonly apiVersion: string;
  readonly time: string;
  /** The client named the manager (fieldManager=…); an apply requires it. */
  readonly explicit: boolean;
}

export const managerId = (m: { manager: string; operation: Operation; subresource?: string | undefined }): string => `${m.operation}\u0000${m.manager}\u0000${m.subresource ?? ''}`;

const UNTRACKED_META = new Set(['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds']);

/** Fields server-side apply never records: apiVersion, kind, status and the object's identity. */
export function tracked(p: FieldPath): boolean {
  const [first, second] = p.split('\u0000');
  if (first === 'f:apiVersion' || first === 'f:kind' || first === 'f:status') return false;
  return !(first === 'f:metadata' && second !== undefined && UNTRACKED_META.has(second.slice(2))) && p !== 'f:metadata';
}

type Entry = Record<string, unknown>;

export function readManagers(obj: Json | undefined): Map<string, Manager> {
  const out = new Map<string, Manager>();
  const list = isObject(obj) && isObject(obj['metadata']) ? obj['metadata']['managedFields'] : undefined;
  if (!Array.isArray(list)) return out;
  for (const e of list as Entry[]) {
    if (!isObject(e as Json) || typeof e['manager'] !== 'string' || (e['operation'] !== 'Apply' && e['operation'] !== 'Update')) continue;
    const m: Manager = {
      manager: e['manager'],
      operation: e['operation'],
      apiVersion: String(e['apiVersion'] ?? ''),
      time: String(e['time'] ?? ''),
      ...(typeof e['subresource'] === 'string' && e['subresource'] ? { subresource: e['subresource'] } : {}),
      fields: fromFieldsV1(e['fieldsV1']),
    };
    out.set(managerId(m), m);
  }
  return out;
}

export function writeManagers(managers: Map<string, Manager>): Entry[] {
  return [...managers.values()]
    .filter((m) => m.fields.size > 0)
    .map((m) => ({
      manager: m.manager,
      operation: m.operation,
      apiVersion: m.apiVersion,
      time: m.time,
      fieldsType: 'FieldsV1',
      fieldsV1: toFieldsV1(m.fields),
      ...(m.subresource ? { subresource: m.subresource } : {}),
    }));
}

/**
 * The owners a write starts from: what the client sent in metadata.managedFields when it changed them (kubectl
 * rewrites them when it moves client-side apply to server-side apply; `[{}]` clears them), else the stored ones.
 */
export function startingManagers(live: Json | undefined, next: Json): Map<string, Manager> {
  const sent = isObject(next) && isObject(next['metadata']) ? next['metadata']['managedFields'] : undefined;
  const stored = isObject(live) && isObject(live['metadata']) ? live['metadata']['managedFields'] : undefined;
  if (Array.isArray(sent) && sent.length && canonicalJson(sent) !== canonicalJson(stored ?? [])) return readManagers(next);
  return readManagers(live);
}

/** Records a non-apply write of `next` over `old` (undefined on create) by `writer`, in place. */
export function trackUpdate(managers: Map<string, Manager>, old: Json | undefined, next: Json, writer: Writer, subresource?: string): void {
  // Status is not tracked (the controllers that write it here do not go through the API).
  if (subresource === 'status') return;
  const changed = new Set<FieldPath>();
  for (const v of walk(next, writer.types)) {
    if (!tracked(v.path)) continue;
    const before = valueAt(old, v.path, writer.types);
    if (v.leaf ? before === undefined || canonicalJson(before) !== canonicalJson(v.value) : (v.item || v.map) && before === undefined) changed.add(v.path);
  }
  const mine = managerId({ manager: writer.manager, operation: 'Update', subresource });
  for (const [id, m] of managers) {
    for (const p of m.fields) if ((id !== mine && changed.has(p)) || valueAt(next, p, writer.types) === undefined) m.fields.delete(p);
  }
  const prev = managers.get(mine);
  if (!changed.size && !prev) return;
  managers.delete(mine);
  managers.set(mine, {
    manager: writer.manager,
    operation: 'Update',
    apiVersion: writer.apiVersion,
    time: changed.size || !prev ? writer.time : prev.time,
    ...(subresource ? { subresource } : {}),
    fields: new Set([...(prev?.fields ?? []), ...changed]),
  });
}
