// A small client for the few API calls the executors make themselves (create/delete the copy, dry run, reads
// of the pod, namespace, PVCs, pull secrets): the reads' own connection (src/cluster), raw JSON over node:http(s).
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { UserError } from '../errors.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { sanitizeDeep } from '../text/sanitize.js';
import { openConnection, type Connection } from '../cluster/connection.js';
import { formatMs, requestTimeoutMs } from '../cluster/request-timeout.js';
import { resolveTarget } from '../target/resolve-target.js';

export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
}

export interface KubeApi {
  readonly context: string;
  readonly namespace: string;
  readonly server: string;
  readonly target: KubectlTarget;
  request(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<ApiResponse>;
}

const MAX_RESPONSE = 8 << 20;

export function openKubeApi(options: { readonly kubeconfig?: string; readonly context?: string; readonly namespace?: string }): KubeApi {
  // The same resolution (kubectl's merge rules) and the same connection as the reads: writes can never go to
  // another cluster, as another user, or into another namespace than what was read.
  const resolved = resolveTarget(options);
  const { namespace, contextName: context, server } = resolved;
  const target: KubectlTarget = { namespace, ...(options.context ? { context: options.context } : {}), ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) };
  let connection: Promise<Connection> | undefined;

  return {
    context,
    namespace,
    server,
    target,
    async request(method, path, body) {
      const conn = await (connection ??= openConnection(resolved));
      const url = new URL(conn.server.pathname.replace(/\/$/, '') + path, conn.server);
      const ms = requestTimeoutMs();
      const headers: Record<string, string> = { ...(await conn.headers()), accept: 'application/json', 'user-agent': 'kubectl-crashcourse' };
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(payload.length) });
      const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
      return new Promise<ApiResponse>((resolve, reject) => {
        const req = send(url, { method, agent: conn.agent, headers }, (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_RESPONSE) req.destroy(new Error('response too large'));
            else chunks.push(c);
          });
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              /* not JSON: keep the text */
            }
            resolve({ status: res.statusCode ?? 0, body: sanitizeDeep(parsed) });
          });
          res.on('error', (err: NodeJS.ErrnoException) => reject(new UserError(`the cluster at ${server} broke off its answer to ${method} ${path}: ${err.code ?? err.message}`)));
        });
        // A deadline on the whole exchange, not on idleness: a server trickling a byte every half second never idles.
        const timer = setTimeout(() => req.destroy(Object.assign(new Error('timed out'), { code: `no complete answer within ${formatMs(ms)} (--request-timeout)` })), ms);
        req.on('close', () => clearTimeout(timer));
        req.on('error', (err: NodeJS.ErrnoException) => reject(new UserError(`cannot reach ${conn.proxy ? `the cluster at ${server} through the proxy ${conn.proxy}` : `the cluster at ${server}`} (context ${context}): ${err.code ?? err.message}`)));
        req.end(payload);
      });
    },
  };
}

/** The API's own message for a failed call ("pods \"x\" is forbidden: …"), else the status. */
export function statusMessage(res: ApiResponse): string {
  const b = res.body as { message?: string } | string | undefined;
  if (b && typeof b === 'object' && b.message) return b.message;
  return typeof b === 'string' && b ? b.slice(0, 300) : `HTTP ${res.status}`;
}

export const podsPath = (namespace: string, name?: string): string =>
  `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods${name ? `/${encodeURIComponent(name)}` : ''}`;
