// The patch formats the apiserver accepts, chosen by Content-Type, applied to a plain JSON object.
// Server-side apply with field ownership is server-side-apply.ts; applyPatch's strategic merge of an apply
// body is only what a write without a field manager gets.
import { parse as parseYaml } from 'yaml';
import { jsonMergePatch, type Json } from './json-merge-patch.js';
import { jsonPatch, PatchError } from './json-patch.js';
import { strategicMerge } from './strategic-merge-patch.js';

export { PatchError } from './json-patch.js';
export type { Json } from './json-merge-patch.js';

export const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json', 'application/apply-patch+yaml'] as const;

export type PatchType = (typeof PATCH_TYPES)[number];

export const isPatchType = (t: string): t is PatchType => (PATCH_TYPES as readonly string[]).includes(t);

export function parsePatchBody(type: PatchType, body: string): Json {
  try {
    if (type === 'application/apply-patch+yaml') return parseYaml(body) as Json;
    return JSON.parse(body) as Json;
  } catch (e) {
    throw new PatchError(`the body of the patch could not be parsed: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function applyPatch(type: PatchType, current: Json, patch: Json): Json {
  switch (type) {
    case 'application/json-patch+json':
      return jsonPatch(current, patch);
    case 'application/merge-patch+json':
      return jsonMergePatch(current, patch);
    case 'application/strategic-merge-patch+json':
    case 'application/apply-patch+yaml':
      return strategicMerge(current, patch);
  }
}
export { canonicalJson } from './canonical-json.js';
export { serverSideApply, type Conflict } from './server-side-apply.js';
export { readManagers, startingManagers, trackUpdate, writeManagers, type Manager, type Writer } from './managed-fields.js';
export { pathString } from './field-set.js';
export { writerFor } from './writer.js';
