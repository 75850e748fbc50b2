// The OpenAPI v2 document in gnostic's protobuf form (openapi_v2.Document), which kubectl 1.27/1.28 ask for
// with `Accept: application/com.github.proto-openapi.spec.v2@v1.0+protobuf` and decode with proto.Unmarshal.
// Field numbers are gnostic's OpenAPIv2.proto. Vendor extensions are NamedAny{name, Any{yaml}}: kubectl parses
// the yaml text, and JSON is valid YAML.
import { boolField, messageField, stringField, stringsField, type ProtoField } from './proto-writer.js';

export const OPENAPI_V2_PROTOBUF = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';

type Obj = Record<string, unknown>;

const vendorExtensions = (field: number, o: Obj): ProtoField[] =>
  Object.entries(o)
    .filter(([k]) => k.startsWith('x-'))
    .map(([k, v]) => messageField(field, [...stringField(1, k), messageField(2, stringField(2, `${JSON.stringify(v)}\n`))]));

const named = (field: number, entries: Obj | undefined, value: (v: Obj) => ProtoField[]): ProtoField[] =>
  Object.entries(entries ?? {}).map(([name, v]) => messageField(field, [...stringField(1, name), messageField(2, value(v as Obj))]));

function schema(s: Obj): ProtoField[] {
  const items = s['items'] as Obj | undefined;
  const additional = s['additionalProperties'];
  return [
    ...stringField(1, s['$ref'] as string | undefined),
    ...stringField(2, s['format'] as string | undefined),
    ...stringField(4, s['description'] as string | undefined),
    ...stringsField(19, s['required'] as string[] | undefined),
    ...(typeof additional === 'object' && additional ? [messageField(21, [messageField(1, schema(additional as Obj))])] : []),
    ...(typeof s['type'] === 'string' ? [messageField(22, stringField(1, s['type']))] : []),
    ...(items ? [messageField(23, [messageField(1, schema(items))])] : []),
    ...(s['properties'] ? [messageField(25, named(1, s['properties'] as Obj, schema))] : []),
    ...vendorExtensions(31, s),
  ];
}

function parameter(p: Obj): ProtoField[] {
  if (p['in'] === 'body') {
    const body = [...stringField(2, p['name'] as string), ...stringField(3, 'body'), ...boolField(4, p['required'] as boolean), messageField(5, schema(p['schema'] as Obj))];
    return [messageField(1, [messageField(1, body)])];
  }
  const sub = [
    ...stringField(2, 'query'),
    ...stringField(3, p['description'] as string | undefined),
    ...stringField(4, p['name'] as string),
    ...stringField(6, p['type'] as string | undefined),
    ...boolField(20, p['uniqueItems'] as boolean | undefined),
  ];
  return [messageField(1, [messageField(2, [messageField(3, sub)])])];
}

function operation(op: Obj): ProtoField[] {
  const responses = named(1, op['responses'] as Obj, (r) => [messageField(1, [...stringField(1, r['description'] as string), messageField(2, [messageField(1, schema(r['schema'] as Obj))])])]);
  return [
    ...stringField(5, op['operationId'] as string),
    ...((op['parameters'] as Obj[] | undefined) ?? []).map((p) => messageField(8, parameter(p))),
    messageField(9, responses),
    ...vendorExtensions(13, op),
  ];
}

const VERBS: Readonly<Record<string, number>> = { get: 2, put: 3, post: 4, delete: 5, patch: 8 };

function pathItem(item: Obj): ProtoField[] {
  return Object.entries(item).flatMap(([verb, op]) => (VERBS[verb] ? [messageField(VERBS[verb]!, operation(op as Obj))] : []));
}

export function encodeOpenApiV2(doc: Obj): Buffer {
  const info = doc['info'] as Obj;
  return Buffer.concat([
    ...stringField(1, doc['swagger'] as string),
    messageField(2, [...stringField(1, info['title'] as string), ...stringField(2, info['version'] as string)]),
    messageField(8, named(2, doc['paths'] as Obj, pathItem)),
    messageField(9, named(1, doc['definitions'] as Obj, schema)),
  ]);
}
