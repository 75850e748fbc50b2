// How a message's field numbers map to the JSON names Kubernetes uses, as data, so that every number can be
// checked against generated.proto by reading one table. Builders keep the tables short.

export type FieldType = 'string' | 'bool' | 'int' | 'time' | 'quantity' | 'intOrString' | 'message' | 'stringMap' | 'quantityMap' | 'bytesMap';

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** For type 'message'; a thunk so schemas can refer to ones declared later. */
  readonly schema?: () => Schema;
  readonly repeated?: boolean;
  /**
   * A Go pointer field: gogo-proto writes it only when set, so false and 0 are values the client chose
   * (`allowPrivilegeEscalation: false`, `runAsUser: 0`), unlike plain fields whose zero JSON omits.
   */
  readonly keepZero?: boolean;
  /** An embedded Go struct (`LocalObjectReference`, `VolumeSource`, `ProbeHandler`) whose fields JSON flattens into the parent. */
  readonly inline?: boolean;
}

export type Schema = Readonly<Record<number, FieldSpec>>;

export const str = (name: string): FieldSpec => ({ name, type: 'string' });
export const strings = (name: string): FieldSpec => ({ name, type: 'string', repeated: true });
export const bool = (name: string, keepZero = false): FieldSpec => ({ name, type: 'bool', keepZero });
export const int = (name: string, keepZero = false): FieldSpec => ({ name, type: 'int', keepZero });
export const ints = (name: string): FieldSpec => ({ name, type: 'int', repeated: true, keepZero: true });
export const time = (name: string): FieldSpec => ({ name, type: 'time' });
export const quantity = (name: string): FieldSpec => ({ name, type: 'quantity' });
export const intOrString = (name: string): FieldSpec => ({ name, type: 'intOrString' });
export const stringMap = (name: string): FieldSpec => ({ name, type: 'stringMap' });
export const quantityMap = (name: string): FieldSpec => ({ name, type: 'quantityMap' });
export const msg = (name: string, schema: () => Schema): FieldSpec => ({ name, type: 'message', schema });
export const list = (name: string, schema: () => Schema): FieldSpec => ({ name, type: 'message', schema, repeated: true });
export const inline = (schema: () => Schema): FieldSpec => ({ name: '', type: 'message', schema, inline: true });
/** map<string, bytes> (Secret.data, ConfigMap.binaryData): JSON carries each value base64-encoded. */
export const bytesMap = (name: string): FieldSpec => ({ name, type: 'bytesMap' });
