// /metrics, /healthz (the process answers), /readyz (the watcher has listed the cluster once, or is a standby
// replica waiting for the Lease) and whatever routes the caller adds. GET only except for those routes.
import { userError } from '../i18n/user-error.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface MetricsServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

export async function startMetricsServer(registry: Registry, host: string, port: number, ready: () => boolean, routes: Readonly<Record<string, Route>> = {}): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routes[path];
    if (route) {
      route(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('internal error\n');
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'method not allowed\n');
    if (path === '/healthz') return text(res, 200, 'ok\n');
    if (path === '/readyz') return ready() ? text(res, 200, 'ok\n') : text(res, 503, 'not ready: the first list of pods has not finished\n');
    if (path === '/metrics') {
      registry.metrics().then(
        (body) => {
          res.writeHead(200, { 'Content-Type': registry.contentType });
          res.end(body);
        },
        () => text(res, 500, 'metrics unavailable\n'),
      );
      return;
    }
    text(res, 404, 'not found\n');
  });
  const bound = await new Promise<number>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(userError('scenario.metrics.listen', { address: `${host}:${port}`, why: e.code ?? e.message })));
    server.listen(port, host, () => {
      const a = server.address();
      resolve(typeof a === 'object' && a ? a.port : port);
    });
  });
  return {
    port: bound,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(body);
}
