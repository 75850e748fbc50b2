// RFC 7386 JSON merge patch (`kubectl label`, `annotate`, `scale`, `patch --type merge`): objects merge
// recursively, null deletes, anything else (lists included) replaces.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function jsonMergePatch(target: Json | undefined, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = jsonMergePatch(out[k], v);
  }
  return out;
}
