// The back-off state in words: the kubelet's message, how long ago the container last finished, when it starts again.
import type { BackoffState } from '../analysis/types.js';

export function backoffLine(b: BackoffState | null): string | undefined {
  if (!b) return undefined;
  const parts: string[] = [];
  if (b.message) parts.push(b.message);
  if (b.sinceLastFinishSeconds !== undefined) parts.push(`last finished ${seconds(b.sinceLastFinishSeconds)} ago`);
  if (b.nextStartInSeconds !== undefined) parts.push(b.nextStartInSeconds <= 0 ? 'next start due now' : `next start in ${seconds(b.nextStartInSeconds)}`);
  else if (b.delaySeconds !== undefined) parts.push(`back-off delay ${seconds(b.delaySeconds)}`);
  return parts.length ? parts.join('; ') : undefined;
}

function seconds(s: number): string {
  const n = Math.max(0, Math.round(s));
  if (n < 120) return `${n}s`;
  if (n < 7200) return `${Math.floor(n / 60)}m${n % 60 ? `${n % 60}s` : ''}`;
  return `${Math.floor(n / 3600)}h${Math.floor((n % 3600) / 60)}m`;
}
