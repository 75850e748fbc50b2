// Strategic merge patch as the apiserver applies it to built-in kinds (`kubectl set`, `rollout restart`,
// client-side `apply`, `patch` by default): lists with a patch merge key merge element by element, other lists
// replace; `$patch: delete|replace`, `$retainKeys`, `$deleteFromPrimitiveList/…` and `$setElementOrder/…` are
// understood. The merge keys are k8s.io/api's `patchMergeKey` tags, by field name.
import { isObject, type Json } from './json-merge-patch.js';

const MERGE_KEY: Readonly<Record<string, string>> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  ownerReferences: 'uid',
  conditions: 'type',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  resourceClaims: 'name',
  readinessGates: 'conditionType',
};

/** Lists of scalars merged as sets (`patchStrategy:"merge"` on a []string). */
const MERGED_PRIMITIVES = new Set(['finalizers']);

function mergeKeyFor(field: string, items: readonly Json[]): string | undefined {
  if (field === 'ports') return items.some((i) => isObject(i) && 'containerPort' in i) ? 'containerPort' : 'port';
  return MERGE_KEY[field];
}

function mergeList(field: string, current: Json | undefined, patch: Json[]): Json[] {
  const base = Array.isArray(current) ? current : [];
  if (MERGED_PRIMITIVES.has(field) && patch.every((p) => !isObject(p))) return [...base, ...patch.filter((p) => !base.includes(p))];
  const key = mergeKeyFor(field, [...patch, ...base]);
  if (!key) return patch.filter((p) => !(isObject(p) && p['$patch'] !== undefined)).map((p) => (isObject(p) ? strip(p) : p));
  if (patch.some((p) => isObject(p) && p['$patch'] === 'replace')) return patch.filter((p) => !(isObject(p) && p['$patch'] === 'replace')).map((p) => (isObject(p) ? strip(p) : p));
  const out = base.map((b) => b);
  for (const item of patch) {
    if (!isObject(item)) continue;
    const i = out.findIndex((b) => isObject(b) && b[key] === item[key]);
    if (item['$patch'] === 'delete') {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = strategicMerge(out[i], item);
    else out.push(strip(item));
  }
  return out;
}

function strip(obj: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k.startsWith('$') || v === null) continue;
    out[k] = isObject(v) ? strip(v) : Array.isArray(v) ? v.map((x) => (isObject(x) ? strip(x) : x)) : v;
  }
  return out;
}

export function strategicMerge(target: Json | undefined, patch: Json): Json {
  if (!isObject(patch)) return patch;
  if (patch['$patch'] === 'replace') return strip(patch);
  if (patch['$patch'] === 'delete') return {};
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  const retain = patch['$retainKeys'];
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$setElementOrder/') || k === '$retainKeys' || k === '$patch') continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const drop = Array.isArray(v) ? v : [];
      if (Array.isArray(out[field])) out[field] = (out[field] as Json[]).filter((x) => !drop.includes(x));
      continue;
    }
    if (v === null) delete out[k];
    else if (Array.isArray(v)) out[k] = mergeList(k, out[k], v);
    else if (isObject(v)) out[k] = strategicMerge(out[k], v);
    else out[k] = v;
  }
  if (Array.isArray(retain)) {
    for (const k of Object.keys(out)) if (!retain.includes(k)) delete out[k];
  }
  return out;
}
