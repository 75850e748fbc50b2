// Failing to read the pod itself is the one error gather does not turn into a gap: nothing is left to analyse.
import { ClusterError } from '../contracts/cluster-errors.js';
import { UserError } from '../errors.js';

export function podReadError(err: unknown, namespace: string, name: string): UserError {
  if (!(err instanceof ClusterError)) return new UserError(`cannot read pod ${namespace}/${name}: ${err instanceof Error ? err.message : String(err)}`);
  switch (err.kind) {
    case 'not-found':
      return new UserError(`pod "${name}" not found in namespace "${namespace}"`);
    case 'forbidden':
      return new UserError(`cannot read pod ${namespace}/${name}: forbidden: ${err.message}`);
    case 'unauthorized':
      return new UserError(`cannot read pod ${namespace}/${name}: unauthorized: the cluster rejected our credentials (401)`);
    case 'unreachable':
      return new UserError(err.message);
    case 'timeout':
      return new UserError(`cannot read pod ${namespace}/${name}: ${err.message}`);
    default:
      return new UserError(`cannot read pod ${namespace}/${name}: ${err.message}`);
  }
}
