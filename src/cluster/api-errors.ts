// API and network failures as ClusterError kinds, with the apiserver's own message where it sent one.
import { ClusterError, type ClusterErrorKind } from '../contracts/cluster-errors.js';
import { clusterError } from '../i18n/user-error.js';

const KIND_BY_STATUS: Readonly<Record<number, ClusterErrorKind>> = {
  400: 'bad-request', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 422: 'invalid',
};

export function errorFromStatus(status: number, body: Buffer, path: string, retryAfter?: number): ClusterError {
  const kind: ClusterErrorKind = KIND_BY_STATUS[status] ?? (status >= 500 || status === 429 ? 'server' : 'bad-request');
  return new ClusterError(kind, statusMessage(status, body, path), status, retryAfter);
}

function statusMessage(status: number, body: Buffer, path: string): string {
  const text = body.toString('utf8');
  try {
    const parsed = JSON.parse(text) as { message?: unknown; reason?: unknown };
    if (typeof parsed.message === 'string' && parsed.message) return oneLine(parsed.message);
    if (typeof parsed.reason === 'string' && parsed.reason) return parsed.reason;
  } catch {
    // Not a Status object (a proxy's HTML page, plain text): fall through to a generic line.
  }
  if (status === 401) return 'Unauthorized';
  const plain = oneLine(text).slice(0, 200);
  return `HTTP ${status} for ${path}${plain ? `: ${plain}` : ''}`;
}

// The catalog words these codes (fail.cluster.unreachable); any other code shows the error's own text.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

// With a proxy, a failure to connect at all is the proxy's: we never reached the cluster to blame it.
const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function errorFromNetwork(err: Error, server: string, proxy?: string): ClusterError {
  if (err instanceof ClusterError) return err;
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const tls = code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('DEPTH_ZERO') || code.startsWith('UNABLE_TO');
  const reason = { code: NETWORK_CODES.has(code) ? code : tls ? 'TLS' : 'other', detail: oneLine(err.message) };
  if (proxy && CONNECT_CODES.has(code)) return clusterError('unreachable', 'fail.cluster.proxyUnreachable', { proxy, server, ...reason });
  if (proxy) return clusterError('unreachable', 'fail.cluster.unreachableProxy', { proxy, server, ...reason });
  return clusterError('unreachable', 'fail.cluster.unreachable', { server, ...reason });
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();
