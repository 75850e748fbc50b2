// Server-side apply as structured-merge-diff does it: the applied configuration is merged into the live object
// by field type (maps and structs field by field, keyed lists item by item, everything else replaced), the
// applier owns exactly the fields its configuration names, a field another manager owns with a different
// value is a conflict unless forced (then ownership moves), and a field the applier owned before and no longer
// names is removed when nobody else owns it.
import { canonicalJson } from './canonical-json.js';
import { isUnder, itemKey, splitPath, valueAt, walk, type FieldPath } from './field-set.js';
import type { FieldType } from './field-types.js';
import { isObject, type Json } from './json-merge-patch.js';
import { managerId, tracked, type Manager, type Writer } from './managed-fields.js';

export interface Conflict {
  readonly manager: Manager;
  readonly path: FieldPath;
}

export type ApplyResult = { readonly ok: true; readonly object: Record<string, Json> } | { readonly ok: false; readonly conflicts: readonly Conflict[] };

function merge(live: Json | undefined, cfg: Json, t: FieldType): Json {
  if ((t.kind === 'struct' || t.kind === 'map') && isObject(cfg) && isObject(live)) {
    const out: Record<string, Json> = { ...live };
    for (const [k, v] of Object.entries(cfg)) {
      if (v === null) continue;
      out[k] = merge(live[k], v, t.kind === 'struct' ? t.field(k) : t.value);
    }
    return out;
  }
  if (t.kind === 'assoc' && Array.isArray(cfg) && Array.isArray(live)) {
    const out = [...live];
    for (const item of cfg) {
      const key = itemKey(item, t.keys);
      const i = out.findIndex((x) => itemKey(x, t.keys) === key);
      if (i >= 0) out[i] = merge(out[i], item, t.item);
      else out.push(item);
    }
    return out;
  }
  return cfg;
}

/** Removes the node at `path` (a field or a keyed list item) in place. */
function removeAt(root: Json, path: FieldPath, type: FieldType): void {
  const els = splitPath(path);
  const last = els.pop()!;
  const parent = valueAt(root, els.join('\u0000'), type);
  if (last.startsWith('f:') && isObject(parent)) delete parent[last.slice(2)];
  else if (last.startsWith('k:') && Array.isArray(parent)) {
    const i = parent.findIndex((x) => (isObject(x) ? itemKey(x, Object.keys(JSON.parse(last.slice(2)) as object)) === last : false));
    if (i >= 0) parent.splice(i, 1);
  }
}

/** Applies `config` over `live` for `writer`; `managers` is updated in place when it succeeds. */
export function serverSideApply(live: Record<string, Json>, config: Record<string, Json>, managers: Map<string, Manager>, writer: Writer): ApplyResult {
  const t = writer.types;
  const { status: _ignored, ...cfg } = config;
  const leaves = new Set<FieldPath>();
  const applied = new Set<FieldPath>();
  for (const v of walk(cfg, t)) {
    if (!tracked(v.path) || !(v.leaf || v.item)) continue;
    applied.add(v.path);
    if (v.leaf) leaves.add(v.path);
  }
  const merged = merge(live, cfg, t) as Record<string, Json>;
  const mine = managerId({ manager: writer.manager, operation: 'Apply' });
  const conflicts: Conflict[] = [];
  for (const [id, m] of managers) {
    if (id === mine) continue;
    for (const p of leaves) {
      if (!m.fields.has(p)) continue;
      const before = valueAt(live, p, t);
      if (before !== undefined && canonicalJson(before) !== canonicalJson(valueAt(merged, p, t))) conflicts.push({ manager: m, path: p });
    }
  }
  if (conflicts.length && !writer.force) return { ok: false, conflicts };
  for (const c of conflicts) c.manager.fields.delete(c.path);
  const othersOwn = (p: FieldPath): boolean => [...managers].some(([id, m]) => id !== mine && [...m.fields].some((q) => q === p || isUnder(q, p)));
  const dropped = [...(managers.get(mine)?.fields ?? [])].filter((p) => !applied.has(p) && !othersOwn(p));
  // Parents before children: removing a list item takes its fields with it.
  for (const p of dropped.sort((a, b) => a.length - b.length)) removeAt(merged, p, t);
  managers.delete(mine);
  managers.set(mine, { manager: writer.manager, operation: 'Apply', apiVersion: writer.apiVersion, time: writer.time, fields: applied });
  return { ok: true, object: merged };
}

