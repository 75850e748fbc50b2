// A scenario as loaded from disk (../shared/spec/scenario-format.md): its metadata, its objects, and where its logs are.
import type { CauseId } from './causes.js';
import type { KubeObject } from '../k8s/index.js';

export interface ScenarioMeta {
  readonly title?: string;
  readonly summary?: string;
  /** "ns/name" of the pod the exercise is about. */
  readonly pod?: string;
  readonly cause?: CauseId;
  readonly also?: readonly CauseId[];
  readonly source?: string;
  /** The images the scenario's containers use, keyed by the image reference exactly as the pod spec writes it. */
  readonly images?: Readonly<Record<string, ScenarioImage>>;
  /** Other keys are kept and ignored by the analysis. */
  readonly [key: string]: unknown;
}

/** What an image would say to `docker inspect`: enough for the training registry and the fake shell. */
export interface ScenarioImage {
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly workingDir?: string;
  readonly user?: string;
  /** `NAME=value` entries, as in the image config. */
  readonly env?: readonly string[];
  /** Whether the image has a shell (`/bin/sh`); false for distroless and scratch images. */
  readonly shell: boolean;
  /** Programs on the image's PATH, for the fake shell. */
  readonly binaries?: readonly string[];
  /** CPU architectures the image is built for (`amd64`, `arm64`, …); absent means every architecture. */
  readonly architectures?: readonly string[];
}

export interface ScenarioLog {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  readonly previous: boolean;
  /** Absolute path; read lazily and bounded, never whole into memory. */
  readonly path: string;
  /** Bytes of this log: the whole file, or the range that starts at `offset`. */
  readonly size: number;
  /**
   * Where the log starts in `path` when it is one block of a bigger file (a cluster-info dump's logs.txt holds
   * every container of its pod); absent means the whole file.
   */
  readonly offset?: number;
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
