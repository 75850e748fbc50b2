// The overall deadline of a command that only reads: whatever hangs (a trickling server, a credential plugin
// that never answers), the command ends with one line once --request-timeout has passed.
import { currentWait, formatMs } from '../cluster/request-timeout.js';
import { userError } from '../i18n/user-error.js';

// A little after the per-request limit, so a single slow request reports its own, more precise, error first.
const GRACE_MS = 500;

export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const user = currentWait();
      reject(user ? userError('fail.deadline.plugin', { limit: formatMs(ms), user }) : userError('fail.deadline.cluster', { limit: formatMs(ms) }));
    }, ms + GRACE_MS);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
