// A small client for the few API calls the executors make themselves (create/delete the copy, dry run, reads
// of the pod, namespace, PVCs, pull secrets): client-node's KubeConfig for auth and TLS, raw JSON over node:http(s).
import { request as httpRequest } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import { KubeConfig } from '@kubernetes/client-node';
import { UserError } from '../errors.js';
import type { KubectlTarget } from '../plans/kubectl.js';
import { sanitizeDeep } from '../text/sanitize.js';
import { dirname, resolve } from 'node:path';
import { credentials } from '../cluster/connection.js';
import { formatMs, requestTimeoutMs } from '../cluster/request-timeout.js';
import { MAX_KUBECONFIG_BYTES, readBoundedText } from '../target/bounded-read.js';

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
  const kc = new KubeConfig();
  try {
    if (options.kubeconfig) {
      // Read with a size bound (client-node's loadFromFile would read /dev/zero forever), then as loadFromFile does.
      kc.loadFromString(readBoundedText(options.kubeconfig, MAX_KUBECONFIG_BYTES, 'kubeconfig'));
      kc.makePathsAbsolute(dirname(resolve(options.kubeconfig)));
    } else kc.loadFromDefault();
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read kubeconfig${options.kubeconfig ? ` ${options.kubeconfig}` : ''}: ${(err as Error).message}`);
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) throw new UserError(`context "${options.context}" does not exist in the kubeconfig`);
    kc.setCurrentContext(options.context);
  }
  const context = kc.getCurrentContext();
  const cluster = kc.getCurrentCluster();
  if (!context || !cluster) throw new UserError('no current context in the kubeconfig: pass --context or set one with kubectl config use-context');
  const namespace = options.namespace || kc.getContextObject(context)?.namespace || 'default';
  const server = cluster.server.replace(/\/+$/, '');
  const target: KubectlTarget = { namespace, ...(options.context ? { context: options.context } : {}), ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}) };

  return {
    context,
    namespace,
    server,
    target,
    async request(method, path, body) {
      const url = new URL(server + path);
      const opts: RequestOptions = { method, headers: { accept: 'application/json' } };
      await credentials(kc, opts, kc.getCurrentUser()?.name);
      const ms = requestTimeoutMs();
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      if (payload) opts.headers = { ...opts.headers, 'content-type': 'application/json', 'content-length': String(payload.length) };
      const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
      return new Promise<ApiResponse>((resolve, reject) => {
        const req = send(url, opts, (res) => {
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
        req.on('error', (err: NodeJS.ErrnoException) => reject(new UserError(`cannot reach the cluster at ${server} (context ${context}): ${err.code ?? err.message}`)));
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
