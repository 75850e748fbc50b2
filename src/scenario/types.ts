// A scenario as loaded from disk (../shared/spec/scenario-format.md): its metadata, its objects, and where its logs are.
import type { CauseId } from '../analysis/causes.js';
import type { KubeObject } from '../k8s/index.js';

export interface ScenarioMeta {
  readonly title?: string;
  readonly summary?: string;
  /** "ns/name" of the pod the exercise is about. */
  readonly pod?: string;
  readonly cause?: CauseId;
  readonly also?: readonly CauseId[];
  readonly source?: string;
  /** Other keys are kept and ignored by the analysis. */
  readonly [key: string]: unknown;
}

export interface ScenarioLog {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  readonly previous: boolean;
  /** Absolute path; read lazily and bounded, never whole into memory. */
  readonly path: string;
  readonly size: number;
}

export interface Scenario {
  /** Directory name; unique among the scenarios served. */
  readonly name: string;
  /** Absolute path of the scenario directory. */
  readonly dir: string;
  readonly meta: ScenarioMeta;
  readonly objects: readonly KubeObject[];
  readonly logs: readonly ScenarioLog[];
  /**
   * The "now" of the snapshot (ms since epoch): the newest timestamp in its objects, or scenario.yaml's
   * `recordedAt`. The training cluster shifts every timestamp by (start − recordedAt) so ages read as recorded;
   * offline analysis uses it as the evidence clock.
   */
  readonly recordedAt: number;
}
