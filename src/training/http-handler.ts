// One HTTP request → one answer: discovery, health, then resource routes with --forbid applied; every failure
// leaves as a v1.Status. Only loopback clients reach this (the server binds 127.0.0.1).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pod } from '../k8s/index.js';
import { ApiError, badRequest, forbidden, internalError, methodNotAllowed, noSuchPath, notFound } from './api-status.js';
import type { ClusterState } from './cluster-state.js';
import { aggregatedDiscovery, aggregatedVersion, legacyApiVersions, legacyGroup, legacyGroupList, legacyResourceList, versionInfo, type DiscoveryDoc } from './discovery.js';
import { listBody, objectBody } from './list-objects.js';
import { openApiV3Document, openApiV3Index } from './openapi/openapi-v3.js';
import { openApiV2 } from './openapi/openapi-v2.js';
import { writerFor } from './patch/index.js';
import { OPENAPI_V2_PROTOBUF } from './openapi/openapi-v2-protobuf.js';
import { podLog } from './pod-logs.js';
import { parseApiPath, type ResourceTarget } from './request-target.js';
import { serveWatch } from './watch-objects.js';
import { isPatchType, parsePatchBody, PatchError, PATCH_TYPES, type Json, type PatchType } from './patch/index.js';
import { patchObject, replaceObject, scaleOf } from './update-objects.js';
import { selfSubjectRulesReview } from './rules-review.js';
import { createObject, deleteObject, parseBody, patchEphemeralContainers, selfSubjectAccessReview } from './write-objects.js';

const MAX_BODY = 8 * 1024 * 1024;
const UPDATABLE = new Set(['', 'status', 'scale']);

