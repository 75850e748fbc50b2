// Failing to list pods at all leaves `scan` nothing to show: a one-line user error, like a pod read failure.
import { ClusterError } from '../contracts/cluster-errors.js';
import { userError, wrapped } from '../i18n/user-error.js';

export function listReadError(err: unknown, namespace: string | undefined): unknown {
  if (!(err instanceof ClusterError)) return err;
  const where = { all: namespace === undefined ? 'yes' : 'no', namespace: namespace ?? '' };
  if (err.kind === 'unreachable') return wrapped(err);
  if (err.kind === 'forbidden') return userError('fail.list.forbidden', { ...where, detail: err.message });
  if (err.kind === 'unauthorized') return userError('fail.list.unauthorized', where);
  return userError('fail.list.other', { ...where, detail: err.message }, 1, err.ref);
}
