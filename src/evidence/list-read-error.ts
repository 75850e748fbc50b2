// Failing to list pods at all leaves `scan` nothing to show: a one-line user error, like a pod read failure.
import { ClusterError } from '../contracts/cluster-errors.js';
import { UserError } from '../errors.js';

export function listReadError(err: unknown, namespace: string | undefined): unknown {
  if (!(err instanceof ClusterError)) return err;
  const where = namespace === undefined ? 'in any namespace' : `in namespace "${namespace}"`;
  if (err.kind === 'unreachable') return new UserError(err.message);
  if (err.kind === 'forbidden') return new UserError(`cannot list pods ${where}: forbidden: ${err.message}`);
  if (err.kind === 'unauthorized') return new UserError(`cannot list pods ${where}: unauthorized: the cluster rejected our credentials (401)`);
  return new UserError(`cannot list pods ${where}: ${err.message}`);
}
