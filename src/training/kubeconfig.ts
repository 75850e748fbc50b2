// The kubeconfig that points kubectl and client-node at the training cluster. client-node refuses http://
// servers unless insecure-skip-tls-verify is set, so it always is.
import { writeFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

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

export async function writeKubeconfig(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, { mode: 0o600 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(`cannot write the kubeconfig to ${path}: ${err.code === 'ENOENT' ? 'no such directory' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'it is a directory' : err.message}`);
  }
}
