// The kubeconfig that points kubectl and client-node at the training cluster. client-node refuses http://
// servers unless insecure-skip-tls-verify is set, so it always is.
import { writeFileAtomic } from '../exec/atomic-write.js';

export const TRAINING_NAME = 'kubectl-crashcourse-training';

export function kubeconfigYaml(url: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${TRAINING_NAME}`,
    '  cluster:',
    `    server: ${url}`,
    '    insecure-skip-tls-verify: true',
    'users:',
    `- name: ${TRAINING_NAME}`,
    '  user: {}',
    'contexts:',
    `- name: ${TRAINING_NAME}`,
    '  context:',
    `    cluster: ${TRAINING_NAME}`,
    `    user: ${TRAINING_NAME}`,
    '    namespace: default',
    `current-context: ${TRAINING_NAME}`,
    'preferences: {}',
    '',
  ].join('\n');
}

/** The path may be the user's ~/.kube/config: never replaced without `overwrite`, never through a symbolic link. */
export async function writeKubeconfig(path: string, text: string, overwrite = false): Promise<void> {
  await writeFileAtomic(path, text, { overwrite, mode: 0o600, what: 'the kubeconfig', existsHint: 'pass --force to replace it' });
}
