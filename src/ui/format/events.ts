// Event rows as `kubectl get events` shows them (LAST SEEN, TYPE, REASON, COUNT, MESSAGE), newest last.
import type { KubeEvent } from '../../k8s/index.js';
import { humanDuration } from '../../k8s/index.js';
import { sanitize, type SafeText } from '../../text/sanitize.js';

export interface EventRow {
  readonly lastSeen: string;
  readonly type: string;
  readonly reason: SafeText;
  readonly count: number;
  readonly message: SafeText;
  readonly warning: boolean;
  readonly container?: string;
}

const when = (e: KubeEvent): string | undefined => e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp;

export function eventRows(events: readonly KubeEvent[], now: number): EventRow[] {
  return events.map((e) => {
    const t = when(e);
    const container = /spec\.(?:initC|c)ontainers\{(.+)\}/.exec(e.involvedObject.fieldPath ?? '')?.[1];
    return {
      lastSeen: t ? humanDuration(Math.max(0, now - Date.parse(t))) : '<unknown>',
      type: e.type ?? 'Normal',
      reason: sanitize(e.reason ?? ''),
      count: e.count ?? 1,
      message: sanitize(e.message ?? ''),
      warning: e.type === 'Warning',
      ...(container ? { container } : {}),
    };
  });
}
