// Parsed options of each command: main.ts fills these from argv; each command module receives one.
import type { OverrideRequest } from '../exec/override.js';
import type { Locale } from '../i18n/locale.js';

export type OutputFormat = 'text' | 'json' | 'markdown';

export interface TargetOptions {
  readonly namespace?: string;
  readonly context?: string;
  readonly kubeconfig?: string;
}

export interface TrainingClusterOptions {
  readonly scenarios: readonly string[];
  readonly port: number;
  readonly writeKubeconfig?: string;
  /** Replace an existing --write-kubeconfig file. */
  readonly force?: boolean;
  readonly latency: number;
  readonly syntheticPods: number;
  readonly static: boolean;
  readonly speed: number;
  readonly forbid: readonly string[];
  readonly list: boolean;
  readonly output: 'text' | 'json';
  readonly serverVersion?: string;
}

export interface DiagnoseOptions extends TargetOptions {
  readonly pod?: string;
  /** Headings and labels in this language (--lang; else LC_ALL, LC_MESSAGES, LANG); JSON keeps English keys. */
  readonly lang?: string;
  readonly container?: string;
  readonly output: OutputFormat;
  readonly from?: string;
  readonly flow?: string;
  readonly tailLines: number;
  readonly limitBytes: number;
  readonly color: boolean;
}

export interface ScanOptions extends TargetOptions {
  readonly allNamespaces: boolean;
  /** The table's words in this language (--lang; else LC_ALL, LC_MESSAGES, LANG); JSON keeps English keys. */
  readonly lang?: string;
  /** Scan every context of the kubeconfig (--all-contexts); `context` may also list several, comma-separated. */
  readonly allContexts?: boolean;
  readonly output: 'text' | 'json';
  readonly from?: string;
  readonly color: boolean;
}

export interface FlowsOptions {
  readonly action: 'validate' | 'show';
  readonly files: readonly string[];
  readonly flow?: string;
  readonly locale?: Locale;
}

export type ExecMode = 'run' | 'suggest';

/** The override's own request is the executor's; the CLI adds where to find the cluster. */
export interface OverrideOptions extends TargetOptions, OverrideRequest {
  /** The language of the text notes (JSON stays English). */
  readonly locale?: Locale;
}

export interface WizardOptions extends TargetOptions {
  readonly pod?: string;
  readonly training: boolean;
  readonly scenarios: readonly string[];
  readonly flow?: string;
  readonly mode: ExecMode;
  readonly readOnly: boolean;
  readonly color: boolean;
  /** The wizard's language, its flows' words included (--lang; else LC_ALL, LC_MESSAGES, LANG). */
  readonly lang?: string;
}
