// A deliberately tiny Kubernetes API for the exec and protobuf tests: discovery, GET pod, POST pod (recorded),
// and exec upgrades routed to serveRemoteCommand. The real training cluster lives in src/training/.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pod } from '../../src/k8s/objects.js';
import { rejectUpgrade, serveRemoteCommand, sessionFromQuery, type ContainerContext } from '../../src/training/exec/index.js';
import { decodePodProtobuf, PROTOBUF_CONTENT_TYPE } from '../../src/training/protobuf/index.js';

/** The busybox container `api` in namespace shop that the exec wire tests open a shell in. */
export const BUSYBOX_API: ContainerContext = {
  podName: 'api',
  namespace: 'shop',
  container: 'app',
  image: 'busybox:1.36',
  env: { LOG_LEVEL: 'debug' },
  files: { '/etc/config/app.yaml': 'port: 8080\n' },
  hasShell: true,
};

export interface FakeApi {
  readonly url: string;
  readonly kubeconfig: string;
  readonly kubeconfigPath: string;
  readonly cacheDir: string;
  /** Bodies POSTed to .../pods, as sent. */
  readonly created: { contentType: string; body: Buffer }[];
  close(): Promise<void>;
}

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

const podsDiscovery = {
  kind: 'APIGroupDiscoveryList',
  apiVersion: 'apidiscovery.k8s.io/v2',
  items: [
    {
      metadata: {},
      versions: [
        {
          version: 'v1',
          freshness: 'Current',
          resources: [
            {
              resource: 'pods',
              responseKind: { group: '', version: 'v1', kind: 'Pod' },
              scope: 'Namespaced',
              singularResource: 'pod',
              verbs: ['create', 'delete', 'get', 'list', 'patch'],
              shortNames: ['po'],
              categories: ['all'],
              subresources: ['exec', 'attach', 'log'].map((subresource) => ({
                subresource,
                responseKind: { group: '', version: 'v1', kind: subresource === 'log' ? 'Pod' : 'Status' },
                verbs: subresource === 'log' ? ['get'] : ['create', 'get'],
              })),
            },
          ],
        },
      ],
    },
  ],
};

