// Any protobuf body kubectl's typed clients POST, decoded by the kind its envelope names.
import type { KubeObject } from '../../k8s/objects.js';
import { decodeMessage } from './decode-message.js';
import { decodeEnvelope, decodePodProtobuf } from './decode-pod.js';
import type { Schema } from './schema.js';
import { configMapSchema, deploymentSchema, jobSchema, secretSchema, serviceSchema } from './workload-schema.js';
import { ProtobufError } from './wire-reader.js';

const SCHEMAS: Readonly<Record<string, { apiVersion: string; schema: Schema }>> = {
  ConfigMap: { apiVersion: 'v1', schema: configMapSchema },
  Secret: { apiVersion: 'v1', schema: secretSchema },
  Deployment: { apiVersion: 'apps/v1', schema: deploymentSchema },
  Job: { apiVersion: 'batch/v1', schema: jobSchema },
  Service: { apiVersion: 'v1', schema: serviceSchema },
};

export const decodableKinds = (): string[] => ['Pod', ...Object.keys(SCHEMAS)];

export function decodeObjectProtobuf(body: Uint8Array): KubeObject {
  const envelope = decodeEnvelope(body);
  if (envelope.kind === 'Pod' || envelope.kind === '') return decodePodProtobuf(body);
  const known = SCHEMAS[envelope.kind];
  if (!known) throw new ProtobufError(`protobuf bodies of kind ${envelope.kind} are not understood by the training cluster; send JSON`);
  const decoded = decodeMessage(envelope.raw, known.schema, envelope.kind.toLowerCase());
  return { apiVersion: known.apiVersion, kind: envelope.kind, ...decoded, metadata: { name: '', ...((decoded['metadata'] ?? {}) as object) } } as KubeObject;
}
