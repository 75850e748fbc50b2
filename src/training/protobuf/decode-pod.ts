// A Pod sent as application/vnd.kubernetes.protobuf (kubectl debug --copy-to POSTs one and never retries with
// JSON): the `k8s\0` magic, a runtime.Unknown envelope, then the Pod message, decoded to its JSON shape.
import type { Pod } from '../../k8s/objects.js';
import { decodeMessage } from './decode-message.js';
import { podSchema } from './pod-schema.js';
import { ProtobufError, decodeUtf8, readFields } from './wire-reader.js';

export const PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';

const MAGIC = [0x6b, 0x38, 0x73, 0x00]; // "k8s\0"

export interface ProtobufEnvelope {
  readonly apiVersion: string;
  readonly kind: string;
  readonly raw: Uint8Array;
}

/** runtime.Unknown{1 typeMeta{1 apiVersion, 2 kind}, 2 raw, 3 contentEncoding, 4 contentType} after the magic. */
export function decodeEnvelope(body: Uint8Array): ProtobufEnvelope {
  if (body.length < MAGIC.length || MAGIC.some((b, i) => body[i] !== b)) {
    throw new ProtobufError('protobuf body does not start with the Kubernetes magic "k8s\\0"');
  }
  let apiVersion = '';
  let kind = '';
  let raw: Uint8Array | undefined;
  let encoding = '';
  for (const field of readFields(body.subarray(MAGIC.length))) {
    if (field.number === 1 && field.bytes) {
      for (const t of readFields(field.bytes)) {
        if (t.number === 1 && t.bytes) apiVersion = decodeUtf8(t.bytes, 'typeMeta.apiVersion');
        else if (t.number === 2 && t.bytes) kind = decodeUtf8(t.bytes, 'typeMeta.kind');
      }
    } else if (field.number === 2 && field.bytes) {
      raw = field.bytes;
    } else if (field.number === 3 && field.bytes) {
      encoding = decodeUtf8(field.bytes, 'contentEncoding');
    }
  }
  if (encoding !== '') throw new ProtobufError(`protobuf body uses content encoding "${encoding}", which is not supported`);
  if (!raw) throw new ProtobufError('protobuf envelope carries no object (runtime.Unknown.raw is missing)');
  return { apiVersion, kind, raw };
}

/** Throws a ProtobufError (an Error with a one-line message) on anything malformed; the server answers 400. */
export function decodePodProtobuf(body: Uint8Array): Pod {
  const envelope = decodeEnvelope(body);
  if (envelope.kind !== '' && envelope.kind !== 'Pod') {
    throw new ProtobufError(`protobuf body holds a ${envelope.kind}, not a Pod`);
  }
  if (envelope.apiVersion !== '' && envelope.apiVersion !== 'v1') {
    throw new ProtobufError(`protobuf body holds apiVersion ${envelope.apiVersion}, expected v1`);
  }
  const decoded = decodeMessage(envelope.raw, podSchema, 'pod');
  const metadata = (decoded['metadata'] ?? {}) as Record<string, unknown>;
  const spec = (decoded['spec'] ?? {}) as Record<string, unknown>;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    ...decoded,
    metadata: { name: '', ...metadata },
    spec: { containers: [], ...spec },
  } as Pod;
}
