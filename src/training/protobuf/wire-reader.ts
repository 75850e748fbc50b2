// Protocol-buffer wire format: tags, varints and length-delimited fields, read with bounds checks so a
// truncated or hostile body becomes an Error naming the offset instead of a RangeError or a hang.

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_BYTES = 2;
export const WIRE_FIXED32 = 5;

export interface WireField {
  readonly number: number;
  readonly wireType: number;
  /** Set for varint fields. */
  readonly varint?: bigint;
  /** Set for length-delimited fields: a view into the message, not a copy. */
  readonly bytes?: Uint8Array;
}

export class ProtobufError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtobufError';
  }
}

const MAX_VARINT_BYTES = 10;

function readVarint(buf: Uint8Array, start: number): { value: bigint; next: number } {
  let value = 0n;
  let shift = 0n;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    const at = start + i;
    if (at >= buf.length) throw new ProtobufError(`truncated varint at byte ${start}`);
    const byte = buf[at] as number;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value, next: at + 1 };
    shift += 7n;
  }
  throw new ProtobufError(`varint longer than ${MAX_VARINT_BYTES} bytes at byte ${start}`);
}

/** Every field of one message, in wire order; unknown wire types and overruns throw. */
export function readFields(buf: Uint8Array): WireField[] {
  const fields: WireField[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const tagAt = pos;
    const tag = readVarint(buf, pos);
    pos = tag.next;
    const number = Number(tag.value >> 3n);
    const wireType = Number(tag.value & 7n);
    if (number === 0) throw new ProtobufError(`field number 0 at byte ${tagAt}`);
    switch (wireType) {
      case WIRE_VARINT: {
        const v = readVarint(buf, pos);
        pos = v.next;
        fields.push({ number, wireType, varint: v.value });
        break;
      }
      case WIRE_FIXED64:
      case WIRE_FIXED32: {
        const size = wireType === WIRE_FIXED64 ? 8 : 4;
        if (pos + size > buf.length) throw new ProtobufError(`truncated ${size * 8}-bit field ${number} at byte ${tagAt}`);
        pos += size;
        fields.push({ number, wireType });
        break;
      }
      case WIRE_BYTES: {
        const len = readVarint(buf, pos);
        pos = len.next;
        const end = pos + Number(len.value);
        if (len.value > BigInt(buf.length) || end > buf.length) {
          throw new ProtobufError(`field ${number} at byte ${tagAt} claims ${len.value} bytes but only ${buf.length - pos} remain`);
        }
        fields.push({ number, wireType, bytes: buf.subarray(pos, end) });
        pos = end;
        break;
      }
      default:
        // Groups (3, 4) were never used by Kubernetes; 6 and 7 do not exist.
        throw new ProtobufError(`unsupported wire type ${wireType} for field ${number} at byte ${tagAt}`);
    }
  }
  return fields;
}

/** Varints packed into one length-delimited field (proto3 style); Kubernetes' proto2 rarely packs, but accept it. */
export function readPackedVarints(buf: Uint8Array): bigint[] {
  const values: bigint[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const v = readVarint(buf, pos);
    values.push(v.value);
    pos = v.next;
  }
  return values;
}

/** int32/int64 fields are two's complement in 64 bits on the wire. */
export const toSignedNumber = (value: bigint): number => Number(BigInt.asIntN(64, value));

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ProtobufError(`${what} is not valid UTF-8`);
  }
}
