// A loopback HTTP proxy in front of the training cluster that can hold chosen answers: the request reaches the
// cluster (so a create has happened) but the client hears nothing until it is released. It records every
// changing request, so a test can show that nothing but the copy was written. Upgrades (kubectl exec) pass
// through untouched.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface HoldingProxy {
  readonly url: string;
  /** "METHOD path" of every request that is not a GET. */
  readonly writes: string[];
  /** Hold the answers to requests that match, until release(). Resolves `held` on the first one held. */
  hold(match: (method: string, path: string) => boolean): Promise<void>;
  release(): void;
  close(): Promise<void>;
}

export async function startHoldingProxy(upstream: string): Promise<HoldingProxy> {
  const target = new URL(upstream);
  const writes: string[] = [];
  const sockets = new Set<Socket>();
  let rule: ((method: string, path: string) => boolean) | undefined;
  let onHeld: () => void = () => undefined;
  let released: Promise<void> = Promise.resolve();
  let release: () => void = () => undefined;

  const forward = (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    if (method !== 'GET') writes.push(`${method} ${path}`);
    const held = rule?.(method, path) === true;
    const up = request({ host: target.hostname, port: target.port, method, path, headers: req.headers }, (answer) => {
      const send = (): void => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      };
      if (!held) return send();
      onHeld();
      void released.then(send);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  };
  const server: Server = createServer(forward);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const up = connect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      up.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    sockets.add(up);
    up.on('close', () => sockets.delete(up));
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    writes,
    hold: (match) => {
      rule = match;
      released = new Promise<void>((r) => (release = r));
      return new Promise<void>((r) => (onHeld = r));
    },
    release: () => {
      rule = undefined;
      release();
    },
    close: () =>
      new Promise<void>((r) => {
        release();
        server.close(() => r());
        for (const s of sockets) s.destroy();
      }),
  };
}
