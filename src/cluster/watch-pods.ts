// A watch on pods (`watch=true`, newline-delimited JSON) over the connection the reader uses (TLS, credentials),
// from a list's resourceVersion. It resolves when the server ends the stream (its timeout) and rejects with a
// ClusterError (`status` 410 when the version is gone) on an HTTP or network failure. The caller resumes,
// re-lists and backs off (src/watch/list-watch.ts); events are handed over as parsed, unchecked JSON.
import http from 'node:http';
import https from 'node:https';
import type { Pod } from '../k8s/index.js';
import { errorFromNetwork, errorFromStatus } from './api-errors.js';
import type { Connection } from './connection.js';
import { ClusterError } from '../contracts/cluster-errors.js';

export type PodWatchEvent =
  | { readonly type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK'; readonly object: Pod }
  | { readonly type: 'ERROR'; readonly object: { readonly code?: number; readonly reason?: string; readonly message?: string } };

export interface PodWatchSelection {
  /** undefined = every namespace. */
  readonly namespace?: string;
  readonly labelSelector?: string;
  /** e.g. `metadata.name=web-0`: one pod followed. */
  readonly fieldSelector?: string;
}

// The server ends a watch after this; we then resume from the last resourceVersion we saw.
const WATCH_TIMEOUT_S = 290;
// One watch event is one pod: a pod of several MB is already pathological.
const MAX_LINE_BYTES = 16 << 20;

export async function watchPods(conn: Connection, selection: PodWatchSelection, rv: string, onEvent: (e: PodWatchEvent) => void, signal: AbortSignal): Promise<void> {
  const path = selection.namespace ? `/api/v1/namespaces/${encodeURIComponent(selection.namespace)}/pods` : '/api/v1/pods';
  const url = new URL(conn.server.pathname.replace(/\/$/, '') + path, conn.server);
  url.searchParams.set('watch', 'true');
  url.searchParams.set('resourceVersion', rv);
  url.searchParams.set('allowWatchBookmarks', 'true');
  url.searchParams.set('timeoutSeconds', String(WATCH_TIMEOUT_S));
  if (selection.labelSelector) url.searchParams.set('labelSelector', selection.labelSelector);
  if (selection.fieldSelector) url.searchParams.set('fieldSelector', selection.fieldSelector);
  const headers = { ...(await conn.headers()), Accept: 'application/json', 'User-Agent': 'kubectl-crashcourse-watch' };
  const lib = url.protocol === 'http:' ? http : https;
  const server = conn.server.origin;

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve();
    };
    const req = lib.get(url, { agent: conn.agent, headers }, (res) => {
      const status = res.statusCode ?? 0;
      if (status !== 200) {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.length < 16 && chunks.push(c));
        res.on('end', () => finish(errorFromStatus(status, Buffer.concat(chunks), path)));
        res.on('error', (e) => finish(errorFromNetwork(e, server)));
        return;
      }
      let buffered = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffered += chunk;
        if (buffered.length > MAX_LINE_BYTES) {
          res.destroy();
          finish(new ClusterError('server', `a watch event from ${server} was larger than ${MAX_LINE_BYTES} bytes`));
          return;
        }
        let nl: number;
        while ((nl = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, nl).trim();
          buffered = buffered.slice(nl + 1);
          if (line === '') continue;
          let event: PodWatchEvent;
          try {
            event = JSON.parse(line) as PodWatchEvent;
          } catch {
            res.destroy();
            finish(new ClusterError('server', `the watch stream from ${server} sent something that is not JSON`));
            return;
          }
          onEvent(event);
        }
      });
      res.on('end', () => finish());
      res.on('error', (e) => finish(errorFromNetwork(e, server)));
      res.on('close', () => finish(signal.aborted ? undefined : new ClusterError('unreachable', `the watch connection to ${server} closed`)));
    });
    req.on('error', (e) => finish(signal.aborted ? undefined : errorFromNetwork(e, server)));
    const onAbort = (): void => {
      req.destroy();
      finish();
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort);
  });
}
