// What every request handler shares: the objects, the logs, the policy, and the simulated kubelet's hooks.
import type { Pod } from '../k8s/index.js';
import type { Scenario } from '../scenario/index.js';
import type { BehaviourCatalog } from './container-behaviour.js';
import type { ForbidPolicy } from './forbid.js';
import type { LogBook } from './log-book.js';
import type { ObjectStore } from './store.js';

export interface PodLifecycle {
  /** A pod was created through the API: decide how each container behaves and start it. */
  podCreated(pod: Pod): void;
  /** Terminate the pod and remove it after its grace period (0 = at once). */
  deletePod(pod: Pod, graceSeconds: number | undefined): void;
  /** New ephemeral containers were added by PATCH …/ephemeralcontainers. */
  ephemeralAdded(pod: Pod, names: readonly string[]): void;
  /** A pod's spec or metadata changed through the API (an image set on the pod itself). */
  podUpdated?(before: Pod, after: Pod): void;
  close(): void;
}

export interface ClusterState {
  readonly store: ObjectStore;
  readonly logs: LogBook;
  readonly forbidden: ForbidPolicy;
  readonly kubelet: PodLifecycle;
  /** How scenario containers behave, to match debug copies and exec sessions to where they came from. */
  readonly catalog: BehaviourCatalog;
  readonly scenarios: readonly Scenario[];
  readonly latency: number;
  /** The Kubernetes minor /version reports (the kubectl dispatcher picks kubectl 1.<minor> by it). */
  readonly serverMinor: number;
  /** The user named in 403 messages. */
  readonly user: string;
}
