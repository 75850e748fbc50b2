// A cause's one-line title in the reader's language. English keeps the analysis' own wording (CAUSE_TITLES, the
// vocabulary every English output already prints); the other languages take the catalog's `cause.*` message.
import { CAUSE_TITLES, type CauseId } from '../contracts/causes.js';
import type { Confidence } from '../contracts/diagnosis.js';
import { ENGLISH, type MessageKey, type Translate } from './translate.js';

export function causeTitle(cause: CauseId, t: Translate): string {
  const key = `cause.${cause}` as MessageKey;
  const local = t(key);
  return local === ENGLISH(key) ? CAUSE_TITLES[cause] : local;
}

/** confirmed / likely / possible in the reader's language (the JSON keeps the id). */
export const confidenceWord = (confidence: Confidence, t: Translate): string => t(`confidence.${confidence}` as MessageKey);
