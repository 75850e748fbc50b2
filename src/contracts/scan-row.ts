// One row of `scan` and of the wizard's failing-pods screen.
import type { CauseId } from './causes.js';
import type { Message } from './diagnosis.js';

export interface ScanRow {
  /** "ns/name" */
  readonly pod: string;
  readonly namespace: string;
  readonly name: string;
  readonly container: string | null;
  readonly cause: CauseId | null;
  /** English, as `scan -o json` prints it; `said` is the same as a message, for the reader's language. */
  readonly summary: string;
  readonly said?: Message;
  readonly restarts: number;
  /** STATUS exactly as kubectl shows it. */
  readonly status: string;
  readonly ready: string;
  readonly exitCode: number | null;
  readonly age: string;
  /** Higher is worse; rows are sorted by it, then restarts. */
  readonly severity: number;
  /** The failing container's image and the pod's node: what groups the same failure across replicas and clusters. */
  readonly image?: string;
  readonly node?: string;
  /** Only in a scan's early rows: the cause waits for the pod's logs, which are being read. */
  readonly pending?: true;
}
