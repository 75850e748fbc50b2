// Reading core/v1 Events: which container an event is about (fieldPath, or the name in its message), when it
// last happened, and how to quote it the way `kubectl describe` shows it.
import type { KubeEvent } from '../k8s/index.js';
import type { EvidenceLine } from '../contracts/diagnosis.js';

export function eventTime(e: KubeEvent): number {
  const t = e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp;
  const ms = t ? Date.parse(t) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

const containerOfFieldPath = (fieldPath: string | undefined): string | undefined =>
  fieldPath?.match(/^spec\.(?:initContainers|containers|ephemeralContainers)\{(.+)\}$/)?.[1];

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the event names this container (by fieldPath, or "container NAME" / "Container \"NAME\"" in its message). */
export function eventIsAbout(e: KubeEvent, container: string): boolean {
  const byPath = containerOfFieldPath(e.involvedObject.fieldPath);
  if (byPath !== undefined) return byPath === container;
  const n = escapeRe(container);
  return new RegExp(`(?:container[ =:]+"?|://)${n}(?:"|:|\\b(?![-.]))`, 'i').test(e.message ?? '');
}

/** True when the event names some container other than this one. */
export function eventIsAboutOther(e: KubeEvent, container: string): boolean {
  const byPath = containerOfFieldPath(e.involvedObject.fieldPath);
  if (byPath !== undefined) return byPath !== container;
  const m = (e.message ?? '').match(/container[ =:]+"?([a-z0-9]([-a-z0-9]*[a-z0-9])?)/i);
  return Boolean(m && m[1] !== container && !/^(image|process|init|with|task|runtime|failed)$/i.test(m[1]!));
}

export const eventsWithReason = (events: readonly KubeEvent[], ...reasons: string[]): KubeEvent[] =>
  events.filter((e) => e.reason !== undefined && reasons.includes(e.reason));

export function quoteEvent(e: KubeEvent): EvidenceLine {
  const count = e.count && e.count > 1 ? ` (x${e.count})` : '';
  const from = e.source?.component ? ` from ${e.source.component}` : '';
  return {
    source: 'event',
    where: `event ${e.reason ?? ''}${count}`,
    text: `${e.type ?? 'Normal'} ${e.reason ?? ''}${count}${from}: ${(e.message ?? '').trim()}`,
  };
}

/** The newest event first wins: the list is oldest first, so look from the end. */
export const newest = (events: readonly KubeEvent[]): KubeEvent | undefined =>
  [...events].sort((a, b) => eventTime(b) - eventTime(a))[0];
