// Decoding Kubernetes protobuf request bodies (a Pod, as kubectl debug --copy-to sends it) into the JSON shapes
// of src/k8s; no encoder: the server always answers in JSON, which every client accepts.
export { decodePodProtobuf, decodeEnvelope, PROTOBUF_CONTENT_TYPE, type ProtobufEnvelope } from './decode-pod.js';
export { ProtobufError } from './wire-reader.js';
export { decodeObjectProtobuf, decodableKinds } from './decode-object.js';
