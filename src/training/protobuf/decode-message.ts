// Turns one protobuf message into the plain object the same data would be in JSON, driven by a schema:
// unknown fields are skipped, and the zero values gogo-proto writes explicitly are dropped as JSON's omitempty would.
import type { FieldSpec, Schema } from './schema.js';
import {
  ProtobufError,
  WIRE_BYTES,
  WIRE_VARINT,
  decodeUtf8,
  readFields,
  readPackedVarints,
  toSignedNumber,
  type WireField,
} from './wire-reader.js';

type Json = string | number | boolean | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MAX_DEPTH = 32;

export function decodeMessage(bytes: Uint8Array, schema: Schema, path: string, depth = 0): JsonObject {
  if (depth > MAX_DEPTH) throw new ProtobufError(`${path}: nested deeper than ${MAX_DEPTH} messages`);
  const out: JsonObject = {};
  for (const field of readFields(bytes)) {
    const spec = schema[field.number];
    if (!spec) continue;
    const where = spec.inline ? path : `${path}.${spec.name}`;
    if (spec.repeated && spec.type === 'int' && field.wireType === WIRE_BYTES) {
      pushAll(out, spec.name, readPackedVarints(bytesOf(field, where)).map(toSignedNumber));
      continue;
    }
    const value = decodeValue(field, spec, where, depth);
    if (spec.inline) {
      Object.assign(out, value as JsonObject);
    } else if (spec.repeated) {
      pushAll(out, spec.name, [value ?? emptyFor(spec)]);
    } else if (value === undefined) {
      delete out[spec.name];
    } else if (isMap(spec) && isObject(out[spec.name])) {
      Object.assign(out[spec.name] as JsonObject, value as JsonObject);
    } else {
      out[spec.name] = value;
    }
  }
  return out;
}

function decodeValue(field: WireField, spec: FieldSpec, where: string, depth: number): Json | undefined {
  switch (spec.type) {
    case 'string': {
      const text = decodeUtf8(bytesOf(field, where), where);
      return text === '' && !spec.repeated ? undefined : text;
    }
    case 'bool': {
      const on = varintOf(field, where) !== 0n;
      return on || spec.keepZero || spec.repeated ? on : undefined;
    }
    case 'int': {
      const n = toSignedNumber(varintOf(field, where));
      return n !== 0 || spec.keepZero || spec.repeated ? n : undefined;
    }
    case 'time':
      return decodeTime(bytesOf(field, where), where);
    case 'quantity':
      return decodeQuantity(bytesOf(field, where), where);
    case 'intOrString':
      return decodeIntOrString(bytesOf(field, where), where);
    case 'stringMap':
    case 'quantityMap':
    case 'bytesMap':
      return decodeMapEntry(bytesOf(field, where), spec, where);
    case 'message':
      if (!spec.schema) throw new Error(`schema for ${where} is missing`);
      return decodeMessage(bytesOf(field, where), spec.schema(), where, depth + 1);
  }
}

// meta/v1 Time{1 seconds, 2 nanos}; JSON shows whole seconds in RFC 3339, and a zero Time as absent.
function decodeTime(bytes: Uint8Array, where: string): string | undefined {
  let seconds = 0;
  for (const f of readFields(bytes)) if (f.number === 1) seconds = toSignedNumber(varintOf(f, `${where}.seconds`));
  if (seconds === 0) return undefined;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) throw new ProtobufError(`${where}: time ${seconds} is out of range`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// resource.Quantity{1 string}: the canonical text ("500m", "128Mi") is all JSON carries.
function decodeQuantity(bytes: Uint8Array, where: string): string {
  let text = '';
  for (const f of readFields(bytes)) if (f.number === 1) text = decodeUtf8(bytesOf(f, where), where);
  return text;
}

// intstr.IntOrString{1 type (0 int, 1 string), 2 intVal, 3 strVal}
function decodeIntOrString(bytes: Uint8Array, where: string): Json {
  let type = 0;
  let intVal = 0;
  let strVal = '';
  for (const f of readFields(bytes)) {
    if (f.number === 1) type = toSignedNumber(varintOf(f, where));
    else if (f.number === 2) intVal = toSignedNumber(varintOf(f, where));
    else if (f.number === 3) strVal = decodeUtf8(bytesOf(f, where), where);
  }
  return type === 1 ? strVal : intVal;
}

// A map field is a repeated entry message {1 key, 2 value}; each entry adds one key to the object.
function decodeMapEntry(bytes: Uint8Array, spec: FieldSpec, where: string): JsonObject {
  let key = '';
  let value = '';
  for (const f of readFields(bytes)) {
    if (f.number === 1) key = decodeUtf8(bytesOf(f, `${where} key`), `${where} key`);
    else if (f.number === 2) {
      if (spec.type === 'quantityMap') value = decodeQuantity(bytesOf(f, where), where);
      else if (spec.type === 'bytesMap') value = Buffer.from(bytesOf(f, where)).toString('base64');
      else value = decodeUtf8(bytesOf(f, where), where);
    }
  }
  return { [key]: value };
}

function bytesOf(field: WireField, where: string): Uint8Array {
  if (field.wireType !== WIRE_BYTES || !field.bytes) throw wrongType(field, where, 'length-delimited');
  return field.bytes;
}

function varintOf(field: WireField, where: string): bigint {
  if (field.wireType !== WIRE_VARINT || field.varint === undefined) throw wrongType(field, where, 'varint');
  return field.varint;
}

const wrongType = (field: WireField, where: string, expected: string): ProtobufError =>
  new ProtobufError(`${where} (field ${field.number}) should be ${expected} but has wire type ${field.wireType}`);

const isMap = (spec: FieldSpec): boolean => spec.type === 'stringMap' || spec.type === 'quantityMap' || spec.type === 'bytesMap';
const isObject = (v: Json | undefined): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
const emptyFor = (spec: FieldSpec): Json => (spec.type === 'message' ? {} : '');

function pushAll(out: JsonObject, name: string, values: Json[]): void {
  const existing = out[name];
  out[name] = Array.isArray(existing) ? [...existing, ...values] : values;
}
