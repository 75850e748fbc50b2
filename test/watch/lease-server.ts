// A small Lease API on loopback that enforces resourceVersion conflicts like the API server, for the
// leader-election unit tests that need a lease server and nothing else (the training cluster serves Leases too).
import http from 'node:http';

interface Stored { metadata: { name: string; namespace: string; resourceVersion: string }; spec: Record<string, unknown> }

export async function leaseServer() {
  let lease: Stored | undefined;
  let rv = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = (code: number, body: unknown) => {
        res.writeHead(code, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const status = (code: number, reason: string) => reply(code, { kind: 'Status', status: 'Failure', reason, code, message: reason });
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Stored) : undefined;
      if (!req.url?.startsWith('/apis/coordination.k8s.io/v1/namespaces/ops/leases')) return status(404, 'NotFound');
      if (req.method === 'GET') return lease ? reply(200, lease) : status(404, 'NotFound');
      if (req.method === 'POST') {
        if (lease) return status(409, 'AlreadyExists');
        lease = { ...body!, metadata: { ...body!.metadata, resourceVersion: String(++rv) } };
        return reply(201, lease);
      }
      if (req.method === 'PUT') {
        if (!lease || body!.metadata.resourceVersion !== lease.metadata.resourceVersion) return status(409, 'Conflict');
        lease = { ...body!, metadata: { ...body!.metadata, resourceVersion: String(++rv) } };
        return reply(200, lease);
      }
      status(405, 'MethodNotAllowed');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { port, holder: () => lease?.spec['holderIdentity'], close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

