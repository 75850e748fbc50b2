// The follower's notice in the reader's language: which containers restarted while the pod was read, or why a
// re-read failed (the error's own words when it has no catalog key).
import type { FollowNotice } from '../../contracts/session.js';
import { ENGLISH, localMessage, type Translate } from '../../i18n/index.js';

export function followNoticeText(n: FollowNotice, t: Translate = ENGLISH): string {
  if (n.kind === 'reread-failed') return t('evidence.follow.rereadFailed', { error: localMessage({ message: n.error, ref: n.ref }, t) });
  const list = n.restarts.map((r) => t('evidence.follow.restart', { container: r.container, from: String(r.from), to: String(r.to) }));
  return t('evidence.follow.restarted', { list: list.join(t('evidence.follow.separator')) });
}
