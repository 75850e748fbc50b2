// The trainer's control of a running training cluster: POST /crashcourse/v1/reset[?scenario=NAME | ?pod=NS/NAME]
// (the scenario a pod belongs to; with dryRun=true only the names that would be reset), answered
// only to loopback clients that present the cluster's admin token. The token is written next to the
// kubeconfig (<kubeconfig>.admin.json, mode 0600), so only whoever can read that kubeconfig can reset.
import { UserError } from '../errors.js';
import { userError } from '../i18n/user-error.js';
import { timingSafeEqual } from 'node:crypto';
import { constants } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const RESET_PATH = '/crashcourse/v1/reset';

export const adminFilePath = (kubeconfig: string): string => `${kubeconfig}.admin.json`;

export async function writeAdminFile(kubeconfig: string, url: string, token: string): Promise<void> {
  try {
    // O_NOFOLLOW: the token must not land wherever a planted symbolic link points (as for the kubeconfig itself).
    const flag = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
    await writeFile(adminFilePath(kubeconfig), `${JSON.stringify({ url, token })}\n`, { mode: 0o600, flag });
  } catch (e) {
    throw userError('fail.training.adminFile', { path: adminFilePath(kubeconfig), why: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function reply(res: ServerResponse, code: number, body: unknown): true {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
  return true;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Handles the admin path (true) or leaves the request to the API (false). */
export function createAdminHandler(token: string, reset: (scenario?: string) => string[], scenariosOfPod: (namespace: string, name: string) => string[] = () => []) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/crashcourse/')) return false;
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return reply(res, 403, { error: 'the admin endpoint answers loopback clients only' });
    if (url.pathname !== RESET_PATH) return reply(res, 404, { error: 'no such admin path' });
    if (req.method !== 'POST') return reply(res, 405, { error: 'use POST' });
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!sameToken(auth, token)) return reply(res, 401, { error: 'wrong or missing admin token' });
    req.resume();
    try {
      const pod = url.searchParams.get('pod');
      if (pod !== null) {
        const [namespace, name] = pod.includes('/') ? [pod.slice(0, pod.indexOf('/')), pod.slice(pod.indexOf('/') + 1)] : ['default', pod];
        const names = scenariosOfPod(namespace, name);
        if (!names.length) return reply(res, 404, { error: `no scenario serves pod ${namespace}/${name} or its namespace` });
        if (url.searchParams.get('dryRun') === 'true') return reply(res, 200, { reset: names, dryRun: true });
        return reply(res, 200, { reset: names.flatMap((n) => reset(n)) });
      }
      const scenario = url.searchParams.get('scenario') || undefined;
      return reply(res, 200, { reset: reset(scenario) });
    } catch (e) {
      return reply(res, e instanceof UserError ? 404 : 500, { error: (e as Error).message });
    }
  };
}
