// POST, DELETE and PATCH: creating objects (pods as JSON or protobuf), deleting them (pods through the kubelet's
// grace period), adding ephemeral containers, and SelfSubjectAccessReviews answered from --forbid.
import { randomUUID } from 'node:crypto';
import type { Container, KubeObject, Pod } from '../k8s/index.js';
import { decodeObjectProtobuf, PROTOBUF_CONTENT_TYPE, ProtobufError } from './protobuf/index.js';
import { decodeAccessReview, protobufKind } from './access-review-protobuf.js';
import { alreadyExists, badRequest, invalid, methodNotAllowed, notFound, unsupportedMediaType } from './api-status.js';
import type { ClusterState } from './cluster-state.js';
import type { ResourceTarget } from './request-target.js';
import { groupVersion } from './resources.js';
import { entryJson } from './tables.js';
import { foldStringData } from './secret-data.js';
import { serverSideApply, trackUpdate, writeManagers, type Json, type Writer } from './patch/index.js';
import { allocateServiceAddresses } from './service-addresses.js';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_DETAIL =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

export interface Written {
  readonly code: number;
  readonly body: string;
}

export function parseBody(body: Buffer, contentType: string | undefined): unknown {
  const type = (contentType ?? 'application/json').split(';')[0]!.trim();
  if (type === PROTOBUF_CONTENT_TYPE) {
    try {
      return ['SelfSubjectAccessReview', 'SelfSubjectRulesReview'].includes(protobufKind(body)) ? decodeAccessReview(body) : decodeObjectProtobuf(body);
    } catch (e) {
      if (e instanceof ProtobufError) throw badRequest(`the body of the request could not be decoded: ${e.message}`);
      throw e;
    }
  }
  if (type !== 'application/json' && !type.endsWith('+json')) throw unsupportedMediaType(type);
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch (e) {
    throw badRequest(`the body of the request was not valid JSON: ${(e as Error).message}`);
  }
}

const randomSuffix = (): string => Math.random().toString(36).slice(2, 7).replace(/[^a-z0-9]/g, 'x').padEnd(5, 'x');

/** The managedFields of a new object: the applier owns what it applied, any other writer everything it sent. */
function createdManagedFields(input: Partial<KubeObject>, writer: Writer, apply: boolean): Record<string, unknown>[] {
  const managers = new Map();
  const { status: _status, ...sent } = input as Record<string, Json>;
  const { managedFields: _sent, ...meta } = (input.metadata ?? {}) as Record<string, Json>;
  if (apply) serverSideApply({}, { ...sent, metadata: meta }, managers, writer);
  else trackUpdate(managers, undefined, { ...sent, metadata: meta }, writer);
  return writeManagers(managers);
}

export function createObject(state: ClusterState, target: ResourceTarget, raw: unknown, dryRun = false, writer?: Writer, apply = false): Written {
  const { type } = target;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badRequest('the body of the request must be an object');
  const input = raw as Partial<KubeObject>;
  const meta = input.metadata ?? { name: '' };
  let name = meta.name ?? '';
  if (!name && meta.generateName) name = `${meta.generateName}${randomSuffix()}`;
  if (!name) throw invalid(type.kind, type.group, '', 'metadata.name', '', 'name or generateName is required');
  if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253) throw invalid(type.kind, type.group, name, 'metadata.name', name, DNS1123_DETAIL);
  const namespace = type.namespaced ? target.namespace ?? meta.namespace ?? 'default' : undefined;
  if (namespace !== undefined && meta.namespace && meta.namespace !== namespace) {
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  if (namespace !== undefined && !state.store.get('namespaces', undefined, namespace)) throw notFound('namespaces', '', namespace);
  if (state.store.get(type.storage, namespace, name)) throw alreadyExists(type.resource, type.group, name);
  // A kind with a status subresource starts with the status its controllers write, never the client's (the
  // apiserver's PrepareForCreate drops it); status is written through /status only.
  const { status: _sentStatus, ...fromClient } = input as Record<string, unknown>;
  const sent = type.subresources.includes('status') ? fromClient : input;
  let obj: KubeObject = foldStringData(type.storage, {
    ...sent,
    apiVersion: groupVersion(type),
    kind: type.kind,
    metadata: {
      ...meta,
      name,
      ...(namespace !== undefined ? { namespace } : {}),
      uid: randomUUID(),
      creationTimestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...(['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'].includes(type.storage) ? { generation: 1 } : {}),
      ...(writer ? { managedFields: createdManagedFields(input, writer, apply) } : {}),
    },
  } as KubeObject);
  if (type.storage === 'services') obj = allocateServiceAddresses(state.store, obj);
  if (dryRun) return { code: 201, body: JSON.stringify(type.storage === 'pods' ? podWithDefaults(obj as Pod) : obj) };
  const stored = type.storage === 'pods' ? createPod(state, obj as Pod) : state.store.put(type.storage, obj);
  return { code: 201, body: entryJson(stored) };
}

