// Field numbers of the kinds `kubectl create configmap|secret|deployment|job` POST as protobuf (typed clients):
// core/v1 ConfigMap and Secret, apps/v1 Deployment, batch/v1 Job, and the PodTemplateSpec they share
// (k8s.io/api core/v1, apps/v1, batch/v1 generated.proto; meta/v1 LabelSelector).
import { objectMetaSchema } from './meta-schema.js';
import { podSpecSchema } from './pod-schema.js';
import { bool, bytesMap, int, intOrString, list, msg, str, stringMap, strings, type Schema } from './schema.js';

const labelSelectorRequirement: Schema = { 1: str('key'), 2: str('operator'), 3: strings('values') };
export const labelSelectorSchema: Schema = { 1: stringMap('matchLabels'), 2: list('matchExpressions', () => labelSelectorRequirement) };

export const podTemplateSpecSchema: Schema = { 1: msg('metadata', () => objectMetaSchema), 2: msg('spec', () => podSpecSchema) };

export const configMapSchema: Schema = { 1: msg('metadata', () => objectMetaSchema), 2: stringMap('data'), 3: bytesMap('binaryData'), 4: bool('immutable', true) };

export const secretSchema: Schema = { 1: msg('metadata', () => objectMetaSchema), 2: bytesMap('data'), 3: str('type'), 4: stringMap('stringData'), 5: bool('immutable', true) };

const rollingUpdate: Schema = { 1: intOrString('maxUnavailable'), 2: intOrString('maxSurge') };
const deploymentStrategy: Schema = { 1: str('type'), 2: msg('rollingUpdate', () => rollingUpdate) };
const deploymentSpec: Schema = {
  1: int('replicas', true),
  2: msg('selector', () => labelSelectorSchema),
  3: msg('template', () => podTemplateSpecSchema),
  4: msg('strategy', () => deploymentStrategy),
  5: int('minReadySeconds'),
  6: int('revisionHistoryLimit', true),
  7: bool('paused'),
  9: int('progressDeadlineSeconds', true),
};
export const deploymentSchema: Schema = { 1: msg('metadata', () => objectMetaSchema), 2: msg('spec', () => deploymentSpec) };

const jobSpec: Schema = {
  1: int('parallelism', true),
  2: int('completions', true),
  3: int('activeDeadlineSeconds', true),
  4: msg('selector', () => labelSelectorSchema),
  5: bool('manualSelector', true),
  6: msg('template', () => podTemplateSpecSchema),
  7: int('backoffLimit', true),
  8: int('ttlSecondsAfterFinished', true),
  9: str('completionMode'),
  10: bool('suspend', true),
};
export const jobSchema: Schema = { 1: msg('metadata', () => objectMetaSchema), 2: msg('spec', () => jobSpec) };

// core/v1 Service, as `kubectl create service` and `kubectl expose` POST it (ServiceSpec, ServicePort, SessionAffinityConfig).
const servicePort: Schema = { 1: str('name'), 2: str('protocol'), 3: int('port'), 4: intOrString('targetPort'), 5: int('nodePort'), 6: str('appProtocol') };
const clientIpConfig: Schema = { 1: int('timeoutSeconds', true) };
const sessionAffinityConfig: Schema = { 1: msg('clientIP', () => clientIpConfig) };
const serviceSpec: Schema = {
  1: list('ports', () => servicePort),
  2: stringMap('selector'),
  3: str('clusterIP'),
  4: str('type'),
  5: strings('externalIPs'),
  7: str('sessionAffinity'),
  8: str('loadBalancerIP'),
  9: strings('loadBalancerSourceRanges'),
  10: str('externalName'),
  11: str('externalTrafficPolicy'),
  12: int('healthCheckNodePort'),
  13: bool('publishNotReadyAddresses'),
  14: msg('sessionAffinityConfig', () => sessionAffinityConfig),
  17: str('ipFamilyPolicy'),
  18: strings('clusterIPs'),
  19: strings('ipFamilies'),
  20: bool('allocateLoadBalancerNodePorts', true),
  21: str('loadBalancerClass'),
  22: str('internalTrafficPolicy'),
};
export const serviceSchema: Schema = { 1: msg('metadata', () => objectMetaSchema), 2: msg('spec', () => serviceSpec) };
