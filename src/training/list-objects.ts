// GET of a collection: selectors, limit/continue paging over the sorted store, and the List or Table body
// assembled from per-object JSON strings cached in the store.
import type { KubeObject } from '../k8s/index.js';
import { ApiError, badRequest } from './api-status.js';
import { eventV1Json } from './events-v1.js';
import { parseFieldSelector } from './field-selector.js';
import { parseLabelSelector } from './label-selector.js';
import type { ResourceType } from './resources.js';
import type { ObjectStore, Entry } from './store.js';
import { entryJson, tableJson, tableRow } from './tables.js';

export type Matcher = (o: KubeObject) => boolean;

export function selectorMatcher(query: URLSearchParams, type: ResourceType): Matcher | undefined {
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(query.get('fieldSelector'), type.storage);
  if (labels && fields) return (o) => fields(o) && labels(o.metadata.labels);
  if (labels) return (o) => labels(o.metadata.labels);
  return fields;
}

/** How one object is written for this type (events.k8s.io is a converted view). */
export const viewOf = (type: ResourceType): ((e: Entry) => string) => (type.group === 'events.k8s.io' ? eventV1Json : entryJson);

export const wantsTable = (accept: string | undefined): boolean => Boolean(accept && /as=Table/.test(accept));

function encodeContinue(rv: number, lastKey: string): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv, start: lastKey })).toString('base64');
}

function decodeContinue(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { start?: unknown };
    if (typeof parsed.start === 'string') return parsed.start;
  } catch {
    // falls through to the apiserver's answer for a token it cannot read
  }
  throw new ApiError(400, 'BadRequest', `continue key is not valid: invalid continue token`);
}

export function listBody(store: ObjectStore, type: ResourceType, namespace: string | undefined, query: URLSearchParams, accept: string | undefined, now: number): string {
  const limitText = query.get('limit');
  const limit = limitText ? Number(limitText) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw badRequest(`invalid limit: ${limitText}`);
  const token = query.get('continue');
  const match = selectorMatcher(query, type);
  const page = store.list(type.storage, {
    ...(namespace !== undefined ? { namespace } : {}),
    ...(token ? { afterKey: decodeContinue(token) } : {}),
    ...(limit ? { limit } : {}),
    ...(match ? { match } : {}),
  });
  const rv = store.resourceVersion;
  const meta = JSON.stringify({
    resourceVersion: String(rv),
    ...(page.lastKey !== undefined ? { continue: encodeContinue(rv, page.lastKey) } : {}),
    ...(page.remaining !== undefined ? { remainingItemCount: page.remaining } : {}),
  });
  const view = viewOf(type);
  if (wantsTable(accept)) {
    const include = query.get('includeObject') ?? 'Metadata';
    return tableJson(type.storage, page.entries.map((e) => tableRow(type.storage, e, now, include, view)), meta);
  }
  const apiVersion = type.group ? `${type.group}/${type.version}` : type.version;
  return `{"kind":"${type.kind}List","apiVersion":"${apiVersion}","metadata":${meta},"items":[${page.entries.map(view).join(',')}]}`;
}

export function objectBody(type: ResourceType, entry: Entry, accept: string | undefined, query: URLSearchParams, rv: number, now: number): string {
  if (wantsTable(accept)) {
    const include = query.get('includeObject') ?? 'Metadata';
    return tableJson(type.storage, [tableRow(type.storage, entry, now, include, viewOf(type))], JSON.stringify({ resourceVersion: String(rv) }));
  }
  return viewOf(type)(entry);
}
