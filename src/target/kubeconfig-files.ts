// Which kubeconfig files apply, in kubectl's order: --kubeconfig, else every file of $KUBECONFIG, else ~/.kube/config.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { userError } from '../i18n/user-error.js';

export interface KubeconfigSource {
  readonly files: readonly string[];
  /** How the files were chosen, for error messages. */
  readonly origin: 'flag' | 'env' | 'home';
}

export interface KubeconfigEnv {
  readonly KUBECONFIG?: string | undefined;
  readonly HOME?: string | undefined;
}

export function kubeconfigFiles(flag: string | undefined, env: KubeconfigEnv = process.env): KubeconfigSource {
  if (flag) {
    const file = resolve(flag);
    if (!existsSync(file)) throw userError('fail.kubeconfig.flagMissing', { file: flag });
    return { files: [file], origin: 'flag' };
  }
  if (env.KUBECONFIG) {
    // kubectl skips missing files in the list, and a file listed twice counts once.
    const listed = [...new Set(env.KUBECONFIG.split(delimiter).filter((f) => f !== '').map((f) => resolve(f)))];
    const files = listed.filter((f) => existsSync(f));
    if (files.length === 0) throw userError('fail.kubeconfig.envMissing', { files: listed.join(', ') });
    return { files, origin: 'env' };
  }
  const file = join(env.HOME || homedir(), '.kube', 'config');
  if (!existsSync(file)) throw userError('fail.kubeconfig.homeMissing', { file });
  return { files: [file], origin: 'home' };
}
