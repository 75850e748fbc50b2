// `[NS/]POD` plus `-n`: which pod the user means, validated before anything is read.
import { usageError } from '../errors.js';
import { checkNamespaceName, checkPodName } from './names.js';

export interface PodArg {
  readonly name: string;
  /** From "NS/POD" or -n; undefined means "the context's namespace". */
  readonly namespace?: string;
}

export function parsePodArg(pod: string | undefined, namespaceFlag: string | undefined): PodArg {
  if (!pod) throw usageError('no pod given: name one as POD or NAMESPACE/POD (see --help)');
  const parts = pod.split('/');
  if (parts.length > 2) throw usageError(`invalid pod "${pod}": expected POD or NAMESPACE/POD`);
  const [first, second] = parts as [string, string | undefined];
  if (second !== undefined) {
    if (namespaceFlag !== undefined && namespaceFlag !== first) {
      throw usageError(`pod "${pod}" names namespace "${first}" but -n says "${namespaceFlag}": give one`);
    }
    return { namespace: checkNamespaceName(first), name: checkPodName(second) };
  }
  return { name: checkPodName(first), ...(namespaceFlag !== undefined ? { namespace: checkNamespaceName(namespaceFlag) } : {}) };
}
