// The trainer's side of a running training cluster's admin endpoint: the address and token it wrote beside its
// kubeconfig (loopback only, whatever the file says), and the reset calls the CLI and the wizard make with them.
import { userError } from '../i18n/user-error.js';
import { readFile } from 'node:fs/promises';
import { adminFilePath, RESET_PATH } from '../training/admin-endpoint.js';

export interface TrainingAdmin {
  /** The scenarios a reset of this pod would restore (nothing is changed). */
  scenariosOf(namespace: string, name: string): Promise<string[]>;
  /** Restores the scenarios of this pod; the names reset. */
  resetPod(namespace: string, name: string): Promise<string[]>;
  /** Restores one scenario, or all; the names reset. */
  reset(scenario?: string): Promise<string[]>;
}

async function adminFile(kubeconfig: string, missing: () => never): Promise<{ url: string; token: string }> {
  let text: string;
  try {
    text = await readFile(adminFilePath(kubeconfig), 'utf8');
  } catch {
    return missing();
  }
  let parsed: { url?: unknown; token?: unknown };
  try {
    parsed = JSON.parse(text) as { url?: unknown; token?: unknown };
  } catch {
    throw userError('scenario.admin.notJson', { path: adminFilePath(kubeconfig) });
  }
  const url = typeof parsed.url === 'string' ? new URL(parsed.url) : undefined;
  if (!url || url.protocol !== 'http:' || !['127.0.0.1', '[::1]'].includes(url.hostname) || typeof parsed.token !== 'string') {
    throw userError('scenario.admin.notTraining', { path: adminFilePath(kubeconfig), host: '127.0.0.1' });
  }
  return { url: url.origin, token: parsed.token };
}

function client(url: string, token: string): TrainingAdmin {
  const post = async (query: string): Promise<string[]> => {
    let res: Response;
    try {
      res = await fetch(`${url}${RESET_PATH}${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    } catch {
      throw userError('scenario.admin.notAnswering', { url });
    }
    const body = (await res.json().catch(() => ({}))) as { reset?: unknown; error?: unknown };
    if (!res.ok) throw userError('scenario.admin.refused', { why: typeof body.error === 'string' ? body.error : `HTTP ${res.status}` });
    return Array.isArray(body.reset) ? body.reset.filter((n): n is string => typeof n === 'string') : [];
  };
  const pod = (namespace: string, name: string): string => `?pod=${encodeURIComponent(`${namespace}/${name}`)}`;
  return {
    scenariosOf: (namespace, name) => post(`${pod(namespace, name)}&dryRun=true`),
    resetPod: (namespace, name) => post(pod(namespace, name)),
    reset: (scenario) => post(scenario ? `?scenario=${encodeURIComponent(scenario)}` : ''),
  };
}

/** The admin of the training cluster this kubeconfig was written for; a one-line error when there is none. */
export async function trainingAdmin(kubeconfig: string): Promise<TrainingAdmin> {
  const { url, token } = await adminFile(kubeconfig, () => {
    throw userError('scenario.admin.missing', { path: adminFilePath(kubeconfig), command: `kubectl-crashcourse training-cluster --write-kubeconfig ${kubeconfig}` });
  });
  return client(url, token);
}

/** The same, or undefined when the kubeconfig is not a training cluster's (the wizard then offers no reset). */
export async function trainingAdminIfAny(kubeconfig: string | undefined, server: string): Promise<TrainingAdmin | undefined> {
  if (!kubeconfig) return undefined;
  try {
    const { url, token } = await adminFile(kubeconfig, () => {
      throw new Error('none');
    });
    // Only for the cluster this connection talks to: another context in the same file is not the training one.
    return new URL(server).origin === url ? client(url, token) : undefined;
  } catch {
    return undefined;
  }
}