const unsupportedPatch = (contentType: string): ApiError =>
  new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(', ')} (got ${contentType || 'none'})`);

function parsePatch(type: PatchType, body: Buffer): Json {
  try {
    return parsePatchBody(type, body.toString('utf8'));
  } catch (e) {
    if (e instanceof PatchError) throw badRequest(e.message);
    throw e;
  }
}

function send(res: ServerResponse, code: number, body: string | Buffer, contentType = 'application/json'): void {
  res.writeHead(code, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache, private' });
  res.end(body);
}

const sendDoc = (res: ServerResponse, doc: DiscoveryDoc): void => send(res, 200, doc.body, doc.contentType);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiError(413, 'RequestEntityTooLarge', 'request entity too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function verbOf(method: string, target: ResourceTarget, query: URLSearchParams): string {
  const watch = query.get('watch') === 'true' || query.get('watch') === '1';
  switch (method) {
    case 'GET':
      return target.name === undefined ? (watch ? 'watch' : 'list') : target.subresource === 'exec' || target.subresource === 'attach' ? 'create' : 'get';
    case 'POST':
      return 'create';
    case 'DELETE':
      return target.name === undefined ? 'deletecollection' : 'delete';
    case 'PATCH':
      return 'patch';
    case 'PUT':
      return 'update';
    default:
      return method.toLowerCase();
  }
}

export function checkAccess(state: ClusterState, verb: string, target: ResourceTarget): void {
  const { type } = target;
  if (state.forbidden({ verb, group: type.group, resource: type.resource, subresource: target.subresource })) {
    throw forbidden(state.user, verb, type.resource, target.subresource, type.group, target.namespace, target.name);
  }
}

export function createRequestHandler(state: ClusterState, onWatchClose: (stop: () => void) => () => void) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (state.latency > 0) await new Promise((r) => setTimeout(r, state.latency));
      await route(state, req, res, onWatchClose);
    } catch (e) {
      const err = e instanceof ApiError ? e : internalError(`the training cluster failed: ${(e as Error).message}`);
      if (!res.headersSent) send(res, err.code, err.body());
      else res.destroy();
    }
  };
}

async function route(state: ClusterState, req: IncomingMessage, res: ServerResponse, onWatchClose: (stop: () => void) => () => void): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const accept = req.headers.accept;

  if (method === 'GET') {
    if (path === '/version') return sendDoc(res, versionInfo(state.serverMinor));
    if (path === '/healthz' || path === '/readyz' || path === '/livez') return send(res, 200, 'ok', 'text/plain; charset=utf-8');
    if (path === '/api' || path === '/apis') {
      const v = aggregatedVersion(accept);
      if (v) return sendDoc(res, aggregatedDiscovery(v, path === '/api'));
      return sendDoc(res, path === '/api' ? legacyApiVersions() : legacyGroupList());
    }
    if (path === '/openapi/v2') {
      const v2 = await openApiV2();
      // kubectl 1.27/1.28 accept only gnostic's protobuf here (as octet-stream: Go's mime parser refuses the
      // "@" in the type they ask for); a browser or curl gets the JSON.
      return (accept ?? '').includes(OPENAPI_V2_PROTOBUF) ? send(res, 200, v2.protobuf, 'application/octet-stream') : send(res, 200, v2.json);
    }
    if (path === '/openapi/v3') return send(res, 200, await openApiV3Index());
    if (path.startsWith('/openapi/v3/')) {
      const doc = await openApiV3Document(path.slice('/openapi/v3/'.length));
      if (!doc) throw noSuchPath();
      return send(res, 200, doc.body);
    }
    const group = /^\/apis\/([^/]+)$/.exec(path);
    if (group) {
      const doc = legacyGroup(group[1]!);
      if (doc) return sendDoc(res, doc);
      throw noSuchPath();
    }
  }

  const parsed = parseApiPath(path);
  if (!parsed) throw noSuchPath();
  if (parsed.kind === 'group-version') {
    const doc = method === 'GET' ? legacyResourceList(parsed.group, parsed.version) : undefined;
    if (!doc) throw noSuchPath();
    return sendDoc(res, doc);
  }
  const target = parsed.target;
  const { type } = target;
  const query = url.searchParams;
  const verb = verbOf(method, target, query);
  if (!type.verbs.includes(verb) && !target.subresource) throw methodNotAllowed();
  checkAccess(state, verb, target);
  const now = Date.now();

  if (method === 'GET') {
    if (target.name === undefined) {
      if (verb === 'watch') return serveWatch(state.store, type, target.namespace, undefined, query, req, res, onWatchClose);
      return send(res, 200, listBody(state.store, type, target.namespace, query, accept, now));
    }
    const entry = state.store.get(type.storage, target.namespace, target.name);
    if (!entry) throw notFound(type.resource, type.group, target.name);
    if (target.subresource === 'log') return servePodLog(state, entry.obj as Pod, query, req, res);
    if (target.subresource === 'scale') return send(res, 200, JSON.stringify(scaleOf(entry.obj)));
    if (target.subresource && target.subresource !== 'status' && target.subresource !== 'ephemeralcontainers') throw methodNotAllowed();
    return send(res, 200, objectBody(type, entry, accept, query, state.store.resourceVersion, now));
  }

  if (method === 'POST' && target.name === undefined) {
    const raw = parseBody(await readBody(req), req.headers['content-type']);
    const written =
      type.resource === 'selfsubjectaccessreviews' ? selfSubjectAccessReview(state, raw)
      : type.resource === 'selfsubjectrulesreviews' ? selfSubjectRulesReview(state, raw)
      : createObject(state, target, raw, isDryRun(query), await writerFor(query, req.headers['user-agent'], type, now));
    return send(res, written.code, written.body);
  }
  if (method === 'DELETE' && target.name !== undefined && !target.subresource) {
    const body = await readBody(req);
    const raw = body.length ? parseBody(body, req.headers['content-type']) : undefined;
    const written = deleteObject(state, target, query, raw, isDryRun(query));
    return send(res, written.code, written.body);
  }
  if (method === 'PATCH' && type.storage === 'pods' && target.subresource === 'ephemeralcontainers') {
    const raw = parseBody(await readBody(req), req.headers['content-type']);
    const written = patchEphemeralContainers(state, target, raw);
    return send(res, written.code, written.body);
  }
  if (method === 'PATCH' && target.name !== undefined && UPDATABLE.has(target.subresource)) {
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (!isPatchType(contentType)) throw unsupportedPatch(contentType);
    const patch = parsePatch(contentType, await readBody(req));
    const written = patchObject(state, target, contentType, patch, isDryRun(query), await writerFor(query, req.headers['user-agent'], type, now));
    return send(res, written.code, written.body);
  }
  if (method === 'PUT' && target.name !== undefined && UPDATABLE.has(target.subresource)) {
    const raw = parseBody(await readBody(req), req.headers['content-type']);
    const written = replaceObject(state, target, raw, isDryRun(query), await writerFor(query, req.headers['user-agent'], type, now));
    return send(res, written.code, written.body);
  }
  throw methodNotAllowed();
}

// The apiserver's server-side dry run: validate and answer as if written, change nothing. Only "All" exists.
function isDryRun(query: URLSearchParams): boolean {
  const values = query.getAll('dryRun');
  for (const v of values) {
    if (v !== 'All') throw new ApiError(400, 'BadRequest', `dryRun: Unsupported value: "${v}": supported values: "All"`);
  }
  return values.length > 0;
}

async function servePodLog(state: ClusterState, pod: Pod, query: URLSearchParams, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const num = (key: string): number | undefined => {
    const v = query.get(key);
    if (v === null || v === '') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new ApiError(400, 'BadRequest', `${key}: Invalid value: "${v}"`);
    return n;
  };
  const flag = (key: string): boolean => query.get(key) === 'true' || query.get(key) === '1';
  const sinceTime = query.get('sinceTime');
  const sinceSeconds = num('sinceSeconds') ?? (sinceTime ? Math.max(0, (Date.now() - Date.parse(sinceTime)) / 1000) : undefined);
  const tailLines = num('tailLines');
  const limitBytes = num('limitBytes');
  const container = query.get('container') || undefined;
  const result = await podLog(
    pod,
    { ...(container ? { container } : {}), previous: flag('previous'), ...(tailLines !== undefined ? { tailLines } : {}), ...(limitBytes !== undefined ? { limitBytes } : {}), ...(sinceSeconds !== undefined ? { sinceSeconds } : {}), timestamps: flag('timestamps') },
    state.logs,
    Date.now(),
  );
  if (!flag('follow') || !result.running) return send(res, 200, result.bytes, 'text/plain');
  // Following a running container: keep the stream open until that run ends or the client leaves.
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' });
  res.write(result.bytes);
  const ns = pod.metadata.namespace ?? 'default';
  const stillRunning = (p: Pod | undefined): boolean =>
    Boolean(p && [...(p.status?.containerStatuses ?? []), ...(p.status?.ephemeralContainerStatuses ?? [])].find((c) => c.name === result.container)?.state?.running);
  const unsubscribe = state.store.subscribe('pods', (c) => {
    if ((c.entry.obj.metadata.namespace ?? 'default') !== ns || c.entry.obj.metadata.name !== pod.metadata.name) return;
    if (c.type === 'DELETED' || !stillRunning(c.entry.obj as Pod)) stop();
  });
  const stop = (): void => {
    unsubscribe();
    if (!res.writableEnded) res.end();
  };
  req.on('close', stop);
}