export function createPod(state: ClusterState, pod: Pod) {
  const entry = state.store.put('pods', podWithDefaults(pod));
  state.kubelet.podCreated(entry.obj as Pod);
  return state.store.get('pods', pod.metadata.namespace, pod.metadata.name) ?? entry;
}

function podWithDefaults(pod: Pod): Pod {
  const containers = pod.spec?.containers ?? [];
  if (!containers.length) throw invalid('Pod', '', pod.metadata.name, 'spec.containers', '', 'Required value');
  const withDefaults = (c: Container): Container => ({ imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {}, ...c });
  const stored: Pod = {
    ...pod,
    spec: {
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
      serviceAccountName: 'default',
      ...pod.spec,
      containers: containers.map(withDefaults),
      ...(pod.spec.initContainers ? { initContainers: pod.spec.initContainers.map(withDefaults) } : {}),
    },
    status: { phase: 'Pending', qosClass: 'BestEffort' },
  };
  return stored;
}

export function deleteObject(state: ClusterState, target: ResourceTarget, query: URLSearchParams, raw: unknown, dryRun = false): Written {
  const { type, namespace, name } = target;
  if (!name) throw methodNotAllowed();
  const entry = state.store.get(type.storage, namespace, name);
  if (!entry) throw notFound(type.resource, type.group, name);
  if (dryRun) return { code: 200, body: entryJson(entry) };
  const options = (typeof raw === 'object' && raw !== null ? raw : {}) as { gracePeriodSeconds?: number };
  const graceText = query.get('gracePeriodSeconds');
  const grace = graceText !== null ? Number(graceText) : options.gracePeriodSeconds;
  if (type.storage === 'pods') {
    state.kubelet.deletePod(entry.obj as Pod, grace);
    const after = state.store.get('pods', namespace, name);
    return { code: 200, body: entryJson(after ?? entry) };
  }
  state.store.remove(type.storage, namespace, name);
  return { code: 200, body: JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name, group: type.group, kind: type.resource, uid: entry.obj.metadata.uid } }) };
}

/** Strategic merge of spec.ephemeralContainers, by name: the only patch kubectl debug sends. */
export function patchEphemeralContainers(state: ClusterState, target: ResourceTarget, raw: unknown): Written {
  const { namespace, name } = target;
  const entry = state.store.get('pods', namespace, name!);
  if (!entry) throw notFound('pods', '', name!);
  const pod = entry.obj as Pod;
  const patch = raw as { spec?: { ephemeralContainers?: Container[] } } | null;
  const incoming = patch?.spec?.ephemeralContainers ?? [];
  const existing = [...(pod.spec.ephemeralContainers ?? [])];
  const added: string[] = [];
  for (const c of incoming) {
    if (!c?.name) throw invalid('Pod', '', pod.metadata.name, 'spec.ephemeralContainers[0].name', '', 'Required value');
    const i = existing.findIndex((e) => e.name === c.name);
    if (i >= 0) existing[i] = { ...existing[i]!, ...c };
    else {
      if ([...pod.spec.containers, ...(pod.spec.initContainers ?? [])].some((x) => x.name === c.name)) {
        throw invalid('Pod', '', pod.metadata.name, 'spec.ephemeralContainers[0].name', c.name, 'Duplicate value');
      }
      existing.push({ imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', ...c });
      added.push(c.name);
    }
  }
  const updated = state.store.put('pods', { ...pod, spec: { ...pod.spec, ephemeralContainers: existing } });
  if (added.length) state.kubelet.ephemeralAdded(updated.obj as Pod, added);
  const latest = state.store.get('pods', namespace, name!) ?? updated;
  return { code: 200, body: entryJson(latest) };
}

export function selfSubjectAccessReview(state: ClusterState, raw: unknown): Written {
  const review = (raw ?? {}) as { spec?: { resourceAttributes?: { verb?: string; group?: string; resource?: string; subresource?: string; namespace?: string; name?: string }; nonResourceAttributes?: unknown } };
  const attrs = review.spec?.resourceAttributes;
  const denied = attrs
    ? state.forbidden({ verb: attrs.verb ?? '', group: attrs.group ?? '', resource: attrs.resource ?? '', subresource: attrs.subresource ?? '' })
    : false;
  return {
    code: 201,
    body: JSON.stringify({
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      metadata: { creationTimestamp: null },
      spec: review.spec ?? {},
      status: denied ? { allowed: false, denied: true, reason: 'forbidden by the training cluster (--forbid)' } : { allowed: true, reason: 'the training cluster allows it' },
    }),
  };
}
