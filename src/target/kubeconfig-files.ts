// Which kubeconfig files apply, in kubectl's order: --kubeconfig, else every file of $KUBECONFIG, else ~/.kube/config.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { UserError } from '../errors.js';

export interface KubeconfigSource {
  readonly files: readonly string[];
  /** How the files were chosen, for error messages. */
  readonly origin: 'flag' | 'env' | 'home';
}

export interface KubeconfigEnv {
  readonly KUBECONFIG?: string | undefined;
  readonly HOME?: string | undefined;
}

export const NO_KUBECONFIG_HINT =
  'pass --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config; to practise without a cluster, run kubectl-crashcourse --training';

export function kubeconfigFiles(flag: string | undefined, env: KubeconfigEnv = process.env): KubeconfigSource {
  if (flag) {
    const file = resolve(flag);
    if (!existsSync(file)) throw new UserError(`kubeconfig ${flag} does not exist: ${NO_KUBECONFIG_HINT}`);
    return { files: [file], origin: 'flag' };
  }
  if (env.KUBECONFIG) {
    // kubectl skips missing files in the list, and a file listed twice counts once.
    const listed = [...new Set(env.KUBECONFIG.split(delimiter).filter((f) => f !== '').map((f) => resolve(f)))];
    const files = listed.filter((f) => existsSync(f));
    if (files.length === 0) throw new UserError(`no kubeconfig found: none of the files in KUBECONFIG exist (${listed.join(', ')}); ${NO_KUBECONFIG_HINT}`);
    return { files, origin: 'env' };
  }
  const file = join(env.HOME || homedir(), '.kube', 'config');
  if (!existsSync(file)) throw new UserError(`no kubeconfig found (no KUBECONFIG and no ${file}): ${NO_KUBECONFIG_HINT}`);
  return { files: [file], origin: 'home' };
}
