// The one request function to the API server, for reads and writes alike: over the process's one connection
// for the target, a deadline on the whole exchange, a cap on the bytes we keep, and every failure mapped to a
// ClusterError kind. Raw node:http keeps the API's JSON exactly as sent.
import http from 'node:http';
import https from 'node:https';
import type { Connection } from './connection.js';
import { errorFromStatus, errorFromNetwork } from './api-errors.js';
import { formatMs } from './request-timeout.js';
import { retryAfterMs } from './retry.js';
import { clusterError } from '../i18n/user-error.js';

/** A page of 500 pods is a few MB; anything far beyond that is not a response we want in memory. */
export const MAX_JSON_BYTES = 64 << 20;

export { DEFAULT_TIMEOUT_MS, requestTimeoutMs } from './request-timeout.js';

export interface RawResponse {
  readonly status: number;
  readonly body: Buffer;
  /** The body was longer than maxBytes; we kept the first (or, with keep 'tail', the last) maxBytes. */
  readonly truncated: boolean;
  /** With keep 'tail': how many bytes from the start were dropped. */
  readonly dropped?: number;
}

export interface RequestOptions {
  /** Default GET. A write carries `body`, sent as JSON. */
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  /** Answer a non-2xx status (with at most 64 KiB of its body) instead of rejecting with its ClusterError. */
  readonly statusAnswers?: boolean;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly maxBytes: number;
  /** When false, a body over maxBytes is an error rather than a truncation. */
  readonly truncate: boolean;
  readonly accept?: string;
  readonly timeoutMs: number;
  /** The limit to name when it is reached (a retry runs on what is left of it); default timeoutMs. */
  readonly limitMs?: number;
  /** With truncate: which end of an over-long body to keep (default the head). Logs keep their tail. */
  readonly keep?: 'head' | 'tail';
}

/** A read: the same request function, GET. */
export const apiGet = (conn: Connection, path: string, options: RequestOptions): Promise<RawResponse> => apiRequest(conn, path, { ...options, method: 'GET' });

export async function apiRequest(conn: Connection, path: string, options: RequestOptions): Promise<RawResponse> {
  const url = new URL(conn.server.pathname.replace(/\/$/, '') + path, conn.server);
  for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
  const headers: Record<string, string> = { ...(await conn.headers()), Accept: options.accept ?? 'application/json', 'User-Agent': 'kubectl-crashcourse' };
  if (payload) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) });
  const lib = url.protocol === 'http:' ? http : https;
  const server = conn.server.origin;

  return new Promise<RawResponse>((resolve, reject) => {
    // A non-2xx answer: the caller's to read (a write wants the Status), or the error of its kind (a read).
    const refuse = (status: number, body: Buffer, retryAfter: string | string[] | undefined): (() => void) =>
      options.statusAnswers ? () => resolve({ status, body, truncated: false }) : () => reject(errorFromStatus(status, body, path, retryAfterMs(retryAfter)));
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const req = lib.request(url, { method: options.method ?? 'GET', agent: conn.agent, headers }, (res) => {
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      // Error bodies are small Status objects; keep at most 64 KiB of them.
      const cap = ok ? options.maxBytes : 64 << 10;
      const chunks: Buffer[] = [];
      let size = 0;
      let stopped = false;
      let dropped = 0;
      res.on('data', (chunk: Buffer) => {
        if (settled || stopped) return;
        if (ok && options.truncate && options.keep === 'tail') {
          // A sliding window over the stream: memory stays at most cap plus one chunk.
          chunks.push(chunk);
          size += chunk.length;
          while (chunks.length > 1 && size - chunks[0]!.length >= cap) {
            size -= chunks[0]!.length;
            dropped += chunks.shift()!.length;
          }
          return;
        }
        if (size + chunk.length <= cap) {
          chunks.push(chunk);
          size += chunk.length;
          return;
        }
        stopped = true;
        chunks.push(chunk.subarray(0, cap - size));
        size = cap;
        res.destroy();
        const body = Buffer.concat(chunks, size);
        if (!ok) finish(refuse(status, body, res.headers['retry-after']));
        else if (!options.truncate) finish(() => reject(clusterError('server', 'evidence.read.tooLarge', { path, limit: String(cap) })));
        else finish(() => resolve({ status, body, truncated: true }));
      });
      res.on('end', () => {
        let body = Buffer.concat(chunks, size);
        if (body.length > cap) {
          dropped += body.length - cap;
          body = body.subarray(body.length - cap);
        }
        if (ok) finish(() => resolve({ status, body, truncated: dropped > 0, ...(dropped > 0 ? { dropped } : {}) }));
        else finish(refuse(status, body, res.headers['retry-after']));
      });
      res.on('error', (err) => finish(() => reject(errorFromNetwork(err, server, conn.proxy))));
      res.on('close', () => {
        if (settled) return;
        const body = Buffer.concat(chunks, size);
        finish(ok ? () => reject(clusterError('unreachable', 'fail.cluster.closedEarly', { server, path })) : refuse(status, body, res.headers['retry-after']));
      });
    });
    const timer = setTimeout(() => {
      finish(() => reject(clusterError('timeout', 'fail.cluster.timeout', { server, limit: formatMs(options.limitMs ?? options.timeoutMs) })));
      req.destroy();
    }, options.timeoutMs);
    req.on('error', (err) => finish(() => reject(errorFromNetwork(err, server, conn.proxy))));
    req.end(payload);
  });
}

export async function apiGetJson<T>(conn: Connection, path: string, options: Omit<RequestOptions, 'maxBytes' | 'truncate'>): Promise<T> {
  const { body } = await apiGet(conn, path, { ...options, maxBytes: MAX_JSON_BYTES, truncate: false });
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw clusterError('server', 'evidence.read.notJson', { path });
  }
}

