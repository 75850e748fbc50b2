// A read that failed becomes a Gap: what we could not see, why in one line, and the command that would show it.
// What and why are said as catalog messages (catalogs/evidence) so text output words them in the reader's
// language; the English strings JSON carries are made from the same messages. The server's own words (a 403's
// message, a 404's) are values: quoted as the server wrote them in every language.
import { ClusterError } from '../contracts/cluster-errors.js';
import type { Gap } from '../contracts/evidence.js';
import type { MessageRef } from '../errors.js';
import { localMessage } from '../i18n/user-error.js';
import { ENGLISH, type MessageKey, type MessageValues } from '../i18n/translate.js';

type EvidenceKey = Extract<MessageKey, `evidence.${string}`>;

/** A message of catalogs/evidence. */
export const said = (key: EvidenceKey, values?: MessageValues): MessageRef => (values ? { key, values } : { key });

/** The message in English, as JSON and logs carry it. */
export const inEnglish = (ref: MessageRef): string => localMessage({ message: '', ref }, ENGLISH);

const firstLine = (s: string): string => s.split('\n')[0]!;

/** Why the read failed, as a message: its kind in our words around the server's, or the error's own message. */
export function gapReasonSaid(err: unknown): MessageRef {
  if (err instanceof ClusterError) {
    switch (err.kind) {
      case 'forbidden':
        return said('evidence.gap.reason.forbidden', { detail: err.message });
      case 'not-found':
        return said('evidence.gap.reason.notFound', { detail: err.message });
      case 'timeout':
        return said('evidence.gap.reason.timeout');
      case 'unauthorized':
        return said('evidence.gap.reason.unauthorized');
      default:
        // Our own failures (unreachable, too large, malformed) carry their key; the rest is the server's text.
        return err.ref ?? said('evidence.gap.reason.server', { detail: err.message });
    }
  }
  const ref = err instanceof Error ? (err as Error & { ref?: MessageRef }).ref : undefined;
  return ref ?? said('evidence.gap.reason.other', { detail: err instanceof Error ? firstLine(err.message) : String(err) });
}

/** Why, in one English line: the error's own message when it carries its own key (its English is that). */
export function gapReason(err: unknown): string {
  const ref = gapReasonSaid(err);
  if (ref.key.startsWith('evidence.')) return inEnglish(ref);
  return err instanceof ClusterError ? err.message : firstLine((err as Error).message);
}

/** A gap said as messages; `reason` is given when its English is the error's own message. */
export const gapSaid = (what: MessageRef, reason: MessageRef, command?: readonly string[], english?: string): Gap => ({
  what: inEnglish(what),
  reason: english ?? inEnglish(reason),
  ...(command ? { command } : {}),
  say: { what, reason },
});

export const gapOf = (what: MessageRef, err: unknown, command?: readonly string[]): Gap =>
  gapSaid(what, gapReasonSaid(err), command, gapReason(err));
