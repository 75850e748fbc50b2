// How to talk to the API server of a resolved target: an agent carrying TLS settings and client certificates,
// and the headers that authenticate us. Static credentials are applied here; exec plugins and auth providers
// go through client-node's KubeConfig (loaded lazily: it costs start-up time the common case does not need).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../errors.js';
import type { ResolvedTarget } from '../target/index.js';
import type { KubeConfig } from '@kubernetes/client-node';
import { formatMs, requestTimeoutMs, waitingOn } from './request-timeout.js';
import { userError } from '../i18n/user-error.js';

export interface Connection {
  readonly server: URL;
  /** The cluster's proxy-url, when requests go through one: its failures are the proxy's, not the cluster's. */
  readonly proxy?: string;
  readonly agent: http.Agent;
  /** Authentication headers for the next request (exec credentials may be refreshed). */
  headers(): Promise<Record<string, string>>;
}

// One connection per resolved target for the whole process: the reads (diagnose, scan, the wizard, watch), the
// override's writes and the wizard's API fallback all end up here, so they share the agent (one TLS session,
// one pool of sockets) and the credentials — an exec plugin runs once for all of them, and a token cannot differ
// between what was read and what is written. The key is the resolved entries themselves, so an edited
// kubeconfig, another --context or another user is another connection.
const open = new Map<string, Promise<Connection>>();

export function openConnection(target: ResolvedTarget): Promise<Connection> {
  const key = JSON.stringify([target.server, target.clusterName, target.cluster, target.userName, target.user, target.clusterDir, target.userDir]);
  let conn = open.get(key);
  if (!conn) {
    conn = connect(target);
    open.set(key, conn);
    // A failure (a plugin that timed out, a missing certificate file) is not kept: the next try starts afresh.
    conn.catch(() => open.delete(key));
  }
  return conn;
}

async function connect(target: ResolvedTarget): Promise<Connection> {
  let server: URL;
  try {
    server = new URL(target.server);
  } catch {
    throw userError('fail.cluster.badServer', { cluster: target.clusterName, server: target.server });
  }
  const u = target.user;
  const proxy = target.cluster['proxy-url'];
  if (proxy !== undefined && (typeof proxy !== 'string' || !/^(https?|socks[45]?h?):\/\//.test(proxy))) {
    throw userError('fail.cluster.badProxy', { cluster: target.clusterName, proxy: String(proxy) });
  }
  if (u['exec'] || u['auth-provider'] || proxy) return { ...(await clientNodeConnection(target, server)), ...(proxy ? { proxy } : {}) };

  const c = target.cluster;
  const tls: https.AgentOptions = { keepAlive: true };
  if (c['insecure-skip-tls-verify'] === true) tls.rejectUnauthorized = false;
  if (typeof c['tls-server-name'] === 'string') tls.servername = c['tls-server-name'];
  const ca = material(c['certificate-authority-data'], c['certificate-authority'], target.clusterDir, 'certificate-authority');
  if (ca) tls.ca = ca;
  const cert = material(u['client-certificate-data'], u['client-certificate'], target.userDir, 'client-certificate');
  const key = material(u['client-key-data'], u['client-key'], target.userDir, 'client-key');
  if (cert) tls.cert = cert;
  if (key) tls.key = key;

  const headers: Record<string, string> = {};
  const token = typeof u['token'] === 'string' && u['token'] ? u['token'] : tokenFromFile(u['tokenFile'], target.userDir);
  if (token) headers['Authorization'] = `Bearer ${token}`;
  else if (typeof u['username'] === 'string') {
    headers['Authorization'] = `Basic ${Buffer.from(`${u['username']}:${String(u['password'] ?? '')}`).toString('base64')}`;
  }
  if (typeof u['as'] === 'string') headers['Impersonate-User'] = u['as'];
  const agent = server.protocol === 'http:' ? new http.Agent({ keepAlive: true }) : new https.Agent(tls);
  return { server, agent, headers: async () => headers };
}

function material(data: unknown, file: unknown, dir: string, what: string): Buffer | undefined {
  if (typeof data === 'string' && data) return Buffer.from(data, 'base64');
  if (typeof file === 'string' && file) {
    const path = isAbsolute(file) ? file : join(dir, file);
    try {
      return readFileSync(path);
    } catch (err) {
      throw userError('fail.cluster.materialUnreadable', { what, path, code: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
  }
  return undefined;
}

function tokenFromFile(file: unknown, dir: string): string | undefined {
  const buf = material(undefined, file, dir, 'tokenFile');
  return buf?.toString('utf8').trim() || undefined;
}

async function clientNodeConnection(target: ResolvedTarget, server: URL): Promise<Connection> {
  // Marked before the lazy import: on a loaded machine loading client-node alone can outlast a short deadline,
  // and the deadline must still name what the command was waiting for.
  const loading = target.user['exec'] ? waitingOn(target.userName ?? 'anonymous') : () => undefined;
  let KubeConfig: typeof import('@kubernetes/client-node').KubeConfig;
  try {
    ({ KubeConfig } = await import('@kubernetes/client-node'));
  } finally {
    loading();
  }
  const kc = new KubeConfig();
  // One context holding just what we resolved; loadFromString turns kubeconfig keys into client-node's shape.
  kc.loadFromString(
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: target.clusterName, cluster: target.cluster }],
      users: [{ name: target.userName ?? 'anonymous', user: target.user }],
      contexts: [{ name: target.contextName, context: { cluster: target.clusterName, user: target.userName ?? 'anonymous' } }],
      'current-context': target.contextName,
    }),
  );
  kc.makePathsAbsolute(target.clusterDir);
  const first: https.RequestOptions = {};
  await credentials(kc, first, target.userName);
  const agent = (first.agent as http.Agent | undefined) ?? new https.Agent({ keepAlive: true });
  const toHeaders = (opts: https.RequestOptions): Record<string, string> =>
    Object.fromEntries(Object.entries(opts.headers ?? {}).map(([k, v]) => [k, String(v)]));
  // A plugin is a process per call: reuse its answer for a while, as kubectl does within one run. client-node
  // itself refreshes earlier when the credential carries an expiry.
  let cached = { at: Date.now(), headers: toHeaders(first) };
  return {
    server,
    agent,
    headers: async () => {
      if (Date.now() - cached.at > CREDENTIAL_REUSE_MS) {
        const opts: https.RequestOptions = {};
        await credentials(kc, opts, target.userName);
        cached = { at: Date.now(), headers: toHeaders(opts) };
      }
      return cached.headers;
    },
  };
}

const CREDENTIAL_REUSE_MS = 60_000;

/** An exec plugin is a program we wait on: a hung one (waiting for a browser login, a dead network) must not hang us. */
export async function credentials(kc: KubeConfig, opts: https.RequestOptions, user: string | undefined): Promise<void> {
  const ms = requestTimeoutMs();
  let timer: NodeJS.Timeout | undefined;
  const done = waitingOn(user ?? 'anonymous');
  try {
    await Promise.race([
      kc.applyToHTTPSOptions(opts),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(userError('fail.cluster.pluginTimeout', { user: user ?? 'anonymous', limit: formatMs(ms) })), ms);
      }),
    ]);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw userError('fail.cluster.credentials', { user: user ?? 'anonymous', detail: firstLine(err) });
  } finally {
    clearTimeout(timer);
    done();
  }
}


const firstLine = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
