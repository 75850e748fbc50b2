// Sets of field paths as server-side apply tracks them, and their FieldsV1 form in metadata.managedFields:
// `f:name` a field, `k:{"name":"app"}` a list item by its keys, `v:"x"` a set member, `i:0` a list index.
// A path names a node; a node listed with children is written with a "." entry (the item itself is owned).
import { isObject, type Json } from './json-merge-patch.js';
import { KEY_DEFAULTS, type FieldType } from './field-types.js';

/** A path: its FieldsV1 element keys joined by SEP (an element never contains it: keys are JSON-escaped). */
export type FieldPath = string;
const SEP = '\u0000';

export const joinPath = (elements: readonly string[]): FieldPath => elements.join(SEP);
export const splitPath = (p: FieldPath): string[] => (p ? p.split(SEP) : []);
export const childPath = (p: FieldPath, element: string): FieldPath => (p ? `${p}${SEP}${element}` : element);
export const isUnder = (p: FieldPath, ancestor: FieldPath): boolean => p.startsWith(`${ancestor}${SEP}`);

const sortedKeys = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));

export function itemKey(item: Json, keys: readonly string[]): string {
  const k: Record<string, unknown> = {};
  for (const key of keys) {
    const v = isObject(item) ? item[key] : undefined;
    if (v !== undefined && v !== null) k[key] = v;
    else if (KEY_DEFAULTS[key] !== undefined) k[key] = KEY_DEFAULTS[key];
  }
  return `k:${JSON.stringify(sortedKeys(k))}`;
}

export interface Visit {
  readonly path: FieldPath;
  readonly value: Json;
  /** A leaf is owned as a whole (a scalar, an atomic list or struct, an empty object). */
  readonly leaf: boolean;
  /** A list item: listed itself, with "." when its fields are listed too. */
  readonly item: boolean;
  /** A map (labels, annotations, data): an update that adds one owns it too. */
  readonly map: boolean;
}

/** Every node of `value` below `path`, typed by `type`. Nulls are absent fields. */
export function* walk(value: Json, type: FieldType, path: FieldPath = ''): Generator<Visit> {
  if (type.kind === 'assoc' && Array.isArray(value) && value.length) {
    for (const item of value) {
      const p = childPath(path, itemKey(item, type.keys));
      yield { path: p, value: item, leaf: false, item: true, map: false };
      yield* walk(item, type.item, p);
    }
    return;
  }
  if ((type.kind === 'struct' || type.kind === 'map') && isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      const t = type.kind === 'struct' ? type.field(k) : type.value;
      const p = childPath(path, `f:${k}`);
      const container = (t.kind === 'struct' || t.kind === 'map') && isObject(v) && Object.keys(v).length > 0;
      const list = t.kind === 'assoc' && Array.isArray(v) && v.length > 0;
      if (container || list) {
        yield { path: p, value: v, leaf: false, item: false, map: t.kind === 'map' };
        yield* walk(v, t, p);
      } else yield { path: p, value: v, leaf: true, item: false, map: false };
    }
  }
}

/** The value at a path, or undefined. */
export function valueAt(root: Json | undefined, path: FieldPath, type: FieldType): Json | undefined {
  let v: Json | undefined = root;
  let t = type;
  for (const el of splitPath(path)) {
    if (v === undefined || v === null) return undefined;
    if (el.startsWith('f:')) {
      if (!isObject(v)) return undefined;
      const name = el.slice(2);
      v = v[name];
      t = t.kind === 'struct' ? t.field(name) : t.kind === 'map' ? t.value : t;
    } else if (el.startsWith('k:')) {
      if (!Array.isArray(v) || t.kind !== 'assoc') return undefined;
      const keys = t.keys;
      v = v.find((i) => itemKey(i, keys) === el);
      t = t.item;
    } else return undefined;
  }
  return v;
}

/** FieldsV1 JSON of a set of paths. */
export function toFieldsV1(paths: Iterable<FieldPath>): Record<string, unknown> {
  const root: Record<string, Record<string, unknown>> = {};
  const all = [...paths];
  const set = new Set(all);
  for (const p of all) {
    let node: Record<string, unknown> = root;
    for (const el of splitPath(p)) node = (node[el] ??= {}) as Record<string, unknown>;
  }
  // A node that is itself in the set and has children gets ".".
  const mark = (node: Record<string, unknown>, prefix: FieldPath): void => {
    for (const [el, child] of Object.entries(node)) {
      const p = childPath(prefix, el);
      const c = child as Record<string, unknown>;
      if (Object.keys(c).length) {
        if (set.has(p)) c['.'] = {};
        mark(c, p);
      }
    }
  };
  mark(root, '');
  return sortFields(root);
}

const sortFields = (node: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.keys(node).sort().map((k) => [k, sortFields(node[k] as Record<string, unknown>)]));

export function fromFieldsV1(fields: unknown): Set<FieldPath> {
  const out = new Set<FieldPath>();
  const visit = (node: unknown, prefix: FieldPath): void => {
    if (!isObject(node as Json)) return;
    const entries = Object.entries(node as Record<string, unknown>);
    if (prefix && (!entries.length || '.' in (node as object))) out.add(prefix);
    for (const [el, child] of entries) if (el !== '.') visit(child, childPath(prefix, el));
  };
  visit(fields, '');
  return out;
}

/** A path as the apiserver prints it in conflicts: `.spec.template.spec.containers[name="web"].image`. */
export function pathString(p: FieldPath): string {
  return splitPath(p)
    .map((el) => {
      if (el.startsWith('f:')) return `.${el.slice(2)}`;
      if (el.startsWith('k:')) {
        const keys = JSON.parse(el.slice(2)) as Record<string, unknown>;
        return `[${Object.entries(keys).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}]`;
      }
      if (el.startsWith('v:')) return `[=${el.slice(2)}]`;
      if (el.startsWith('i:')) return `[${el.slice(2)}]`;
      return el;
    })
    .join('');
}
