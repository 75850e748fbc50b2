// OpenAPI v3 as the apiserver serves it: /openapi/v3 lists one document per group-version, and each document
// holds the paths of its resources (the PATCH and POST operations carry the fieldValidation parameter kubectl's
// query-param verifier looks for, so `create -f`/`apply` validate on the server instead of downloading v2)
// and the schemas they reach, with patch merge keys for client-side apply and descriptions for `explain`.
import { createHash } from 'node:crypto';
import { RESOURCE_TYPES, type ResourceType } from '../resources.js';

export interface KubeSchemas {
  readonly roots: readonly { group: string; version: string; kind: string; schema: string }[];
  readonly schemas: Readonly<Record<string, Record<string, unknown>>>;
}

let loaded: Promise<KubeSchemas> | undefined;
export const loadKubeSchemas = (): Promise<KubeSchemas> =>
  (loaded ??= import('./kube-schemas.json', { with: { type: 'json' } }).then((m) => (m as { default: KubeSchemas }).default));

export const docPath = (t: { group: string; version: string }): string => (t.group ? `apis/${t.group}/${t.version}` : `api/${t.version}`);

export const servedTypes = (): ResourceType[] => RESOURCE_TYPES.filter((t) => t.storage && t.verbs.includes('patch'));

function reachable(schemas: KubeSchemas['schemas'], roots: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop()!;
    if (out[name] || !schemas[name]) continue;
    out[name] = schemas[name];
    for (const m of JSON.stringify(schemas[name]).matchAll(/#\/components\/schemas\/([\w.-]+)/g)) stack.push(m[1]!);
  }
  return out;
}

const QUERY = (name: string, description: string) => ({ name, in: 'query', description, schema: { type: 'string', uniqueItems: true } });
const PARAMS = [
  QUERY('dryRun', 'When present, indicates that modifications should not be persisted.'),
  QUERY('fieldManager', 'fieldManager is a name associated with the actor or entity that is making these changes.'),
  QUERY('fieldValidation', 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields. Valid values are: Ignore, Warn, Strict.'),
];

function paths(t: ResourceType, schema: string): Record<string, unknown> {
  const prefix = `/${docPath(t)}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.resource}`;
  const gvk = { group: t.group, version: t.version, kind: t.kind };
  const body = { content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } }, required: true };
  const ok = { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } } };
  const op = (action: string, extra: Record<string, unknown> = {}) => ({ operationId: `${action}${t.kind}`, parameters: PARAMS, requestBody: body, responses: ok, 'x-kubernetes-action': action, 'x-kubernetes-group-version-kind': gvk, ...extra });
  const patchBody = { content: Object.fromEntries(['application/apply-patch+yaml', 'application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'].map((c) => [c, { schema: { type: 'object' } }])), required: true };
  return {
    [prefix]: { post: op('post') },
    [`${prefix}/{name}`]: { put: op('put'), patch: op('patch', { requestBody: patchBody, parameters: [...PARAMS, QUERY('force', 'Force is going to "force" Apply requests.')] }) },
  };
}

export interface OpenApiDoc {
  readonly body: string;
  readonly hash: string;
}

const docs = new Map<string, Promise<OpenApiDoc | undefined>>();

/** The document for "api/v1" or "apis/apps/v1", or undefined when that group-version is not served. */
export function openApiV3Document(path: string): Promise<OpenApiDoc | undefined> {
  let doc = docs.get(path);
  if (!doc) docs.set(path, (doc = build(path)));
  return doc;
}

async function build(path: string): Promise<OpenApiDoc | undefined> {
  const { roots, schemas } = await loadKubeSchemas();
  const types = servedTypes().filter((t) => docPath(t) === path);
  if (!types.length) return undefined;
  const allPaths: Record<string, unknown> = {};
  const rootNames: string[] = [];
  for (const t of types) {
    const root = roots.find((r) => r.group === t.group && r.version === t.version && r.kind === t.kind);
    if (!root) continue;
    rootNames.push(root.schema);
    Object.assign(allPaths, paths(t, root.schema));
  }
  const body = JSON.stringify({ openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.4' }, paths: allPaths, components: { schemas: reachable(schemas, rootNames) } });
  return { body, hash: createHash('sha512').update(body).digest('hex').slice(0, 128).toUpperCase() };
}

export async function openApiV3Index(): Promise<string> {
  const gvs = [...new Set(servedTypes().map((t) => docPath(t)))];
  const entries: Record<string, { serverRelativeURL: string }> = {};
  for (const gv of gvs) {
    const doc = await openApiV3Document(gv);
    if (doc) entries[gv] = { serverRelativeURL: `/openapi/v3/${gv}?hash=${doc.hash}` };
  }
  return JSON.stringify({ paths: entries });
}

