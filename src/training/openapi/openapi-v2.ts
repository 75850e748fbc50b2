// OpenAPI v2 (Swagger) as the apiserver serves it at /openapi/v2, derived from the same schemas as v3. kubectl
// 1.27 and 1.28 download it for `apply` (the query-param verifier looks for fieldValidation on each kind's PATCH,
// client-side apply reads patch merge keys) and for `explain` (definitions carry x-kubernetes-group-version-kind).
import { createHash } from 'node:crypto';
import type { ResourceType } from '../resources.js';
import { encodeOpenApiV2 } from './openapi-v2-protobuf.js';
import { docPath, loadKubeSchemas, servedTypes } from './openapi-v3.js';

type Schema = Record<string, unknown>;

/** v3's `allOf: [{$ref}]` and `#/components/schemas/` become v2's bare `$ref` into `#/definitions/`. */
export function toV2Schema(s: Schema): Schema {
  const out: Schema = {};
  const allOf = s['allOf'] as Schema[] | undefined;
  if (allOf?.length === 1 && typeof allOf[0]!['$ref'] === 'string') {
    out['$ref'] = (allOf[0]!['$ref'] as string).replace('#/components/schemas/', '#/definitions/');
  }
  if (s['x-kubernetes-int-or-string']) return { type: 'string', format: 'int-or-string', ...(s['description'] ? { description: s['description'] } : {}) };
  for (const [k, v] of Object.entries(s)) {
    if (k === 'allOf' || k === 'default' || k === 'anyOf') continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as Record<string, Schema>).map(([name, p]) => [name, toV2Schema(p)]));
    else if (k === 'items' || k === 'additionalProperties') out[k] = typeof v === 'object' && v ? toV2Schema(v as Schema) : v;
    else out[k] = v;
  }
  return out;
}

const query = (name: string, description: string) => ({ name, in: 'query', type: 'string', uniqueItems: true, description });
const PARAMS = [
  query('dryRun', 'When present, indicates that modifications should not be persisted.'),
  query('fieldManager', 'fieldManager is a name associated with the actor or entity that is making these changes.'),
  query('fieldValidation', 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields.'),
];

function paths(t: ResourceType, schema: string): Record<string, unknown> {
  const prefix = `/${docPath(t)}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.resource}`;
  const gvk = { group: t.group, kind: t.kind, version: t.version };
  const ref = { $ref: `#/definitions/${schema}` };
  const op = (action: string, params: unknown[] = PARAMS) => ({
    operationId: `${action}${t.kind}`,
    parameters: [{ name: 'body', in: 'body', required: true, schema: action === 'patch' ? { type: 'object' } : ref }, ...params],
    responses: { '200': { description: 'OK', schema: ref } },
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
  });
  return {
    [prefix]: { post: op('post') },
    [`${prefix}/{name}`]: { put: op('put'), patch: op('patch', [...PARAMS, query('force', 'Force is going to "force" Apply requests.')]) },
  };
}

export interface OpenApiV2 {
  readonly json: string;
  readonly protobuf: Buffer;
  readonly etag: string;
}

let built: Promise<OpenApiV2> | undefined;

export function openApiV2(): Promise<OpenApiV2> {
  return (built ??= build());
}

async function build(): Promise<OpenApiV2> {
  const { roots, schemas } = await loadKubeSchemas();
  const allPaths: Record<string, unknown> = {};
  for (const t of servedTypes()) {
    const root = roots.find((r) => r.group === t.group && r.version === t.version && r.kind === t.kind);
    if (root) Object.assign(allPaths, paths(t, root.schema));
  }
  const definitions = Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, toV2Schema(s)]));
  const doc = { swagger: '2.0', info: { title: 'Kubernetes', version: 'v1.32.4' }, paths: allPaths, definitions };
  const json = JSON.stringify(doc);
  return { json, protobuf: encodeOpenApiV2(doc), etag: createHash('sha256').update(json).digest('hex').slice(0, 32) };
}
