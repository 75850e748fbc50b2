// The shape server-side apply needs of each field, read from the OpenAPI schemas the cluster serves: a struct
// (fields tracked one by one), a map (keys tracked one by one), an associative list (items tracked by their
// keys, like containers by name), or atomic (owned and replaced as a whole: scalars, plain lists, selectors).
import { loadKubeSchemas, type KubeSchemas } from '../openapi/openapi-v3.js';

export type FieldType =
  | { readonly kind: 'struct'; field(name: string): FieldType }
  | { readonly kind: 'map'; readonly value: FieldType }
  | { readonly kind: 'assoc'; readonly keys: readonly string[]; readonly item: FieldType }
  | { readonly kind: 'atomic' };

export const ATOMIC: FieldType = { kind: 'atomic' };

/** A field no schema describes (an unknown kind or a preserved-unknown object): granular objects, atomic lists. */
export const UNTYPED: FieldType = { kind: 'map', get value() { return UNTYPED; } };

/** Lists Kubernetes keys by more than the patch merge key, and struct types it marks atomic. */
const LIST_KEYS: Readonly<Record<string, readonly string[]>> = {
  'io.k8s.api.core.v1.Container.ports': ['containerPort', 'protocol'],
  'io.k8s.api.core.v1.ServiceSpec.ports': ['port', 'protocol'],
  'io.k8s.api.core.v1.EndpointSubset.ports': ['name', 'port', 'protocol'],
};
const ATOMIC_STRUCTS = new Set(['io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector', 'io.k8s.api.core.v1.NodeSelector', 'io.k8s.api.core.v1.LocalObjectReference']);

/** Defaults a list key takes when an item leaves it out (a port's protocol is TCP). */
export const KEY_DEFAULTS: Readonly<Record<string, unknown>> = { protocol: 'TCP' };

export interface FieldTypes {
  /** The type of a kind's objects; UNTYPED when no schema is served for it. */
  root(group: string, version: string, kind: string): FieldType;
}

type Schema = Record<string, unknown>;

function build(k: KubeSchemas): FieldTypes {
  const named = new Map<string, FieldType>();
  const byName = (name: string): FieldType => {
    let t = named.get(name);
    if (t) return t;
    const s = k.schemas[name];
    if (!s) return UNTYPED;
    if (ATOMIC_STRUCTS.has(name)) t = ATOMIC;
    else {
      const props = (s['properties'] ?? {}) as Record<string, Schema>;
      const cache = new Map<string, FieldType>();
      t = {
        kind: 'struct',
        field(field) {
          let f = cache.get(field);
          if (!f) cache.set(field, (f = props[field] ? of(props[field], `${name}.${field}`) : UNTYPED));
          return f;
        },
      };
    }
    named.set(name, t);
    return t;
  };
  const of = (s: Schema, where: string): FieldType => {
    const ref = (s['allOf'] as Schema[] | undefined)?.[0]?.['$ref'] ?? s['$ref'];
    if (typeof ref === 'string') return byName(ref.replace('#/components/schemas/', ''));
    if (s['type'] === 'array') {
      const keys = LIST_KEYS[where] ?? (s['x-kubernetes-list-type'] === 'map' ? (s['x-kubernetes-list-map-keys'] as string[] | undefined) : undefined);
      return keys?.length ? { kind: 'assoc', keys, item: of((s['items'] ?? {}) as Schema, `${where}[]`) } : ATOMIC;
    }
    if (s['additionalProperties'] && typeof s['additionalProperties'] === 'object') return { kind: 'map', value: of(s['additionalProperties'] as Schema, `${where}{}`) };
    if (s['x-kubernetes-preserve-unknown-fields']) return UNTYPED;
    return ATOMIC;
  };
  return {
    root(group, version, kind) {
      const root = k.roots.find((r) => r.group === group && r.version === version && r.kind === kind);
      return root ? byName(root.schema) : UNTYPED;
    },
  };
}

let loaded: Promise<FieldTypes> | undefined;

export const loadFieldTypes = (): Promise<FieldTypes> => (loaded ??= loadKubeSchemas().then(build));
