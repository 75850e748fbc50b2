// Failing to read the pod itself is the one error gather does not turn into a gap: nothing is left to analyse.
import { ClusterError } from '../contracts/cluster-errors.js';
import type { UserError } from '../errors.js';
import { userError, wrapped } from '../i18n/user-error.js';

export function podReadError(err: unknown, namespace: string, name: string): UserError {
  if (!(err instanceof ClusterError)) return userError('fail.pod.other', { namespace, name, detail: err instanceof Error ? err.message : String(err) });
  switch (err.kind) {
    case 'not-found':
      return userError('fail.pod.notFound', { namespace, name });
    case 'forbidden':
      return userError('fail.pod.forbidden', { namespace, name, detail: err.message });
    case 'unauthorized':
      return userError('fail.pod.unauthorized', { namespace, name });
    case 'unreachable':
      return wrapped(err);
    default:
      return userError('fail.pod.other', { namespace, name, detail: err.message }, 1, err.ref);
  }
}
