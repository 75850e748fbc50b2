// Regenerates kube-schemas.json, the OpenAPI schemas of the kinds the training cluster serves, from the
// model metadata and doc comments @kubernetes/client-node ships (generated from Kubernetes' own OpenAPI spec):
//   node src/training/openapi/generate-schemas.mjs
// Run it after changing RESOURCE KINDS below or upgrading client-node; the output is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as k8s from '@kubernetes/client-node';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const models = join(dirname(require.resolve('@kubernetes/client-node')), 'gen', 'models');

/** [group, version, kind, client-node class] of every kind served (src/training/resources.ts). */
const KINDS = [
  ['', 'v1', 'Namespace', 'V1Namespace'], ['', 'v1', 'Node', 'V1Node'], ['', 'v1', 'Pod', 'V1Pod'], ['', 'v1', 'Event', 'CoreV1Event'],
  ['', 'v1', 'ConfigMap', 'V1ConfigMap'], ['', 'v1', 'Secret', 'V1Secret'], ['', 'v1', 'Service', 'V1Service'], ['', 'v1', 'ServiceAccount', 'V1ServiceAccount'],
  ['', 'v1', 'PersistentVolumeClaim', 'V1PersistentVolumeClaim'], ['', 'v1', 'PersistentVolume', 'V1PersistentVolume'], ['', 'v1', 'LimitRange', 'V1LimitRange'],
  ['', 'v1', 'ResourceQuota', 'V1ResourceQuota'], ['', 'v1', 'Endpoints', 'V1Endpoints'], ['', 'v1', 'ReplicationController', 'V1ReplicationController'],
  ['apps', 'v1', 'Deployment', 'V1Deployment'], ['apps', 'v1', 'ReplicaSet', 'V1ReplicaSet'], ['apps', 'v1', 'StatefulSet', 'V1StatefulSet'], ['apps', 'v1', 'DaemonSet', 'V1DaemonSet'],
  ['batch', 'v1', 'Job', 'V1Job'], ['batch', 'v1', 'CronJob', 'V1CronJob'], ['events.k8s.io', 'v1', 'Event', 'EventsV1Event'],
  ['storage.k8s.io', 'v1', 'StorageClass', 'V1StorageClass'], ['coordination.k8s.io', 'v1', 'Lease', 'V1Lease'], ['discovery.k8s.io', 'v1', 'EndpointSlice', 'V1EndpointSlice'], ['networking.k8s.io', 'v1', 'Ingress', 'V1Ingress'], ['policy', 'v1', 'PodDisruptionBudget', 'V1PodDisruptionBudget'],
  ['rbac.authorization.k8s.io', 'v1', 'Role', 'V1Role'], ['rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'V1RoleBinding'],
  ['rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'V1ClusterRole'], ['rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'V1ClusterRoleBinding'],
];

const META = new Set(['V1ObjectMeta', 'V1ListMeta', 'V1OwnerReference', 'V1ManagedFieldsEntry', 'V1LabelSelector', 'V1LabelSelectorRequirement', 'V1Condition']);
const MERGE_KEY = { containers: 'name', initContainers: 'name', ephemeralContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'mountPath', imagePullSecrets: 'name', ownerReferences: 'uid', conditions: 'type', hostAliases: 'ip', volumeDevices: 'devicePath', topologySpreadConstraints: 'topologyKey', resourceClaims: 'name' };

const schemaName = (cls, group) => {
  const m = /^(?:(Core|Events|Storage|Discovery|Rbac|Apps|Batch|Policy|Networking|Authentication|Authorization|Admissionregistration|Apiextensions|Flowcontrol)(V\d\w*?))?(V\d+(?:alpha\d+|beta\d+)?)?([A-Z]\w*)$/.exec(cls);
  const bare = m ? m[4] : cls;
  const version = ((m && (m[2] ?? m[3])) || 'v1').toLowerCase();
  if (META.has(cls)) return `io.k8s.apimachinery.pkg.apis.meta.${version}.${bare}`;
  const pkg = group ? group.split('.')[0] : m?.[1] ? m[1].toLowerCase() : 'core';
  return `io.k8s.api.${pkg}.${version}.${bare}`;
};

function docs(cls) {
  let text = '';
  try { text = readFileSync(join(models, `${cls}.d.ts`), 'utf8'); } catch { return { cls: '', props: {}, required: [] }; }
  const clean = (c) => c.split('\n').map((l) => l.replace(/^\s*\*\s?/, '')).join(' ').replace(/\s+/g, ' ').trim();
  const classDoc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export declare class/.exec(text);
  const props = {};
  const required = [];
  const body = text.slice(text.indexOf('export declare class'));
  for (const m of body.matchAll(/(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?'([^']+)'(\??):/g)) {
    if (m[1]) props[m[2]] = clean(m[1]);
    if (!m[3]) required.push(m[2]);
  }
  return { cls: classDoc ? clean(classDoc[1]) : '', props, required };
}

const schemas = {};
const names = new Map();

function typeSchema(type, format, field, group) {
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) {
    const out = { type: 'array', items: typeSchema(arr[1], '', '', group) };
    if (MERGE_KEY[field]) Object.assign(out, { 'x-kubernetes-patch-merge-key': MERGE_KEY[field], 'x-kubernetes-patch-strategy': 'merge', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': [MERGE_KEY[field]] });
    return out;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return { type: 'object', additionalProperties: typeSchema(map[1], '', '', group) };
  if (type === 'string') return format && format !== '' ? { type: 'string', format } : { type: 'string' };
  if (type === 'number') return /^int/.test(format) ? { type: 'integer', format } : { type: 'number', format: format || 'double' };
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'Date' || type === 'V1MicroTime') return { type: 'string', format: 'date-time' };
  if (type === 'IntOrString') return { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] };
  if (type === 'any') return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
  return { allOf: [{ $ref: `#/components/schemas/${visit(type, group)}` }], default: {} };
}

function visit(cls, group) {
  if (names.has(cls)) return names.get(cls);
  const model = k8s[cls];
  if (!model?.getAttributeTypeMap) throw new Error(`client-node has no model ${cls}`);
  const name = schemaName(cls, group);
  names.set(cls, name);
  const d = docs(cls);
  const properties = {};
  for (const a of model.getAttributeTypeMap()) {
    properties[a.baseName] = { ...typeSchema(a.type, a.format, a.baseName, group), ...(d.props[a.name] ? { description: d.props[a.name] } : {}) };
  }
  schemas[name] = { ...(d.cls ? { description: d.cls } : {}), type: 'object', properties, ...(d.required.length ? { required: d.required } : {}) };
  return name;
}

const roots = KINDS.map(([group, version, kind, cls]) => {
  const name = visit(cls, group);
  schemas[name]['x-kubernetes-group-version-kind'] = [{ group, kind, version }];
  return { group, version, kind, schema: name };
});
writeFileSync(join(here, 'kube-schemas.json'), `${JSON.stringify({ roots, schemas })}\n`);
console.log(`${Object.keys(schemas).length} schemas, ${roots.length} kinds`);