export async function startFakeApi(options: { pods: readonly Pod[]; containers?: Readonly<Record<string, ContainerContext>> }): Promise<FakeApi> {
  const created: FakeApi['created'] = [];
  const findPod = (ns: string, name: string): Pod | undefined =>
    options.pods.find((p) => p.metadata.name === name && (p.metadata.namespace ?? 'default') === ns);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => route(req, res, Buffer.concat(chunks)));
  });

  function route(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (code: number, value: unknown, type = 'application/json'): void => {
      res.writeHead(code, { 'Content-Type': type });
      res.end(JSON.stringify(value));
    };
    if (url.pathname === '/version') return json(200, { major: '1', minor: '32', gitVersion: 'v1.32.4', platform: 'linux/amd64' });
    if (url.pathname === '/api') return json(200, podsDiscovery, AGGREGATED);
    if (url.pathname === '/apis') return json(200, { ...podsDiscovery, items: [] }, AGGREGATED);
    const podPath = /^\/api\/v1\/namespaces\/([^/]+)\/pods(?:\/([^/]+))?$/.exec(url.pathname);
    if (podPath && req.method === 'GET' && podPath[2]) {
      const pod = findPod(podPath[1] as string, podPath[2]);
      return pod ? json(200, { apiVersion: 'v1', kind: 'Pod', ...pod }) : json(404, notFound(podPath[2]));
    }
    if (podPath && req.method === 'POST' && !podPath[2]) {
      const contentType = req.headers['content-type'] ?? '';
      created.push({ contentType, body });
      const pod = contentType.startsWith(PROTOBUF_CONTENT_TYPE) ? decodePodProtobuf(body) : (JSON.parse(body.toString()) as Pod);
      return json(201, { ...pod, metadata: { ...pod.metadata, namespace: podPath[1], uid: 'created-1', resourceVersion: '2' } });
    }
    json(404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404 });
  }

  const upgraded = new Set<Duplex>();
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/(exec|attach)$/.exec(url.pathname);
    const ctx = m ? options.containers?.[m[2] as string] : undefined;
    if (!m || !ctx || !findPod(m[1] as string, m[2] as string)) {
      rejectUpgrade(socket, { code: 404, reason: 'NotFound', message: `pods "${m?.[2] ?? '?'}" not found` });
      return;
    }
    serveRemoteCommand(req, socket, head, sessionFromQuery(url.searchParams, ctx));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const dir = await mkdtemp(join(tmpdir(), 'exec-test-'));
  const url = `http://127.0.0.1:${port}`;
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{ name: fake, cluster: { server: "${url}", insecure-skip-tls-verify: true } }]`,
    'users: [{ name: trainee, user: {} }]',
    'contexts: [{ name: fake, context: { cluster: fake, user: trainee, namespace: default } }]',
    'current-context: fake',
    '',
  ].join('\n');
  const kubeconfigPath = join(dir, 'kubeconfig');
  await writeFile(kubeconfigPath, kubeconfig);
  return {
    url,
    kubeconfig,
    kubeconfigPath,
    cacheDir: join(dir, 'cache'),
    created,
    close: async () => {
      server.closeAllConnections();
      // Sessions still closing (a close frame in flight) would keep server.close() waiting.
      for (const socket of upgraded) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const notFound = (name: string): unknown => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: `pods "${name}" not found`,
  reason: 'NotFound',
  details: { name, kind: 'pods' },
  code: 404,
});

export interface KubectlResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs kubectl from an argv against the fake API, with its own kubeconfig and discovery cache. */
export function runKubectl(api: FakeApi, args: readonly string[], stdin?: string): Promise<KubectlResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'kubectl',
      ['--kubeconfig', api.kubeconfigPath, '--cache-dir', api.cacheDir, ...args],
      { env: { ...process.env, KUBECONFIG: api.kubeconfigPath }, timeout: 25_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (stdin !== undefined) child.stdin?.end(stdin);
    else child.stdin?.end();
  });
}

/** Why kubectl tests cannot run here, or undefined when they can. */
export function kubectlMissing(): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('kubectl', ['version', '--client'], { timeout: 10_000 }, (error) => {
      resolve(error ? `kubectl is not runnable here (${(error as NodeJS.ErrnoException).code ?? error.message})` : undefined);
    });
  });
}

export interface PtyStep {
  /** Wait (with a deadline) until the screen shows this text `count` times… */
  readonly until: string;
  readonly count: number;
  /** …then type this. */
  readonly send: string;
}

// Node has no pseudo-terminal of its own; Python's pty module gives kubectl -it the terminal it insists on.
const PTY_DRIVER = `
import json, os, pty, select, sys, time
argv, steps = json.loads(sys.argv[1]), json.loads(sys.argv[2])
pid, fd = pty.fork()
if pid == 0:
    os.execvp('kubectl', ['kubectl'] + argv)
out = b''
def read_until(done, deadline):
    global out
    while not done() and time.time() < deadline:
        if select.select([fd], [], [], 0.05)[0]:
            try:
                out += os.read(fd, 4096)
            except OSError:
                return
for step in steps:
    read_until(lambda: out.decode(errors='replace').count(step['until']) >= step['count'], time.time() + 10)
    os.write(fd, step['send'].encode())
# Reading fails with EIO once kubectl has exited and the terminal is gone.
read_until(lambda: False, time.time() + 10)
_, status = os.waitpid(pid, 0)
print(json.dumps({'output': out.decode(errors='replace'), 'exit': os.waitstatus_to_exitcode(status)}))
`;

/** Runs kubectl on a pseudo-terminal, typing each step's input once its prompt shows; a string says why it cannot. */
export async function runOnPty(kubectlArgs: readonly string[], steps: readonly PtyStep[]): Promise<{ output: string; exit: number } | string> {
  const python = await new Promise<boolean>((resolve) => execFile('python3', ['-c', 'import pty'], (e) => resolve(!e)));
  if (!python) return 'python3 (for a pseudo-terminal) is not available';
  return new Promise((resolve, reject) =>
    execFile('python3', ['-c', PTY_DRIVER, JSON.stringify(kubectlArgs), JSON.stringify(steps)], { timeout: 25_000 }, (e, out) =>
      e ? reject(e) : resolve(JSON.parse(out) as { output: string; exit: number }),
    ),
  );
}
