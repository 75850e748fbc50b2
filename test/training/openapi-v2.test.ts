// /openapi/v2 as kubectl 1.27/1.28 read it: gnostic's protobuf Document when they ask for it (decoded here by
// field number, independently of the encoder), JSON otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFields, type WireField } from '../../src/training/protobuf/wire-reader.js';
import { startTrainingCluster, type TrainingCluster } from '../../src/training/index.js';

let cluster: TrainingCluster;
beforeAll(async () => {
  cluster = await startTrainingCluster({ port: 0, static: true, scenarios: [] });
});
afterAll(() => cluster?.close());

const PB = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';
const text = (f: WireField | undefined): string => Buffer.from(f?.bytes ?? []).toString('utf8');
const fields = (b: Uint8Array | undefined, n: number): WireField[] => readFields(b ?? new Uint8Array()).filter((f) => f.number === n);
/** Named{1 name, 2 value} entries of a repeated field. */
const named = (b: Uint8Array | undefined, n: number): Map<string, Uint8Array> =>
  new Map(fields(b, n).map((e) => [text(fields(e.bytes, 1)[0]), fields(e.bytes, 2)[0]?.bytes ?? new Uint8Array()]));
/** Vendor extensions: NamedAny{name, Any{2 yaml}}. */
const extensions = (b: Uint8Array | undefined, n: number): Record<string, unknown> =>
  Object.fromEntries([...named(b, n)].map(([k, any]) => [k, JSON.parse(text(fields(any, 2)[0]))]));

describe('OpenAPI v2', () => {
  it('serves the protobuf Document kubectl 1.27 decodes, with fieldValidation on each kind\'s PATCH', async () => {
    const res = await fetch(`${cluster.url}/openapi/v2?timeout=32s`, { headers: { accept: PB } });
    expect(res.status).toBe(200);
    const doc = new Uint8Array(await res.arrayBuffer());
    expect(text(fields(doc, 1)[0])).toBe('2.0');
    const paths = named(fields(doc, 8)[0]?.bytes, 2);
    const item = paths.get('/apis/apps/v1/namespaces/{namespace}/deployments/{name}');
    const patch = fields(item, 8)[0]?.bytes;
    expect(extensions(patch, 13)['x-kubernetes-group-version-kind']).toEqual({ group: 'apps', kind: 'Deployment', version: 'v1' });
    // ParametersItem{1 Parameter{2 NonBodyParameter{3 QueryParameterSubSchema{4 name}}}}
    const query = fields(patch, 8).map((p) => fields(fields(fields(fields(p.bytes, 1)[0]?.bytes, 2)[0]?.bytes, 3)[0]?.bytes, 4)[0]).filter(Boolean).map(text);
    expect(query).toContain('fieldValidation');
  });

  it('describes each kind with its group-version-kind, patch merge keys and field documentation', async () => {
    const doc = new Uint8Array(await (await fetch(`${cluster.url}/openapi/v2`, { headers: { accept: PB } })).arrayBuffer());
    const defs = named(fields(doc, 9)[0]?.bytes, 1);
    expect(extensions(defs.get('io.k8s.api.apps.v1.Deployment'), 31)['x-kubernetes-group-version-kind']).toEqual([{ group: 'apps', kind: 'Deployment', version: 'v1' }]);
    const podSpecProps = named(fields(defs.get('io.k8s.api.core.v1.PodSpec'), 25)[0]?.bytes, 1);
    const containers = podSpecProps.get('containers');
    expect(extensions(containers, 31)).toMatchObject({ 'x-kubernetes-patch-merge-key': 'name', 'x-kubernetes-patch-strategy': 'merge' });
    // Schema{23 items{1 Schema{1 $ref}}}
    expect(text(fields(fields(fields(containers, 23)[0]?.bytes, 1)[0]?.bytes, 1)[0])).toBe('#/definitions/io.k8s.api.core.v1.Container');
    const image = named(fields(defs.get('io.k8s.api.core.v1.Container'), 25)[0]?.bytes, 1).get('image');
    expect(text(fields(image, 4)[0])).toMatch(/^Container image name/);
  });

  it('answers JSON to a client that does not ask for protobuf', async () => {
    const res = await fetch(`${cluster.url}/openapi/v2`, { headers: { accept: 'application/json' } });
    const doc = (await res.json()) as { swagger: string; definitions: Record<string, { properties?: Record<string, { $ref?: string; format?: string }> }> };
    expect(doc.swagger).toBe('2.0');
    expect(doc.definitions['io.k8s.api.core.v1.PodSpec']?.properties?.['securityContext']?.$ref).toBe('#/definitions/io.k8s.api.core.v1.PodSecurityContext');
    expect(doc.definitions['io.k8s.api.core.v1.ContainerPort']?.properties?.['containerPort']).toMatchObject({ type: 'integer' });
  });
});
