// `[NS/]POD` plus `-n`: which pod the user means, validated before anything is read.
import { checkNamespaceName, checkPodName } from './names.js';
import { userError } from '../i18n/user-error.js';

export interface PodArg {
  readonly name: string;
  /** From "NS/POD" or -n; undefined means "the context's namespace". */
  readonly namespace?: string;
}

export function parsePodArg(pod: string | undefined, namespaceFlag: string | undefined): PodArg {
  if (!pod) throw userError('fail.pod.none', {}, 2);
  const parts = pod.split('/');
  if (parts.length > 2) throw userError('fail.pod.invalid', { pod }, 2);
  const [first, second] = parts as [string, string | undefined];
  if (second !== undefined) {
    if (namespaceFlag !== undefined && namespaceFlag !== first) {
      throw userError('fail.pod.namespaceConflict', { pod, namespace: first, flag: namespaceFlag }, 2);
    }
    return { namespace: checkNamespaceName(first), name: checkPodName(second) };
  }
  return { name: checkPodName(first), ...(namespaceFlag !== undefined ? { namespace: checkNamespaceName(namespaceFlag) } : {}) };
}
