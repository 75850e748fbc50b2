// `kubectl auth can-i` POSTs its SelfSubjectAccessReview as protobuf; only the resource attributes matter here.
import { decodeMessage } from './protobuf/decode-message.js';
import { decodeEnvelope } from './protobuf/index.js';
import { msg, str, type Schema } from './protobuf/schema.js';

const resourceAttributes: Schema = { 1: str('namespace'), 2: str('verb'), 3: str('group'), 4: str('version'), 5: str('resource'), 6: str('subresource'), 7: str('name') };
const spec: Schema = { 1: msg('resourceAttributes', () => resourceAttributes) };
const review: Schema = { 2: msg('spec', () => spec) };
const rulesReview: Schema = { 2: msg('spec', () => ({ 1: str('namespace') })) };

export const protobufKind = (body: Uint8Array): string => decodeEnvelope(body).kind;

export function decodeAccessReview(body: Uint8Array): Record<string, unknown> {
  const envelope = decodeEnvelope(body);
  if (envelope.kind === 'SelfSubjectRulesReview') return decodeMessage(envelope.raw, rulesReview, 'selfsubjectrulesreview');
  return decodeMessage(envelope.raw, review, 'selfsubjectaccessreview');
}
