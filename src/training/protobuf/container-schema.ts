// Field numbers of core/v1 Container and what it holds (k8s.io/api core/v1/generated.proto). EphemeralContainer
// wraps the same numbers in EphemeralContainerCommon (field 1), which JSON flattens.
import { bool, inline, int, intOrString, list, msg, quantity, quantityMap, str, strings, type Schema } from './schema.js';

const localObjectReference: Schema = { 1: str('name') };

const keySelector: Schema = { 1: inline(() => localObjectReference), 2: str('key'), 3: bool('optional', true) };
const objectFieldSelector: Schema = { 1: str('apiVersion'), 2: str('fieldPath') };
const resourceFieldSelector: Schema = { 1: str('containerName'), 2: str('resource'), 3: quantity('divisor') };

const envVarSource: Schema = {
  1: msg('fieldRef', () => objectFieldSelector),
  2: msg('resourceFieldRef', () => resourceFieldSelector),
  3: msg('configMapKeyRef', () => keySelector),
  4: msg('secretKeyRef', () => keySelector),
};

const envVar: Schema = { 1: str('name'), 2: str('value'), 3: msg('valueFrom', () => envVarSource) };

const envFromRef: Schema = { 1: inline(() => localObjectReference), 2: bool('optional', true) };
const envFromSource: Schema = { 1: str('prefix'), 2: msg('configMapRef', () => envFromRef), 3: msg('secretRef', () => envFromRef) };

const containerPort: Schema = { 1: str('name'), 2: int('hostPort'), 3: int('containerPort'), 4: str('protocol'), 5: str('hostIP') };

const resourceRequirements: Schema = { 1: quantityMap('limits'), 2: quantityMap('requests') };

const volumeMount: Schema = {
  1: str('name'),
  2: bool('readOnly'),
  3: str('mountPath'),
  4: str('subPath'),
  5: str('mountPropagation'),
  6: str('subPathExpr'),
};

const execAction: Schema = { 1: strings('command') };
const httpHeader: Schema = { 1: str('name'), 2: str('value') };
const httpGetAction: Schema = { 1: str('path'), 2: intOrString('port'), 3: str('host'), 4: str('scheme'), 5: list('httpHeaders', () => httpHeader) };
const tcpSocketAction: Schema = { 1: intOrString('port'), 2: str('host') };
const grpcAction: Schema = { 1: int('port', true), 2: str('service') };
const sleepAction: Schema = { 1: int('seconds', true) };

// ProbeHandler and LifecycleHandler share 1–3; 4 is grpc in one and sleep in the other.
const probeHandler: Schema = {
  1: msg('exec', () => execAction),
  2: msg('httpGet', () => httpGetAction),
  3: msg('tcpSocket', () => tcpSocketAction),
  4: msg('grpc', () => grpcAction),
};
const lifecycleHandler: Schema = { ...probeHandler, 4: msg('sleep', () => sleepAction) };

export const probeSchema: Schema = {
  1: inline(() => probeHandler),
  2: int('initialDelaySeconds'),
  3: int('timeoutSeconds'),
  4: int('periodSeconds'),
  5: int('successThreshold'),
  6: int('failureThreshold'),
  7: int('terminationGracePeriodSeconds', true),
};

const lifecycle: Schema = { 1: msg('postStart', () => lifecycleHandler), 2: msg('preStop', () => lifecycleHandler) };

const capabilities: Schema = { 1: strings('add'), 2: strings('drop') };
export const seccompProfileSchema: Schema = { 1: str('type'), 2: str('localhostProfile') };
export const seLinuxOptionsSchema: Schema = { 1: str('user'), 2: str('role'), 3: str('type'), 4: str('level') };

const securityContext: Schema = {
  1: msg('capabilities', () => capabilities),
  2: bool('privileged', true),
  3: msg('seLinuxOptions', () => seLinuxOptionsSchema),
  4: int('runAsUser', true),
  5: bool('runAsNonRoot', true),
  6: bool('readOnlyRootFilesystem', true),
  7: bool('allowPrivilegeEscalation', true),
  8: int('runAsGroup', true),
  9: str('procMount'),
  11: msg('seccompProfile', () => seccompProfileSchema),
};

export const containerSchema: Schema = {
  1: str('name'),
  2: str('image'),
  3: strings('command'),
  4: strings('args'),
  5: str('workingDir'),
  6: list('ports', () => containerPort),
  7: list('env', () => envVar),
  8: msg('resources', () => resourceRequirements),
  9: list('volumeMounts', () => volumeMount),
  10: msg('livenessProbe', () => probeSchema),
  11: msg('readinessProbe', () => probeSchema),
  12: msg('lifecycle', () => lifecycle),
  13: str('terminationMessagePath'),
  14: str('imagePullPolicy'),
  15: msg('securityContext', () => securityContext),
  16: bool('stdin'),
  17: bool('stdinOnce'),
  18: bool('tty'),
  19: list('envFrom', () => envFromSource),
  20: str('terminationMessagePolicy'),
  22: msg('startupProbe', () => probeSchema),
  24: str('restartPolicy'),
};

export const ephemeralContainerSchema: Schema = { 1: inline(() => containerSchema), 2: str('targetContainerName') };

export { localObjectReference as localObjectReferenceSchema };
