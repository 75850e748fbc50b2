// The training registry: the read side of the OCI distribution API under /v2/ (manifests, indexes, blobs)
// plus an anonymous token endpoint, so image lookups work offline. Mounted by the training cluster's server.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildRegistryContent, type Repository, type Stored } from './registry-content.js';
import type { TrainingImage } from './training-images.js';

export type RegistryHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const SERVICE = 'kubectl-crashcourse-training';
const ROUTE = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/;

export function createRegistryHandler(images: Readonly<Record<string, TrainingImage>>): RegistryHandler {
  const content = buildRegistryContent(images);
  /** token → the repository path it grants pull on */
  const tokens = new Map<string, string>();

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://registry.invalid');
    if (url.pathname !== '/v2' && !url.pathname.startsWith('/v2/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'UNSUPPORTED', 'the training registry is read-only');
      return true;
    }
    if (url.pathname === '/v2' || url.pathname === '/v2/') {
      send(res, req, 200, { 'content-type': 'application/json' }, Buffer.from('{}'));
      return true;
    }
    if (url.pathname === '/v2/token') {
      const scope = url.searchParams.get('scope') ?? '';
      const m = /^repository:([^:]+):pull(?:,\w+)*$/.exec(scope);
      if (!m) {
        sendError(res, 400, 'DENIED', 'scope must be repository:<name>:pull');
        return true;
      }
      const token = randomBytes(18).toString('base64url');
      tokens.set(token, m[1]!);
      send(res, req, 200, { 'content-type': 'application/json' }, Buffer.from(JSON.stringify({ token, access_token: token, expires_in: 300 })));
      return true;
    }
    const route = ROUTE.exec(url.pathname);
    if (!route) {
      sendError(res, 404, 'NAME_UNKNOWN', 'no such endpoint in the training registry');
      return true;
    }
    const [, name, kind, reference] = route as unknown as [string, string, string, string];
    const key = repositoryKey(name, url.searchParams.get('ns'));
    const repo = content.repositories.get(key);
    if (!repo) {
      sendError(res, 404, 'NAME_UNKNOWN', `repository ${key} is not served by the training registry`);
      return true;
    }
    if (!authorized(repo, name, req, tokens)) {
      res.setHeader('www-authenticate', `Bearer realm="http://${req.headers.host ?? '127.0.0.1'}/v2/token",service="${SERVICE}",scope="repository:${name}:pull"`);
      sendError(res, 401, 'UNAUTHORIZED', 'authentication required');
      return true;
    }
    const digest = kind === 'manifests' && !reference.includes(':') ? repo.tags.get(reference) : reference;
    const stored = digest ? content.objects.get(digest) : undefined;
    if (!stored || (kind === 'manifests') === isBlob(stored)) {
      sendError(res, 404, kind === 'manifests' ? 'MANIFEST_UNKNOWN' : 'BLOB_UNKNOWN', `${name}: ${reference} not found`);
      return true;
    }
    send(res, req, 200, { 'content-type': stored.mediaType, 'docker-content-digest': stored.digest }, stored.bytes);
    return true;
  };
}

/** containerd-style mirror requests carry the upstream host in ?ns=; a path may also start with a host. */
function repositoryKey(name: string, ns: string | null): string {
  if (ns) return `${ns === 'index.docker.io' || ns === 'registry-1.docker.io' ? 'docker.io' : ns}/${name}`;
  const first = name.split('/')[0] ?? '';
  return first.includes('.') || first.includes(':') || first === 'localhost' ? name : `docker.io/${name}`;
}

function authorized(repo: Repository, name: string, req: IncomingMessage, tokens: Map<string, string>): boolean {
  if (repo.auth !== 'token') return true;
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return Boolean(m && tokens.get(m[1]!) === name);
}

const isBlob = (s: Stored): boolean => !/manifest|index/.test(s.mediaType);

function send(res: ServerResponse, req: IncomingMessage, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, { ...headers, 'content-length': String(body.length), 'docker-distribution-api-version': 'registry/2.0' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = Buffer.from(JSON.stringify({ errors: [{ code, message, detail: {} }] }));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(body.length), 'docker-distribution-api-version': 'registry/2.0' });
  res.end(body);
}
