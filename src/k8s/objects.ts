// The subset of the Kubernetes API that triage reads. Fields are optional where the API may omit them;
// index signatures keep what we do not model, so an object survives a round trip unchanged.

export interface ObjectMeta {
  readonly name: string;
  readonly namespace?: string;
  readonly uid?: string;
  readonly resourceVersion?: string;
  readonly generation?: number;
  readonly creationTimestamp?: string;
  readonly deletionTimestamp?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly ownerReferences?: readonly OwnerReference[];
  readonly generateName?: string;
  readonly [key: string]: unknown;
}

export interface OwnerReference {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid?: string;
  readonly controller?: boolean;
}

export interface KubeObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata: ObjectMeta;
  readonly [key: string]: unknown;
}

export interface ExecAction { readonly command?: readonly string[] }
export interface HttpGetAction { readonly path?: string; readonly port: number | string; readonly scheme?: string; readonly host?: string }
export interface TcpSocketAction { readonly port: number | string; readonly host?: string }
export interface GrpcAction { readonly port: number; readonly service?: string }

export interface Probe {
  readonly exec?: ExecAction;
  readonly httpGet?: HttpGetAction;
  readonly tcpSocket?: TcpSocketAction;
  readonly grpc?: GrpcAction;
  readonly initialDelaySeconds?: number;
  readonly periodSeconds?: number;
  readonly timeoutSeconds?: number;
  readonly failureThreshold?: number;
  readonly successThreshold?: number;
  readonly terminationGracePeriodSeconds?: number;
}

export interface LifecycleHandler { readonly exec?: ExecAction; readonly httpGet?: HttpGetAction; readonly tcpSocket?: TcpSocketAction; readonly sleep?: { readonly seconds: number } }
export interface Lifecycle { readonly postStart?: LifecycleHandler; readonly preStop?: LifecycleHandler }

export interface ContainerPort { readonly name?: string; readonly containerPort: number; readonly hostPort?: number; readonly protocol?: string }

export interface EnvVar {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: {
    readonly configMapKeyRef?: { readonly name: string; readonly key: string; readonly optional?: boolean };
    readonly secretKeyRef?: { readonly name: string; readonly key: string; readonly optional?: boolean };
    readonly fieldRef?: { readonly fieldPath: string };
    readonly resourceFieldRef?: { readonly resource: string; readonly containerName?: string };
  };
}

export interface EnvFromSource {
  readonly prefix?: string;
  readonly configMapRef?: { readonly name: string; readonly optional?: boolean };
  readonly secretRef?: { readonly name: string; readonly optional?: boolean };
}

export interface VolumeMount { readonly name: string; readonly mountPath: string; readonly subPath?: string; readonly subPathExpr?: string; readonly readOnly?: boolean }

export interface ResourceRequirements {
  readonly limits?: Readonly<Record<string, string>>;
  readonly requests?: Readonly<Record<string, string>>;
}

export interface SecurityContext {
  readonly runAsUser?: number;
  readonly runAsGroup?: number;
  readonly runAsNonRoot?: boolean;
  readonly readOnlyRootFilesystem?: boolean;
  readonly allowPrivilegeEscalation?: boolean;
  readonly privileged?: boolean;
  readonly capabilities?: { readonly add?: readonly string[]; readonly drop?: readonly string[] };
  readonly fsGroup?: number;
  readonly seccompProfile?: { readonly type: string };
  readonly [key: string]: unknown;
}

export interface Container {
  readonly name: string;
  readonly image?: string;
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly workingDir?: string;
  readonly ports?: readonly ContainerPort[];
  readonly env?: readonly EnvVar[];
  readonly envFrom?: readonly EnvFromSource[];
  readonly resources?: ResourceRequirements;
  readonly volumeMounts?: readonly VolumeMount[];
  readonly livenessProbe?: Probe;
  readonly readinessProbe?: Probe;
  readonly startupProbe?: Probe;
  readonly lifecycle?: Lifecycle;
  readonly terminationMessagePath?: string;
  readonly terminationMessagePolicy?: string;
  readonly imagePullPolicy?: string;
  readonly securityContext?: SecurityContext;
  readonly restartPolicy?: string;
  readonly stdin?: boolean;
  readonly tty?: boolean;
  readonly targetContainerName?: string;
  readonly [key: string]: unknown;
}

