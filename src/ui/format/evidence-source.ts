// Where a quote comes from, in the reader's words: the diagnosis names it "event", "status", "log:app
// (previous)"… (stable English, as JSON keeps it); the screens say the kind in the reader's language and keep
// the rest (a container's name) as it is.
import type { MessageKey, Translate } from '../../i18n/index.js';

const KINDS = ['status', 'event', 'log', 'spec', 'node', 'cluster'] as const;

export function sourceLabel(t: Translate, source: string): string {
  const kind = KINDS.find((k) => source === k || source.startsWith(`${k}:`));
  return kind ? `${t(`source.${kind}` as MessageKey)}${source.slice(kind.length)}` : source;
}
