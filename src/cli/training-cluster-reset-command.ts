// `kubectl-crashcourse training-cluster reset [SCENARIO]`: asks the running training cluster, over loopback and
// with the admin token it wrote beside its kubeconfig, to restore a scenario's objects and clock.
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { adminFilePath, RESET_PATH } from '../training/admin-endpoint.js';

export interface ResetOptions {
  readonly scenario?: string;
  readonly kubeconfig?: string;
}

async function adminFile(kubeconfig: string): Promise<{ url: string; token: string }> {
  let text: string;
  try {
    text = await readFile(adminFilePath(kubeconfig), 'utf8');
  } catch {
    throw new UserError(`no training cluster admin file at ${adminFilePath(kubeconfig)} (start one with: kubectl-crashcourse training-cluster --write-kubeconfig ${kubeconfig})`);
  }
  let parsed: { url?: unknown; token?: unknown };
  try {
    parsed = JSON.parse(text) as { url?: unknown; token?: unknown };
  } catch {
    throw new UserError(`${adminFilePath(kubeconfig)} is not valid JSON`);
  }
  const url = typeof parsed.url === 'string' ? new URL(parsed.url) : undefined;
  // Loopback only, whatever the file says.
  if (!url || url.protocol !== 'http:' || !['127.0.0.1', '[::1]'].includes(url.hostname) || typeof parsed.token !== 'string') {
    throw new UserError(`${adminFilePath(kubeconfig)} does not describe a training cluster on 127.0.0.1`);
  }
  return { url: url.origin, token: parsed.token };
}

export async function runTrainingClusterReset(options: ResetOptions): Promise<number> {
  const kubeconfig = options.kubeconfig ?? process.env['KUBECONFIG']?.split(':')[0];
  if (!kubeconfig) throw new UserError('which training cluster? pass --kubeconfig FILE (the one training-cluster --write-kubeconfig wrote) or set KUBECONFIG');
  const { url, token } = await adminFile(kubeconfig);
  const query = options.scenario ? `?scenario=${encodeURIComponent(options.scenario)}` : '';
  let res: Response;
  try {
    res = await fetch(`${url}${RESET_PATH}${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new UserError(`the training cluster at ${url} is not answering (is it still running?)`);
  }
  const body = (await res.json().catch(() => ({}))) as { reset?: string[]; error?: string };
  if (!res.ok) throw new UserError(`reset refused: ${body.error ?? `HTTP ${res.status}`}`);
  process.stdout.write(`Reset ${(body.reset ?? []).join(', ')}\n`);
  return 0;
}
