// The watcher's writes to the API server (Events, the Lease) and the Lease read: JSON over the reader's
// connection, bounded by a deadline, failures mapped to ClusterError like every read.
import http from 'node:http';
import https from 'node:https';
import { errorFromNetwork, errorFromStatus } from '../../cluster/api-errors.js';
import type { Connection } from '../../cluster/connection.js';
import { ClusterError } from '../../contracts/cluster-errors.js';

export async function sendJson<T>(conn: Connection, method: 'GET' | 'POST' | 'PUT', path: string, body: unknown, timeoutMs: number): Promise<T> {
  const url = new URL(conn.server.pathname.replace(/\/$/, '') + path, conn.server);
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers: Record<string, string> = { ...(await conn.headers()), Accept: 'application/json', 'User-Agent': 'kubectl-crashcourse-watch' };
  if (payload) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(payload.length);
  }
  const lib = url.protocol === 'http:' ? http : https;
  return new Promise<T>((resolve, reject) => {
    const req = lib.request(url, { method, agent: conn.agent, headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= 4 << 20) chunks.push(c);
      });
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks);
        if (status < 200 || status >= 300) return reject(errorFromStatus(status, text, path));
        try {
          resolve(JSON.parse(text.toString('utf8')) as T);
        } catch {
          reject(new ClusterError('server', `the cluster answered ${method} ${path} with something that is not JSON`));
        }
      });
      res.on('error', (e) => reject(errorFromNetwork(e, conn.server.origin)));
    });
    req.on('timeout', () => req.destroy(new ClusterError('timeout', `${method} ${path} got no answer within ${timeoutMs} ms`)));
    req.on('error', (e) => reject(e instanceof ClusterError ? e : errorFromNetwork(e, conn.server.origin)));
    req.end(payload);
  });
}
