// The pre-deploy check's data: manifests as parsed documents that remember lines, the facts rules may use
// (image configs, the cluster's objects), and what a rule reports.
import type { CauseId } from '../contracts/causes.js';
import type { Container, PodSpec } from '../k8s/index.js';
import type { FindingWords } from './finding-words.js';

export type Severity = 'error' | 'warning' | 'note';
export const SEVERITY_RANK = { error: 3, warning: 2, note: 1 } as const satisfies Record<Severity, number>;

export type YamlPath = readonly (string | number)[];

export interface ManifestDoc {
  readonly file: string;
  /** 0-based position of the document in its file. */
  readonly index: number;
  readonly object: Readonly<Record<string, unknown>>;
  /** 1-based line of the node at `path` (the nearest existing ancestor when the path is absent). */
  lineOf(path: YamlPath): number;
}

/** A pod spec found in a manifest: a Pod, or the template of a workload. */
export interface PodTemplate {
  readonly doc: ManifestDoc;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  /** Where the PodSpec sits in the document, e.g. ["spec","template","spec"]. */
  readonly specPath: YamlPath;
  readonly spec: PodSpec;
  readonly replicas: number;
}

export interface ContainerRef {
  readonly container: Container;
  readonly path: YamlPath;
  readonly init: boolean;
}

/** What is known about an image; every field optional because each source knows a different part. */
export interface ImageFacts {
  readonly user?: string;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly env?: readonly string[];
  /** Programs the image holds, when the source lists them (training images do, registries do not). */
  readonly binaries?: readonly string[];
  readonly architectures?: readonly string[];
  /** Paths the image's program writes at start (VOLUME declarations and what is known of the program). */
  readonly writes?: readonly string[];
}

export interface ClusterFacts {
  /**
   * Existing object names per kind, "namespace/name" (StorageClass: just the name). A kind that could not be
   * listed (RBAC, or a dump without it) is absent: the check then says nothing about it rather than guess.
   */
  readonly existing: Readonly<Partial<Record<'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'StorageClass', ReadonlySet<string>>>>;
  /** The architectures of the cluster's nodes. */
  readonly nodeArchitectures: readonly string[];
  readonly defaultStorageClass?: string;
}

export interface CheckFacts {
  readonly images: ReadonlyMap<string, ImageFacts>;
  readonly cluster?: ClusterFacts;
}

export interface CheckFinding {
  readonly rule: string;
  readonly cause: CauseId;
  readonly severity: Severity;
  /** English, as JSON and SARIF carry it. */
  readonly message: string;
  /** The same sentence as a catalog message, for the text output in the reader's language (never in JSON). */
  readonly words?: FindingWords;
  readonly file: string;
  readonly line: number;
  /** "Deployment/web", with the container when the finding is about one. */
  readonly object: string;
  readonly container?: string;
}

export interface RuleContext {
  readonly template: PodTemplate;
  readonly facts: CheckFacts;
  /** Every document of the input: a reference may be satisfied by an object deployed alongside. */
  readonly docs: readonly ManifestDoc[];
}

export interface CheckRule {
  readonly id: string;
  readonly cause: CauseId;
  readonly severity: Severity;
  /** One line for --help, docs and SARIF's rule metadata. */
  readonly description: string;
  /** offline rules need only the manifest; image rules need image facts; cluster rules need --cluster. */
  readonly needs: 'manifest' | 'image' | 'cluster';
  readonly run: (ctx: RuleContext) => readonly Omit<CheckFinding, 'rule' | 'cause' | 'severity'>[];
}
