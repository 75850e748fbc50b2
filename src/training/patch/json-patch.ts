// RFC 6902 JSON patch (`kubectl patch --type json`, `rollout undo`): add, remove, replace, move, copy, test on
// JSON pointers. A failed operation is the apiserver's 422-free wording, returned as a message for a 422/400.
import type { Json } from './json-merge-patch.js';
import { isObject } from './json-merge-patch.js';

export class PatchError extends Error {}

interface Op {
  readonly op: string;
  readonly path: string;
  readonly from?: string;
  readonly value?: Json;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer "${path}"`);
  return path.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: Json, parts: readonly string[], path: string): { parent: Json; key: string } {
  let cur: Json = doc;
  for (const p of parts.slice(0, -1)) {
    const next: Json | undefined = Array.isArray(cur) ? cur[Number(p)] : isObject(cur) ? cur[p] : undefined;
    if (next === undefined) throw new PatchError(`doc is missing path: "${path}": missing value`);
    cur = next;
  }
  return { parent: cur, key: parts[parts.length - 1]! };
}

function get(doc: Json, path: string): Json {
  const parts = pointer(path);
  if (!parts.length) return doc;
  const { parent, key } = parentOf(doc, parts, path);
  const v = Array.isArray(parent) ? parent[Number(key)] : isObject(parent) ? parent[key] : undefined;
  if (v === undefined) throw new PatchError(`doc is missing path: "${path}": missing value`);
  return v;
}

function remove(doc: Json, path: string): Json {
  const parts = pointer(path);
  const { parent, key } = parentOf(doc, parts, path);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!Number.isInteger(i) || i < 0 || i >= parent.length) throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
    return parent.splice(i, 1)[0]!;
  }
  if (!isObject(parent) || !(key in parent)) throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
  const old = parent[key]!;
  delete parent[key];
  return old;
}

function add(doc: Json, path: string, value: Json, replace: boolean): Json {
  const parts = pointer(path);
  if (!parts.length) return value;
  const { parent, key } = parentOf(doc, parts, path);
  if (Array.isArray(parent)) {
    const i = key === '-' ? parent.length : Number(key);
    if (!Number.isInteger(i) || i < 0 || i > parent.length || (replace && i >= parent.length)) throw new PatchError(`Unable to access invalid index: ${key}: invalid index referenced`);
    if (replace) parent[i] = value;
    else parent.splice(i, 0, value);
  } else if (isObject(parent)) {
    if (replace && !(key in parent)) throw new PatchError(`replace operation does not apply: doc is missing key: ${path}: missing value`);
    parent[key] = value;
  } else throw new PatchError(`doc is missing path: "${path}": missing value`);
  return doc;
}

export function jsonPatch(target: Json, ops: unknown): Json {
  if (!Array.isArray(ops)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let doc: Json = structuredClone(target);
  for (const raw of ops as Op[]) {
    if (!isObject(raw as unknown) || typeof raw.path !== 'string') throw new PatchError('an operation needs "op" and "path"');
    const value = raw.value === undefined ? null : structuredClone(raw.value);
    switch (raw.op) {
      case 'add': doc = add(doc, raw.path, value, false); break;
      case 'replace': doc = add(doc, raw.path, value, true); break;
      case 'remove': remove(doc, raw.path); break;
      case 'move': doc = add(doc, raw.path, remove(doc, raw.from ?? ''), false); break;
      case 'copy': doc = add(doc, raw.path, structuredClone(get(doc, raw.from ?? '')), false); break;
      case 'test':
        if (JSON.stringify(get(doc, raw.path)) !== JSON.stringify(value)) throw new PatchError(`testing value ${raw.path} failed: test failed`);
        break;
      default: throw new PatchError(`Unexpected kind: ${String(raw.op)}`);
    }
  }
  return doc;
}
