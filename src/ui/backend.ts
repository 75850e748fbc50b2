// What the UI needs from the outside world, as interfaces: the CLI wires real implementations (kubeconfig,
// live reader, scan, session, executor), tests wire doubles. The UI itself never reads a cluster or spawns.
import type { ScanRow } from '../contracts/scan-row.js';
import type { Session, SessionSnapshot } from '../contracts/session.js';
import type { ReportFormat } from './format/report-export.js';

export interface Connection {
  /** Where we read from, for the header: the context name. */
  readonly label: string;
  /** The context's namespace (-n, else the kubeconfig's, else "default"). */
  readonly namespace?: string;
  listNamespaces(): Promise<readonly string[]>;
  /** Failing pods, worst first; namespace undefined = all namespaces. */
  /** `onRows`: the rows before their logs are read (pending causes marked); the promise has the final ones. */
  scan(options: { readonly namespace?: string; readonly onProgress: (podsSeen: number) => void; readonly onRows?: (rows: readonly ScanRow[]) => void }): Promise<readonly ScanRow[]>;
  openSession(namespace: string, name: string): Session;
  /**
   * Calls `read` when a pod in scope changes (a watch; a slow re-read besides, or instead when the watch is
   * refused). `onTrouble` says what went wrong with the watch. Absent: the list is read again every followMs.
   */
  follow?(options: { readonly namespace?: string; readonly read: () => Promise<void>; readonly onTrouble: (message: string) => void }): { stop(): void };
  /** Present on a training cluster whose admin token we hold: a trainer puts a pod's scenario back as recorded. */
  readonly scenarioReset?: ScenarioReset;
}

export interface ScenarioReset {
  /** The scenarios a reset of this pod restores (nothing changes yet). */
  scenariosOf(namespace: string, name: string): Promise<readonly string[]>;
  /** Restores them; resolves to the names reset. */
  reset(namespace: string, name: string): Promise<readonly string[]>;
}

export interface WizardBackend {
  contexts(): Promise<{ readonly current: string; readonly names: readonly string[] }>;
  connect(context: string): Promise<Connection>;
}

export interface UiActions {
  /** Puts text on the clipboard; resolves to what happened, for the status line. */
  copy(text: string): Promise<string>;
  /** Saves the report; resolves to the path written. */
  save(snapshot: SessionSnapshot, format: ReportFormat): Promise<string>;
}

export type Start =
  | { readonly kind: 'picker' }
  | { readonly kind: 'pods'; readonly connection: Connection; readonly namespace?: string }
  | { readonly kind: 'pod'; readonly connection: Connection; readonly namespace: string; readonly name: string };

/** Resources the session created and the user chose to keep: printed after the UI closes, with their undo. */
export interface ExitInfo {
  readonly code: number;
  readonly leftovers: readonly { readonly name: string; readonly undo: readonly string[] }[];
}
