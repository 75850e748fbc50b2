// A small client for the few API calls the executors make themselves (create/delete the copy, dry run, reads
// of the pod, namespace, PVCs, pull secrets): the reads' own connection and request function (src/cluster).
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { sanitizeDeep } from '../text/sanitize.js';
import { openConnection, type Connection } from '../cluster/connection.js';
import { apiRequest } from '../cluster/api-request.js';
import { requestTimeoutMs } from '../cluster/request-timeout.js';
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
      // The reads' own request function: one transport, one deadline, one way errors are named.
      const res = await apiRequest(conn, path, {
        method, ...(body !== undefined ? { body } : {}), statusAnswers: true, maxBytes: MAX_RESPONSE, truncate: false, timeoutMs: requestTimeoutMs(),
      });
      const text = res.body.toString('utf8');
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body: sanitizeDeep(parsed) };
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
