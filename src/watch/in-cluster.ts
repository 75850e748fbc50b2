// Running as a Pod: the API server from the service environment and the ServiceAccount's mounted token and CA.
// The token is read on every request because the kubelet rotates the projected file (hourly by default).
import { userError } from '../i18n/user-error.js';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { Connection } from '../cluster/connection.js';

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface InCluster {
  readonly conn: Connection;
  readonly namespace: string;
}

export function inClusterConnection(env: NodeJS.ProcessEnv = process.env, dir = SA_DIR): InCluster {
  const host = env['KUBERNETES_SERVICE_HOST'];
  const port = env['KUBERNETES_SERVICE_PORT'] ?? '443';
  if (!host) throw userError('fail.watch.noServiceHost');
  const read = (name: string): string => {
    try {
      return readFileSync(`${dir}/${name}`, 'utf8');
    } catch (err) {
      throw userError('fail.watch.serviceAccountFile', { path: `${dir}/${name}`, why: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
  };
  const ca = read('ca.crt');
  const namespace = read('namespace').trim() || 'default';
  read('token');
  const server = new URL(`https://${host.includes(':') ? `[${host}]` : host}:${port}`);
  return {
    namespace,
    conn: { server, agent: new https.Agent({ keepAlive: true, ca }), headers: async () => ({ Authorization: `Bearer ${read('token').trim()}` }) },
  };
}
