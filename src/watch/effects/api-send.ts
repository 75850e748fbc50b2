// The watcher's writes to the API server (Events, the Lease) and the Lease read: JSON through the one request
// function over the reader's connection, bounded by a deadline, failures mapped to ClusterError like every read.
import { apiRequest } from '../../cluster/api-request.js';
import type { Connection } from '../../cluster/connection.js';
import { ClusterError } from '../../contracts/cluster-errors.js';

export async function sendJson<T>(conn: Connection, method: 'GET' | 'POST' | 'PUT', path: string, body: unknown, timeoutMs: number): Promise<T> {
  const res = await apiRequest(conn, path, { method, ...(body !== undefined ? { body } : {}), maxBytes: 4 << 20, truncate: false, timeoutMs });
  try {
    return JSON.parse(res.body.toString('utf8')) as T;
  } catch {
    throw new ClusterError('server', `the cluster answered ${method} ${path} with something that is not JSON`);
  }
}
