// Protocol-buffer wire format for writing: a message is built from fields in order; strings and nested
// messages are length-delimited, booleans and integers are varints. Enough for gnostic's OpenAPI v2 document.

export type ProtoField = Buffer;

function varint(n: number): Buffer {
  const bytes: number[] = [];
  let v = n;
  while (v > 0x7f) {
    bytes.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

const tag = (field: number, wireType: number): Buffer => varint(field * 8 + wireType);

export function bytesField(field: number, value: Buffer): ProtoField {
  return Buffer.concat([tag(field, 2), varint(value.length), value]);
}

/** An empty string is the proto3 default: omitted, as the Go encoder does. */
export const stringField = (field: number, value: string | undefined): ProtoField[] =>
  value ? [bytesField(field, Buffer.from(value, 'utf8'))] : [];

export const stringsField = (field: number, values: readonly string[] | undefined): ProtoField[] => (values ?? []).flatMap((v) => stringField(field, v));

export const boolField = (field: number, value: boolean | undefined): ProtoField[] => (value ? [Buffer.concat([tag(field, 0), varint(1)])] : []);

export const messageField = (field: number, parts: readonly ProtoField[]): ProtoField => bytesField(field, Buffer.concat(parts));
