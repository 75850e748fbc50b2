// The back-off state in words: the kubelet's message, how long ago the container last finished, when it starts again.
import type { BackoffState } from '../contracts/diagnosis.js';
import { ENGLISH, type Translate } from '../i18n/index.js';

export function backoffLine(b: BackoffState | null, t: Translate = ENGLISH): string | undefined {
  if (!b) return undefined;
  const parts: string[] = [];
  if (b.message) parts.push(b.message);
  if (b.sinceLastFinishSeconds !== undefined) parts.push(t('backoff.lastFinished', { ago: seconds(b.sinceLastFinishSeconds) }));
  if (b.nextStartInSeconds !== undefined) parts.push(b.nextStartInSeconds <= 0 ? t('backoff.nextDue') : t('backoff.nextIn', { in: seconds(b.nextStartInSeconds) }));
  else if (b.delaySeconds !== undefined) parts.push(t('backoff.delay', { delay: seconds(b.delaySeconds) }));
  return parts.length ? parts.join(t('backoff.separator')) : undefined;
}

function seconds(s: number): string {
  const n = Math.max(0, Math.round(s));
  if (n < 120) return `${n}s`;
  if (n < 7200) return `${Math.floor(n / 60)}m${n % 60 ? `${n % 60}s` : ''}`;
  return `${Math.floor(n / 3600)}h${Math.floor((n % 3600) / 60)}m`;
}
