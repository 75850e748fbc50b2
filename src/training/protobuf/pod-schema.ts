// Field numbers of core/v1 Pod, PodSpec, the volume sources a training pod uses, and enough of PodStatus that a
// client sending a whole Pod back is understood (k8s.io/api core/v1/generated.proto).
import { containerSchema, ephemeralContainerSchema, localObjectReferenceSchema, seLinuxOptionsSchema, seccompProfileSchema } from './container-schema.js';
import { objectMetaSchema } from './meta-schema.js';
import { bool, inline, int, list, msg, quantity, str, stringMap, strings, time, ints, type Schema } from './schema.js';

const keyToPath: Schema = { 1: str('key'), 2: str('path'), 3: int('mode', true) };

const configMapVolume: Schema = {
  1: inline(() => localObjectReferenceSchema),
  2: list('items', () => keyToPath),
  3: int('defaultMode', true),
  4: bool('optional', true),
};
const secretVolume: Schema = { 1: str('secretName'), 2: list('items', () => keyToPath), 3: int('defaultMode', true), 4: bool('optional', true) };
const emptyDirVolume: Schema = { 1: str('medium'), 2: quantity('sizeLimit') };
const hostPathVolume: Schema = { 1: str('path'), 2: str('type') };
const pvcVolume: Schema = { 1: str('claimName'), 2: bool('readOnly') };

const projection: Schema = { 1: inline(() => localObjectReferenceSchema), 2: list('items', () => keyToPath), 4: bool('optional', true) };
const serviceAccountTokenProjection: Schema = { 1: str('audience'), 2: int('expirationSeconds', true), 3: str('path') };
const objectFieldSelector: Schema = { 1: str('apiVersion'), 2: str('fieldPath') };
const downwardApiFile: Schema = { 1: str('path'), 2: msg('fieldRef', () => objectFieldSelector), 4: int('mode', true) };
const downwardApiProjection: Schema = { 1: list('items', () => downwardApiFile) };
const volumeProjection: Schema = {
  1: msg('secret', () => projection),
  2: msg('downwardAPI', () => downwardApiProjection),
  3: msg('configMap', () => projection),
  4: msg('serviceAccountToken', () => serviceAccountTokenProjection),
};
const projectedVolume: Schema = { 1: list('sources', () => volumeProjection), 2: int('defaultMode', true) };

const volumeSource: Schema = {
  1: msg('hostPath', () => hostPathVolume),
  2: msg('emptyDir', () => emptyDirVolume),
  6: msg('secret', () => secretVolume),
  10: msg('persistentVolumeClaim', () => pvcVolume),
  16: msg('downwardAPI', () => ({ 1: list('items', () => downwardApiFile), 2: int('defaultMode', true) })),
  19: msg('configMap', () => configMapVolume),
  26: msg('projected', () => projectedVolume),
};

const volume: Schema = { 1: str('name'), 2: inline(() => volumeSource) };

const podSecurityContext: Schema = {
  1: msg('seLinuxOptions', () => seLinuxOptionsSchema),
  2: int('runAsUser', true),
  3: bool('runAsNonRoot', true),
  4: ints('supplementalGroups'),
  5: int('fsGroup', true),
  6: int('runAsGroup', true),
  9: str('fsGroupChangePolicy'),
  10: msg('seccompProfile', () => seccompProfileSchema),
};

const toleration: Schema = { 1: str('key'), 2: str('operator'), 3: str('value'), 4: str('effect'), 5: int('tolerationSeconds', true) };
const hostAlias: Schema = { 1: str('ip'), 2: strings('hostnames') };

export const podSpecSchema: Schema = {
  1: list('volumes', () => volume),
  2: list('containers', () => containerSchema),
  3: str('restartPolicy'),
  4: int('terminationGracePeriodSeconds', true),
  5: int('activeDeadlineSeconds', true),
  6: str('dnsPolicy'),
  7: stringMap('nodeSelector'),
  8: str('serviceAccountName'),
  9: str('serviceAccount'),
  10: str('nodeName'),
  11: bool('hostNetwork'),
  12: bool('hostPID'),
  13: bool('hostIPC'),
  14: msg('securityContext', () => podSecurityContext),
  15: list('imagePullSecrets', () => localObjectReferenceSchema),
  16: str('hostname'),
  17: str('subdomain'),
  19: str('schedulerName'),
  20: list('initContainers', () => containerSchema),
  21: bool('automountServiceAccountToken', true),
  22: list('tolerations', () => toleration),
  23: list('hostAliases', () => hostAlias),
  24: str('priorityClassName'),
  25: int('priority', true),
  27: bool('shareProcessNamespace', true),
  29: str('runtimeClassName'),
  30: bool('enableServiceLinks', true),
  31: str('preemptionPolicy'),
  34: list('ephemeralContainers', () => ephemeralContainerSchema),
  35: bool('setHostnameAsFQDN', true),
};

const waiting: Schema = { 1: str('reason'), 2: str('message') };
const running: Schema = { 1: time('startedAt') };
const terminated: Schema = {
  1: int('exitCode', true),
  2: int('signal'),
  3: str('reason'),
  4: str('message'),
  5: time('startedAt'),
  6: time('finishedAt'),
  7: str('containerID'),
};
const containerState: Schema = { 1: msg('waiting', () => waiting), 2: msg('running', () => running), 3: msg('terminated', () => terminated) };
const containerStatus: Schema = {
  1: str('name'),
  2: msg('state', () => containerState),
  3: msg('lastState', () => containerState),
  4: bool('ready', true),
  5: int('restartCount', true),
  6: str('image'),
  7: str('imageID'),
  8: str('containerID'),
  9: bool('started', true),
};
const podCondition: Schema = { 1: str('type'), 2: str('status'), 3: time('lastProbeTime'), 4: time('lastTransitionTime'), 5: str('reason'), 6: str('message') };

export const podStatusSchema: Schema = {
  1: str('phase'),
  2: list('conditions', () => podCondition),
  3: str('message'),
  4: str('reason'),
  5: str('hostIP'),
  6: str('podIP'),
  7: time('startTime'),
  8: list('containerStatuses', () => containerStatus),
  9: str('qosClass'),
  10: list('initContainerStatuses', () => containerStatus),
  11: str('nominatedNodeName'),
  13: list('ephemeralContainerStatuses', () => containerStatus),
};

export const podSchema: Schema = {
  1: msg('metadata', () => objectMetaSchema),
  2: msg('spec', () => podSpecSchema),
  3: msg('status', () => podStatusSchema),
};
