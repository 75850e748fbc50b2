// The kubelet's crash-loop back-off as a small text chart: it waits 10s after the first crash and doubles the
// wait each time up to a 5-minute cap (reset after 10 minutes of running fine).
import { ENGLISH, type Translate } from '../../i18n/index.js';
import { humanDuration } from '../../k8s/index.js';

export const BACKOFF_START_SECONDS = 10;
export const BACKOFF_CAP_SECONDS = 300;

export const backoffAfterRestart = (n: number): number => Math.min(BACKOFF_CAP_SECONDS, BACKOFF_START_SECONDS * 2 ** Math.max(0, n - 1));

export interface ChartRow {
  readonly restart: number;
  readonly wait: string;
  readonly bar: string;
  readonly capped: boolean;
}

/** One row per restart (the most recent `maxRows`), bar length proportional to the back-off before it. */
export function backoffChart(restarts: number, width: number, maxRows: number): { rows: ChartRow[]; hidden: number } {
  const rows: ChartRow[] = [];
  const first = Math.max(1, restarts - maxRows + 1);
  for (let n = first; n <= restarts; n++) {
    const seconds = backoffAfterRestart(n);
    const len = Math.max(1, Math.round((seconds / BACKOFF_CAP_SECONDS) * width));
    rows.push({ restart: n, wait: humanDuration(seconds * 1000), bar: '█'.repeat(len), capped: seconds === BACKOFF_CAP_SECONDS });
  }
  return { rows, hidden: first - 1 };
}

export function countdownText(seconds: number | undefined, t: Translate = ENGLISH): string {
  if (seconds === undefined) return t('timeline.nextUnknown');
  if (seconds <= 0) return t('timeline.nextDue');
  return t('timeline.nextIn', { duration: humanDuration(seconds * 1000) });
}
