// Everything gathered about one pod: the input of every analyzer. Plain data; a failed read is a Gap, not an exception.
import type { KubeEvent, KubeNode, KubeObject, Pod } from '../k8s/index.js';
import type { MessageRef } from '../errors.js';
import type { TraceExcerpt } from '../syscalls/types.js';

export type LogKind = 'previous' | 'current';

export interface LogExcerpt {
  readonly container: string;
  readonly init: boolean;
  readonly kind: LogKind;
  /** Sanitised text of the tail (at most the configured lines and bytes). */
  readonly text: string;
  /** True when the log was longer than what we kept. */
  readonly truncated: boolean;
  /**
   * While a container waits in back-off, the kubelet serves the crashed run as both "current" and "previous":
   * set on the current excerpt when that is what happened, so nobody reads it as a second run.
   */
  readonly sameRunAsPrevious?: boolean;
}

export interface Gap {
  /** What we could not read, e.g. "previous logs of container app". */
  readonly what: string;
  /** Why, one line: "forbidden: cannot get pods/log", "not found", "timed out". */
  readonly reason: string;
  /** The kubectl argv someone with access could run to see it. */
  readonly command?: readonly string[];
  /** `what` and `reason` as catalog messages (catalogs/evidence, or the error's own key), so text output words
   * them in the reader's language; the English above is what JSON carries. A gap made by hand may leave it out. */
  readonly say?: GapWords;
}

export interface GapWords {
  readonly what: MessageRef;
  readonly reason: MessageRef;
}

export interface ReferencedObject {
  readonly kind: 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'ServiceAccount';
  readonly name: string;
  /** Which container or volume references it, and how (env, envFrom, volume). */
  readonly usedBy: string;
  readonly optional: boolean;
  /** undefined when it could not be read (see gaps). */
  readonly exists?: boolean;
  /** ConfigMap/Secret data keys (never values); PVC phase. */
  readonly keys?: readonly string[];
  readonly phase?: string;
  readonly accessModes?: readonly string[];
}

export interface PodMetrics {
  readonly containers: readonly { readonly name: string; readonly cpu?: string; readonly memory?: string }[];
}

export interface Evidence {
  readonly pod: Pod;
  /** Events whose involvedObject is this pod, oldest first. */
  readonly events: readonly KubeEvent[];
  readonly logs: readonly LogExcerpt[];
  /** Owner chain from the pod up: ReplicaSet, Deployment, … (may be empty). */
  readonly owners: readonly KubeObject[];
  readonly node?: KubeNode;
  /** Recent events about the pod's node (Rebooted, NodeNotReady, SystemOOM, …). */
  readonly nodeEvents: readonly KubeEvent[];
  readonly references: readonly ReferencedObject[];
  /** Services in the pod's namespace (for dependency-order analysis). */
  readonly services: readonly KubeObject[];
  readonly limitRanges: readonly KubeObject[];
  readonly quotas: readonly KubeObject[];
  readonly metrics?: PodMetrics;
  /** strace captures of a container's entrypoint (override copy or debug container), when someone took one. */
  readonly traces?: readonly TraceExcerpt[];
  readonly gaps: readonly Gap[];
  /** When the evidence was read (ms since epoch): the analyzers' only clock. */
  readonly collectedAt: number;
  /** Where it came from: the context name, or "offline:<dir>". */
  readonly source: string;
}