export interface Volume {
  readonly name: string;
  readonly configMap?: { readonly name: string; readonly optional?: boolean; readonly items?: readonly { key: string; path: string }[] };
  readonly secret?: { readonly secretName: string; readonly optional?: boolean };
  readonly persistentVolumeClaim?: { readonly claimName: string; readonly readOnly?: boolean };
  readonly emptyDir?: Record<string, unknown>;
  readonly hostPath?: { readonly path: string; readonly type?: string };
  readonly projected?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

export interface PodSpec {
  readonly containers: readonly Container[];
  readonly initContainers?: readonly Container[];
  readonly ephemeralContainers?: readonly Container[];
  readonly volumes?: readonly Volume[];
  readonly restartPolicy?: string;
  readonly nodeName?: string;
  readonly nodeSelector?: Readonly<Record<string, string>>;
  readonly serviceAccountName?: string;
  readonly hostNetwork?: boolean;
  readonly shareProcessNamespace?: boolean;
  readonly securityContext?: SecurityContext;
  readonly terminationGracePeriodSeconds?: number;
  readonly imagePullSecrets?: readonly { readonly name: string }[];
  readonly tolerations?: readonly Record<string, unknown>[];
  readonly affinity?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

export interface ContainerStateWaiting { readonly reason?: string; readonly message?: string }
export interface ContainerStateRunning { readonly startedAt?: string }
export interface ContainerStateTerminated {
  readonly exitCode: number;
  readonly signal?: number;
  readonly reason?: string;
  readonly message?: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly containerID?: string;
}
export interface ContainerState {
  readonly waiting?: ContainerStateWaiting;
  readonly running?: ContainerStateRunning;
  readonly terminated?: ContainerStateTerminated;
}

export interface ContainerStatus {
  readonly name: string;
  readonly state?: ContainerState;
  readonly lastState?: ContainerState;
  readonly ready: boolean;
  readonly restartCount: number;
  readonly image?: string;
  readonly imageID?: string;
  readonly containerID?: string;
  readonly started?: boolean;
  readonly [key: string]: unknown;
}

export interface PodCondition { readonly type: string; readonly status: string; readonly reason?: string; readonly message?: string; readonly lastTransitionTime?: string }

export interface PodStatus {
  readonly phase?: string;
  readonly reason?: string;
  readonly message?: string;
  readonly conditions?: readonly PodCondition[];
  readonly hostIP?: string;
  readonly podIP?: string;
  readonly startTime?: string;
  readonly qosClass?: string;
  readonly containerStatuses?: readonly ContainerStatus[];
  readonly initContainerStatuses?: readonly ContainerStatus[];
  readonly ephemeralContainerStatuses?: readonly ContainerStatus[];
  readonly [key: string]: unknown;
}

export interface Pod extends KubeObject {
  readonly spec: PodSpec;
  readonly status?: PodStatus;
}

export interface ObjectReference {
  readonly kind?: string;
  readonly namespace?: string;
  readonly name?: string;
  readonly uid?: string;
  readonly apiVersion?: string;
  readonly fieldPath?: string;
}

/** A core/v1 Event (events.k8s.io/v1 events are converted to this shape at the boundary). */
export interface KubeEvent extends KubeObject {
  readonly involvedObject: ObjectReference;
  readonly reason?: string;
  readonly message?: string;
  readonly type?: string;
  readonly count?: number;
  readonly firstTimestamp?: string;
  readonly lastTimestamp?: string;
  readonly eventTime?: string;
  readonly source?: { readonly component?: string; readonly host?: string };
}

export interface NodeCondition { readonly type: string; readonly status: string; readonly reason?: string; readonly message?: string; readonly lastTransitionTime?: string }

export interface KubeNode extends KubeObject {
  readonly spec?: { readonly unschedulable?: boolean; readonly taints?: readonly { key: string; value?: string; effect: string }[]; readonly [key: string]: unknown };
  readonly status?: {
    readonly conditions?: readonly NodeCondition[];
    readonly allocatable?: Readonly<Record<string, string>>;
    readonly capacity?: Readonly<Record<string, string>>;
    readonly nodeInfo?: { readonly architecture?: string; readonly operatingSystem?: string; readonly kubeletVersion?: string; readonly containerRuntimeVersion?: string; readonly bootID?: string; readonly [key: string]: unknown };
    readonly [key: string]: unknown;
  };
}

export interface ListMeta { readonly resourceVersion?: string; readonly continue?: string; readonly remainingItemCount?: number }
export interface KubeList<T> { readonly apiVersion?: string; readonly kind?: string; readonly metadata?: ListMeta; readonly items: readonly T[] }

/** "ns/name" — how the product names a namespaced object in messages and JSON. */
export function objectKey(obj: { readonly metadata: ObjectMeta }): string {
  return `${obj.metadata.namespace ?? 'default'}/${obj.metadata.name}`;
}
